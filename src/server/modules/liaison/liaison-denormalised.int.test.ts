import { eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.js';
import { caseStatusCounts, cases } from '../../db/schema/index.js';
import { seedDemo } from '../../db/seed/seed.js';
import { createUser } from '../../testing/auth-helpers.js';
import { createTestDatabase } from '../../testing/test-database.js';
import { nameSearchKey } from './liaison-search.js';
import { applicationOf, insertCase, insertManyCases } from './testing/liaison-fixtures.js';

/**
 * What the database keeps for the queue: the search keys (generated columns, the same normalisation as
 * japanese-name.ts) and the counts per status and department (statement triggers).
 */

let handle: DatabaseHandle;
let patientUserId: string;

// Accounts (argon2) and a fresh database take long on a busy shared machine: a longer hook timeout.
beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db);
  patientUserId = (await createUser(handle.db, 'patient')).user.id;
}, 120_000);
afterAll(() => handle?.close());

/** The counts as the triggers kept them, and as a scan of the cases finds them. */
async function countsBothWays() {
  const db = handle.db;
  const kept = await db
    .select({
      status: caseStatusCounts.status,
      department: caseStatusCounts.departmentCode,
      n: caseStatusCounts.cases,
    })
    .from(caseStatusCounts)
    .where(sql`${caseStatusCounts.cases} <> 0`);
  const scanned = await db
    .select({
      status: cases.status,
      department: sql<string>`coalesce(${cases.departmentCode}, '')`,
      n: sql<number>`count(*)::int`,
    })
    .from(cases)
    .where(isNotNull(cases.submittedAt))
    .groupBy(cases.status, cases.departmentCode);
  const key = (row: { status: string; department: string; n: number }) =>
    `${row.status}/${row.department}=${row.n}`;
  return { kept: kept.map(key).sort(), scanned: scanned.map(key).sort() };
}

describe('the search keys', () => {
  it('are the TypeScript name key for kanji and kana, and phone digits, however the application spells them', async () => {
    const spellings = [
      { family: '山田', given: '太郎', familyKana: 'ヤマダ', givenKana: 'タロウ' },
      { family: '髙橋', given: '﨑子', familyKana: 'ﾀｶﾊｼ', givenKana: 'ｻｷｺ' },
      { family: '佐藤　', given: ' 次郎', familyKana: 'さとう', givenKana: 'ジロウ' },
      { family: 'ＭＡＲＹ', given: 'Ｊａｎｅ', familyKana: 'メアリー・', givenKana: 'ジェーン' },
      { family: 'ヴァン', given: '^一', familyKana: 'ｳﾞｧﾝ', givenKana: 'ヵヶ' },
    ];
    for (const name of spellings) {
      const id = await insertCase(handle.db, {
        patientUserId,
        status: 'submitted',
        application: applicationOf(name, { phone: '（０３）３８１２-００００' }),
      });
      const [row] = await handle.db
        .select({ name: cases.searchName, phone: cases.searchPhone })
        .from(cases)
        .where(eq(cases.id, id));
      const expected = `${nameSearchKey(name.family + name.given)} ${nameSearchKey(name.familyKana + name.givenKana)}`;
      expect(row, JSON.stringify(name)).toEqual({ name: expected, phone: '0338120000' });
    }
  });
});

describe('the counts per status and department', () => {
  it('follow inserts, status and department changes, submissions and deletions of drafts', async () => {
    await insertManyCases(handle.db, patientUserId, 500);
    const draft = await insertCase(handle.db, { patientUserId, status: 'draft' });
    expect((await countsBothWays()).kept).toEqual((await countsBothWays()).scanned);

    await handle.db.update(cases).set({ status: 'screening' }).where(eq(cases.status, 'submitted'));
    await handle.db
      .update(cases)
      .set({ departmentCode: 'cardiology' })
      .where(sql`${cases.caseNumber} like '2025-000%'`);
    await handle.db
      .update(cases)
      .set({ status: 'submitted', caseNumber: '2026-99999', submittedAt: new Date('2026-11-30T00:00:00Z') })
      .where(eq(cases.id, draft));
    await handle.db.update(cases).set({ updatedAt: new Date() }).where(eq(cases.status, 'closed'));
    const another = await insertCase(handle.db, { patientUserId, status: 'draft' });
    await handle.db.delete(cases).where(eq(cases.id, another));

    const { kept, scanned } = await countsBothWays();
    expect(kept).toEqual(scanned);
    expect(kept.length).toBeGreaterThan(20);
  });
});
