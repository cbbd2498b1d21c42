import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fixedClock } from '../clock.js';
import type { DatabaseHandle } from '../db/client.js';
import { registerOpenApi } from '../plugins/openapi.js';
import { registerProblemHandlers } from '../plugins/problem.js';
import { zodValidatorCompiler } from '../plugins/validation.js';
import { createTestDatabase } from '../testing/test-database.js';
import { devMailboxRoutes } from './dev-mailbox.routes.js';
import { createMailer } from './mailer.js';
import { insertSentMail } from './sent-mail.repository.js';
import { sampleData, testProfile } from './testing/mail-fixtures.js';

const mailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  template: z.string(),
  locale: z.string(),
  createdAt: z.string(),
});
const listSchema = z.object({ mails: z.array(mailSchema) });

/** The routes on a bare Fastify with the app's validator, serializer, problem handlers and OpenAPI. */
async function mailboxApp(
  database: DatabaseHandle,
  mode: 'off' | 'open' | 'loopback_only',
): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  await registerOpenApi(app, 'test');
  devMailboxRoutes(app, { db: database.db, mode });
  await app.ready();
  return app;
}

describe('development mailbox', () => {
  let database: DatabaseHandle;
  let enabled: FastifyInstance;
  let loopbackOnly: FastifyInstance;
  let disabled: FastifyInstance;
  const clock = fixedClock('2026-12-01T01:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    [enabled, disabled, loopbackOnly] = await Promise.all([
      mailboxApp(database, 'open'),
      mailboxApp(database, 'off'),
      mailboxApp(database, 'loopback_only'),
    ]);
    const mailer = createMailer({
      db: database.db,
      config: { smtpUrl: undefined, mailFrom: 'Consilium <no-reply@consilium.test>' },
      clock,
      profile: () => Promise.resolve(testProfile),
    });
    await mailer.send({
      to: 'a@example.jp',
      template: 'verify_email',
      locale: 'ja',
      data: sampleData.verify_email,
    });
    clock.set('2026-12-01T01:05:00Z');
    await mailer.send({
      to: 'b@example.com',
      template: 'reset_password',
      locale: 'en',
      data: sampleData.reset_password,
    });
    clock.set('2026-12-01T01:10:00Z');
    await mailer.send({
      to: 'a@example.jp',
      template: 'new_message',
      locale: 'ja',
      data: sampleData.new_message,
    });
  });
  afterAll(async () => {
    await Promise.all([enabled.close(), disabled.close(), loopbackOnly.close()]);
    await database.close();
  });

  it('lists stored mails newest first, with subject and text to follow links from', async () => {
    const response = await enabled.inject('/api/dev/mail');
    expect(response.statusCode).toBe(200);
    const { mails } = listSchema.parse(response.json());
    expect(mails.map((mail) => [mail.to, mail.template])).toEqual([
      ['a@example.jp', 'new_message'],
      ['b@example.com', 'reset_password'],
      ['a@example.jp', 'verify_email'],
    ]);
    expect(mails[1]).toMatchObject({ locale: 'en', createdAt: '2026-12-01T01:05:00.000Z' });
    expect(mails[1]?.subject).toContain('Resetting your password');
    expect(mails[1]?.text).toContain(sampleData.reset_password.link);
  });

  it('filters by recipient with ?to=', async () => {
    const response = await enabled.inject({ url: '/api/dev/mail', query: { to: 'a@example.jp' } });
    const { mails } = listSchema.parse(response.json());
    expect(mails.map((mail) => mail.template)).toEqual(['new_message', 'verify_email']);
  });

  it('returns at most the 50 newest mails', async () => {
    for (let i = 0; i < 50; i += 1) {
      await insertSentMail(database.db, {
        toAddress: 'bulk@example.jp',
        subject: `bulk ${i}`,
        textBody: 'text',
        template: 'new_message',
        locale: 'ja',
        transport: 'database',
        createdAt: new Date(Date.UTC(2026, 11, 2, 0, i)),
      });
    }
    const { mails } = listSchema.parse((await enabled.inject('/api/dev/mail')).json());
    expect(mails).toHaveLength(50);
    expect(mails[0]?.subject).toBe('bulk 49');
    expect(mails.every((mail) => mail.to === 'bulk@example.jp')).toBe(true);
  });

  it('shows one mail by id, and answers 404 for an unknown id', async () => {
    const { mails } = listSchema.parse(
      (await enabled.inject({ url: '/api/dev/mail', query: { to: 'b@example.com' } })).json(),
    );
    const id = mails[0]?.id ?? '';
    const one = await enabled.inject(`/api/dev/mail/${id}`);
    expect(one.statusCode).toBe(200);
    expect(mailSchema.parse(one.json())).toEqual(mails[0]);

    const unknown = await enabled.inject('/api/dev/mail/00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
  });

  it('does not exist when disabled: every mailbox path answers 404', async () => {
    const { mails } = listSchema.parse((await enabled.inject('/api/dev/mail')).json());
    for (const url of ['/api/dev/mail', `/api/dev/mail/${mails[0]?.id ?? ''}`]) {
      const response = await disabled.inject(url);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('example.jp');
    }
  });

  it('answers only callers on this machine on the embedded production default', async () => {
    expect((await loopbackOnly.inject({ url: '/api/dev/mail', remoteAddress: '127.0.0.1' })).statusCode).toBe(
      200,
    );
    const remote = await loopbackOnly.inject({ url: '/api/dev/mail', remoteAddress: '192.0.2.7' });
    expect(remote.statusCode).toBe(404);
    expect(remote.body).not.toContain('example.jp');
  });

  it('stays out of the OpenAPI document', async () => {
    const response = await enabled.inject('/api/docs/json');
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('/api/dev/mail');
  });
});
