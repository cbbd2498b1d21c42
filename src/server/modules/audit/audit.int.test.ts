import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import type { DatabaseHandle } from '../../db/client.js';
import { createTestDatabase } from '../../testing/test-database.js';
import { GENESIS_HASH } from './audit.chain.js';
import { auditEvent, databaseErrorCode, databaseErrorMessages } from './audit.fixtures.js';
import { appendAuditEvent } from './audit.repository.js';
import { createAuditService, type AuditService } from './audit.service.js';
import { verifyAuditChain } from './audit.verify.js';

describe('audit trail: recording and the append-only table', () => {
  let database: DatabaseHandle;
  let audit: AuditService;
  const clock = fixedClock('2026-12-01T01:00:00.123Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    audit = createAuditService({ db: database.db, clock });
  });
  afterAll(() => database.close());

  it('records events as a chain from the genesis hash, and the chain verifies', async () => {
    const actor = { userId: randomUUID(), role: 'coordinator' };
    await audit.record(auditEvent({ actor, action: 'auth.sign_in' }));
    await audit.record(auditEvent({ actor, action: 'case.read', details: { b: 1, a: { d: 2, c: 3 } } }));
    await audit.record(auditEvent({ actor: null, action: 'auth.sign_in', outcome: 'failure' }));

    const rows = await database.db.query.auditEvents.findMany({ orderBy: (t, { asc }) => asc(t.id) });
    expect(rows).toHaveLength(3);
    expect(rows[0]?.prevHash).toBe(GENESIS_HASH);
    expect(rows[1]?.prevHash).toBe(rows[0]?.hash);
    expect(rows[2]?.prevHash).toBe(rows[1]?.hash);
    expect(rows[1]).toMatchObject({
      actorUserId: actor.userId,
      actorRole: 'coordinator',
      outcome: 'success',
    });
    expect(rows[1]?.occurredAt.toISOString()).toBe('2026-12-01T01:00:00.123Z');
    expect(rows[2]).toMatchObject({ actorUserId: null, actorRole: null, outcome: 'failure' });
    await expect(verifyAuditChain(database.db)).resolves.toEqual({ ok: true, count: 3 });
  });

  it('commits an event with the transaction it describes, and a rollback leaves only an id gap', async () => {
    const before = await verifyAuditChain(database.db);
    await database.db
      .transaction(async (tx) => {
        await audit.record(auditEvent({ action: 'case.update' }), tx);
        throw new Error('the use case failed after recording');
      })
      .catch(() => undefined);
    await audit.record(auditEvent());
    await expect(verifyAuditChain(database.db)).resolves.toEqual({ ok: true, count: before.count + 1 });
    const ids = (await database.db.query.auditEvents.findMany()).map((row) => row.id).sort((a, b) => a - b);
    expect(ids.at(-1)).toBe(ids.at(-2)! + 2);
  });

  it('refuses to append outside a transaction, where the chain lock would protect nothing', async () => {
    await expect(appendAuditEvent(database.db, auditEvent(), clock.now())).rejects.toThrow(/transaction/);
  });

  it('stores ids as PostgreSQL gives them back, and refuses credentials in details', async () => {
    const patientUserId = randomUUID();
    await audit.record(auditEvent({ patientUserId: patientUserId.toUpperCase() }));
    const { events } = await audit.search({ patientUserId, limit: 5 });
    expect(events.map((event) => event.patientUserId)).toEqual([patientUserId]);
    await expect(audit.record(auditEvent({ details: { newPassword: 'hunter2' } }))).rejects.toThrow(
      /credentials/,
    );
    await expect(audit.record(auditEvent({ details: { nested: [{ sessionToken: 'x' }] } }))).rejects.toThrow(
      /credentials/,
    );
    await expect(audit.record(auditEvent({ action: 'SignIn' }))).rejects.toThrow();
    await expect(verifyAuditChain(database.db)).resolves.toMatchObject({ ok: true });
  });

  it.each([
    ['UPDATE', sql`update audit_events set ip = '198.51.100.1'`],
    ['DELETE', sql`delete from audit_events`],
    ['TRUNCATE', sql`truncate audit_events`],
  ])('the database refuses %s', async (operation, statement) => {
    const error: unknown = await database.db.execute(statement).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(databaseErrorCode(error)).toBe('42501');
    expect(databaseErrorMessages(error)).toContain(`audit_events is append-only: ${operation} refused`);
    await expect(verifyAuditChain(database.db)).resolves.toMatchObject({ ok: true });
  });

  it('keeps one chain under 20 concurrent writers', async () => {
    const before = await verifyAuditChain(database.db);
    await Promise.all(
      Array.from({ length: 20 }, (_, index) => audit.record(auditEvent({ details: { index } }))),
    );
    await expect(verifyAuditChain(database.db)).resolves.toEqual({ ok: true, count: before.count + 20 });
    const rows = await database.db.query.auditEvents.findMany();
    // A fork would show as two rows naming the same predecessor.
    expect(new Set(rows.map((row) => row.prevHash)).size).toBe(rows.length);
  });
});
