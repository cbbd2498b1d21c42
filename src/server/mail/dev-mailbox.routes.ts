import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { devMailListSchema, devMailSchema, type DevMail } from '../../shared/contracts/dev-mail.js';
import type { Database } from '../db/client.js';
import { NotFoundError } from '../errors.js';
import { isFromThisMachine } from '../plugins/loopback.js';
import { findSentMail, listSentMail, type SentMailRow } from './sent-mail.repository.js';

const mailboxLimit = 50;

const presentDevMail = (row: SentMailRow): DevMail => ({
  id: row.id,
  to: row.toAddress,
  subject: row.subject,
  text: row.textBody,
  template: row.template,
  locale: row.locale,
  createdAt: row.createdAt.toISOString(),
});

/**
 * DEVELOPMENT ONLY: the mailbox of the database mail transport, so sign-up and password-reset links can
 * be followed without an SMTP relay. It shows every stored mail, sign-in links included, to anyone:
 * when disabled the routes do not exist at all (404), and they never appear in the OpenAPI document.
 */
export function devMailboxRoutes(
  app: FastifyInstance,
  deps: { db: Database; mode: 'off' | 'open' | 'loopback_only' },
): void {
  if (deps.mode === 'off') return;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  if (deps.mode === 'loopback_only') {
    // A demo started with plain `npm start` listens on every interface: its links stay on this machine.
    app.addHook('onRequest', (request, _reply, done) => {
      const remote = !isFromThisMachine(request);
      done(request.url.startsWith('/api/dev/mail') && remote ? new NotFoundError('mailbox') : undefined);
    });
  }

  routes.get(
    '/api/dev/mail',
    {
      // Development only, and only without SMTP (see devMailboxEnabled in app.ts).
      config: { access: 'public' },
      schema: {
        hide: true,
        summary: 'Development only: the newest stored mails',
        querystring: z.object({ to: z.string().min(1).optional() }),
        response: { 200: devMailListSchema },
      },
    },
    async (request) => {
      const rows = await listSentMail(deps.db, { to: request.query.to, limit: mailboxLimit });
      return { mails: rows.map(presentDevMail) };
    },
  );

  routes.get(
    '/api/dev/mail/:id',
    {
      // Development only, and only without SMTP (see devMailboxEnabled in app.ts).
      config: { access: 'public' },
      schema: {
        hide: true,
        summary: 'Development only: one stored mail',
        params: z.object({ id: z.uuid() }),
        response: { 200: devMailSchema },
      },
    },
    async (request) => {
      const row = await findSentMail(deps.db, request.params.id);
      if (!row) throw new NotFoundError('No such mail');
      return presentDevMail(row);
    },
  );
}
