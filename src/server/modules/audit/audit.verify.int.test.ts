import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import type { DatabaseHandle } from '../../db/client.js';
import { auditEvents } from '../../db/schema/index.js';
import { createTestDatabase } from '../../testing/test-database.js';
import { chainHash } from './audit.chain.js';
import { auditEvent, tamperAsOwner } from './audit.fixtures.js';
import { createAuditService, type AuditService } from './audit.service.js';
import { verifyAuditChain } from './audit.verify.js';

describe('audit:verify catches tampering by someone who can bypass the trigger', () => {
  let database: DatabaseHandle;
  let audit: AuditService;
  const clock = fixedClock('2026-12-01T01:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    audit = createAuditService({ db: database.db, clock });
  });
  afterAll(() => database.close());

  // Every test starts from a fresh chain: events 1, 2, 4, 5 (3 was rolled back, leaving a gap).
  beforeEach(async () => {
    await tamperAsOwner(database.db, (tx) => tx.execute(sql`truncate audit_events restart identity`));
    await audit.record(auditEvent({ details: { n: 1 } }));
    await audit.record(auditEvent({ details: { n: 2 } }));
    await database.db
      .transaction(async (tx) => {
        await audit.record(auditEvent({ details: { n: 3 } }), tx);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await audit.record(auditEvent({ details: { n: 4 } }));
    await audit.record(auditEvent({ details: { n: 5 } }));
  });

  const row = async (id: number) => {
    const found = await database.db.query.auditEvents.findFirst({ where: eq(auditEvents.id, id) });
    if (!found) throw new Error(`no audit event ${id}`);
    return found;
  };

  it('passes an untouched chain, gap included', async () => {
    await expect(verifyAuditChain(database.db)).resolves.toEqual({ ok: true, count: 4 });
  });

  it('finds an altered detail', async () => {
    await tamperAsOwner(database.db, (tx) =>
      tx
        .update(auditEvents)
        .set({ details: { n: 2, note: 'nothing to see' } })
        .where(eq(auditEvents.id, 2)),
    );
    await expect(verifyAuditChain(database.db)).resolves.toEqual({
      ok: false,
      count: 3,
      firstBadId: 2,
      problem: 'altered',
    });
  });

  it('finds an altered row whose hash was recomputed too, at the link it breaks', async () => {
    const fourth = { ...(await row(4)), actorRole: 'admin' };
    await tamperAsOwner(database.db, (tx) =>
      tx
        .update(auditEvents)
        .set({ actorRole: 'admin', hash: chainHash(fourth.prevHash, fourth) })
        .where(eq(auditEvents.id, 4)),
    );
    await expect(verifyAuditChain(database.db)).resolves.toMatchObject({
      ok: false,
      firstBadId: 5,
      problem: 'broken_link',
    });
  });

  it('finds a deleted middle row', async () => {
    await tamperAsOwner(database.db, (tx) => tx.delete(auditEvents).where(eq(auditEvents.id, 2)));
    await expect(verifyAuditChain(database.db)).resolves.toMatchObject({
      ok: false,
      firstBadId: 4,
      problem: 'deleted',
    });
  });

  it('finds a forged row slipped into the gap, even with correctly computed hashes', async () => {
    const second = await row(2);
    const forged = { ...second, id: 3, action: 'case.read', details: { n: 3, forged: true } };
    await tamperAsOwner(database.db, (tx) =>
      tx
        .insert(auditEvents)
        .overridingSystemValue()
        .values({ ...forged, prevHash: second.hash, hash: chainHash(second.hash, forged) }),
    );
    await expect(verifyAuditChain(database.db)).resolves.toMatchObject({
      ok: false,
      firstBadId: 3,
      problem: 'inserted',
    });
  });

  it('finds a forged row appended at the end with a made-up hash', async () => {
    const { id: _id, ...last } = await row(5);
    await tamperAsOwner(database.db, (tx) =>
      tx.insert(auditEvents).values({ ...last, prevHash: last.hash, hash: 'f'.repeat(64) }),
    );
    await expect(verifyAuditChain(database.db)).resolves.toMatchObject({ ok: false, problem: 'altered' });
  });
});
