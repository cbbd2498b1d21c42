import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queuePageSchema, type QueueFilter, type QueuePage } from '../../../shared/contracts/liaison.js';
import { caseStatuses } from '../../../shared/domain/case-status.js';
import { cases } from '../../db/schema/index.js';
import { createUser, get, post, signInFully } from '../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import type { UserRow } from '../auth/user.repository.js';
import { insertCaseMessage } from './case-message.repository.js';
import { addRequiredDocuments } from './liaison-case.repository.js';
import { createLiaisonQueueService } from './liaison-queue.service.js';
import { doctorQueueStatuses } from './liaison-scope.js';
import { countingDatabase } from './testing/counting-database.js';
import {
  applicationOf,
  insertCase,
  insertManyCases,
  recordDicomImage,
  recordDocument,
} from './testing/liaison-fixtures.js';

/** Issue "liaison console" §1: the work queue with 10,000 cases. */

const BULK = 10_000;
let t: TestApp;
let coordinator: string;
let surgeon: string;
let coordinatorUser: UserRow;
let surgeonUser: UserRow;
const special = { hanako: '', kenichi: '', mismatch: '', infected: '', missing: '', unread: '' };

// Accounts (argon2) and a fresh database take long on a busy shared machine: a longer hook timeout.
beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const patient = await createUser(db, 'patient');
  const coordinatorAccount = await createUser(db, 'coordinator', { totp: true });
  const surgeonAccount = await createUser(db, 'doctor', { totp: true, departments: ['general_surgery'] });
  coordinatorUser = coordinatorAccount.user;
  surgeonUser = surgeonAccount.user;
  coordinator = await signInFully(t, coordinatorAccount);
  surgeon = await signInFully(t, surgeonAccount);
  // One statement: 10,000 submitted cases.
  await insertManyCases(db, patient.user.id, BULK);

  const patientUserId = patient.user.id;
  const at = (day: number) => new Date(`2026-11-${String(day).padStart(2, '0')}T01:00:00Z`);
  special.hanako = await insertCase(db, {
    patientUserId,
    status: 'screening',
    departmentCode: 'geriatrics',
    submittedAt: at(25),
    application: applicationOf({ family: '山田', given: '花子', familyKana: 'ヤマダ', givenKana: 'ハナコ' }),
  });
  special.kenichi = await insertCase(db, {
    patientUserId,
    status: 'department_review',
    submittedAt: at(24),
    outcome: 'needs_review',
    application: applicationOf(
      { family: '佐藤', given: '健一', familyKana: 'サトウ', givenKana: 'ケンイチ' },
      { phone: '090-1234-5678' },
    ),
  });
  special.mismatch = await insertCase(db, { patientUserId, status: 'screening', submittedAt: at(23) });
  const ct = await recordDocument(db, special.mismatch, 'CLINICAL_DATA');
  await recordDicomImage(db, special.mismatch, ct.versionId, 'mismatch');
  special.infected = await insertCase(db, { patientUserId, status: 'submitted', submittedAt: at(22) });
  await recordDocument(db, special.infected, 'REFERRAL_LETTER', { scanState: 'infected' });
  special.missing = await insertCase(db, {
    patientUserId,
    status: 'awaiting_information',
    submittedAt: at(21),
  });
  await recordDocument(db, special.missing, 'CLINICAL_DATA');
  await addRequiredDocuments(db, special.missing, ['REFERRAL_LETTER', 'CLINICAL_DATA'], at(21));
  special.unread = await insertCase(db, { patientUserId, status: 'submitted', submittedAt: at(20) });
  await insertCaseMessage(db, {
    caseId: special.unread,
    authorUserId: patientUserId,
    authorKind: 'patient',
    body: '届いていますか',
    createdAt: at(26),
  });
  const hidden = applicationOf({
    family: '下書',
    given: '一郎',
    familyKana: 'シタガキ',
    givenKana: 'イチロウ',
  });
  await insertCase(db, { patientUserId, status: 'draft', application: hidden });
  // A draft given up before submission: withdrawn, but never numbered or submitted.
  await db.insert(cases).values({ patientUserId, status: 'withdrawn', application: hidden });
}, 120_000);
afterAll(() => t?.close());

const SPECIALS = 6;

async function queue(query = '', cookie = coordinator): Promise<QueuePage> {
  const response = await get(t.app, `/api/v1/liaison/cases${query}`, cookie);
  expect(response.statusCode, response.body).toBe(200);
  return queuePageSchema.parse(response.json());
}

async function search(body: Record<string, unknown>, cookie = coordinator): Promise<QueuePage> {
  const response = await post(t.app, '/api/v1/liaison/cases/search', body, cookie);
  expect(response.statusCode, response.body).toBe(200);
  return queuePageSchema.parse(response.json());
}

describe('the work queue', () => {
  it('counts every submitted case by status and lists the longest-waiting first', async () => {
    const page = await queue();
    expect(page.counts.map((entry) => entry.status)).toEqual(
      caseStatuses.filter((status) => status !== 'draft'),
    );
    expect(page.total).toBe(BULK + SPECIALS);
    expect(page.counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(BULK + SPECIALS);
    expect(page.cases).toHaveLength(50);
    expect(page.cases[0]).toMatchObject({
      caseNumber: '2025-00001',
      patient: { name: '試験 1', nameKana: 'シケン バンゴウ' },
    });
    expect(page.cases[0]?.waitingDays).toBeGreaterThan(600);
    expect(page.nextCursor).not.toBeNull();
  });

  it('never shows drafts, nor a draft that was given up', async () => {
    expect((await search({ text: '下書' })).total).toBe(0);
    expect((await search({ text: 'シタガキ' })).total).toBe(0);
  });

  it('filters by department, several statuses, and submission time', async () => {
    const geriatrics = await queue('?department=geriatrics&limit=100');
    expect(geriatrics.cases.every((row) => row.departmentCode === 'geriatrics')).toBe(true);
    const two = await queue('?status=screening&status=awaiting_information&limit=100');
    const counted = two.counts.filter((entry) =>
      ['screening', 'awaiting_information'].includes(entry.status),
    );
    expect(two.total).toBe(counted.reduce((sum, entry) => sum + entry.count, 0));
    expect(new Set(two.cases.map((row) => row.status))).toEqual(
      new Set(['screening', 'awaiting_information']),
    );
    const commaSeparated = await queue('?status=screening,awaiting_information&limit=100');
    expect(commaSeparated.total).toBe(two.total);

    const recent = await queue(`?submittedAfter=${encodeURIComponent('2026-11-01T00:00:00+09:00')}`);
    expect(recent.total).toBe(SPECIALS);
    const window = await queue(
      `?submittedAfter=${encodeURIComponent('2026-11-22T01:00:00Z')}&submittedBefore=${encodeURIComponent('2026-11-24T01:00:00Z')}`,
    );
    expect(window.cases.map((row) => row.id)).toEqual([special.infected, special.mismatch]);
    const waiting = await queue('?waitingMoreThanDays=30');
    expect(waiting.total).toBe(BULK);
    expect(waiting.cases.every((row) => row.waitingDays > 30)).toBe(true);
  });

  it('filters by each flag, computed from the documents, images and messages', async () => {
    expect((await queue('?flags=needs_review')).total).toBe(BULK / 10 + 1);
    const flagged = async (flag: string) => (await queue(`?flags=${flag}`)).cases.map((row) => row.id);
    expect(await flagged('identity_mismatch')).toEqual([special.mismatch]);
    expect(await flagged('infected_file')).toEqual([special.infected]);
    expect(await flagged('missing_documents')).toEqual([special.missing]);
    expect(await flagged('unread_messages')).toEqual([special.unread]);
    expect((await queue('?flags=needs_review,identity_mismatch')).total).toBe(0);
    const rows = (await queue('?submittedAfter=2026-11-01T00:00:00Z')).cases;
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(special.kenichi)?.flags).toEqual({
      needsReview: true,
      identityMismatch: false,
      missingDocuments: false,
      infectedFile: false,
      unreadMessages: false,
    });
    expect(byId.get(special.unread)).toMatchObject({ unreadMessages: 1, flags: { unreadMessages: true } });
  });

  it('finds a patient by kanji or kana however typed, by case number and by phone digits', async () => {
    const found = async (text: string) => (await search({ text })).cases.map((row) => row.id);
    for (const text of [
      '山田 花子',
      '山田花子',
      '山田　花子',
      'やまだ はなこ',
      'ヤマダハナコ',
      'ﾔﾏﾀﾞ ﾊﾅｺ',
      'ハナコ',
    ]) {
      expect(await found(text), text).toEqual([special.hanako]);
    }
    const hanako = (await search({ text: '花子' })).cases[0];
    expect(await found(hanako?.caseNumber ?? 'missing')).toEqual([special.hanako]);
    expect(await found('090-1234-5678')).toEqual([special.kenichi]);
    expect(await found('09012345678')).toEqual([special.kenichi]);
    expect(await found('１２３４５６７８')).toEqual([special.kenichi]);
    expect(await found('%')).toEqual([]);
    expect(await found('_')).toEqual([]);
    expect(
      (await search({ text: '試験', status: ['closed'], department: 'cardiology' })).total,
    ).toBeGreaterThan(100);
  });

  it('pages with a cursor through a filtered set, both ways, without gaps or repeats', async () => {
    const filter = '?department=cardiology&status=closed&limit=100';
    const first = await queue(filter);
    expect(first.total).toBeGreaterThan(100);
    for (const sort of ['waiting_longest', 'waiting_shortest']) {
      const seen: string[] = [];
      const times: string[] = [];
      let cursor: string | null = null;
      do {
        const page: QueuePage = await queue(`${filter}&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.cases.map((row) => row.id));
        times.push(...page.cases.map((row) => row.submittedAt));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(first.total);
      expect(new Set(seen).size).toBe(first.total);
      const sorted = [...times].sort();
      expect(times).toEqual(sort === 'waiting_longest' ? sorted : sorted.reverse());
    }
  });

  it('refuses pages over 100, unknown flags and broken cursors', async () => {
    expect((await get(t.app, '/api/v1/liaison/cases?limit=101', coordinator)).statusCode).toBe(400);
    expect((await get(t.app, '/api/v1/liaison/cases?flags=vip', coordinator)).statusCode).toBe(400);
    const broken = await get(t.app, '/api/v1/liaison/cases?cursor=bm9wZQ', coordinator);
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ errors: [{ field: 'cursor' }] });
  });

  it('shows a doctor only their departments’ cases from department review on', async () => {
    const page = await queue('?limit=100', surgeon);
    expect(page.counts.map((entry) => entry.status)).toEqual(doctorQueueStatuses);
    expect(page.cases.every((row) => row.departmentCode === 'general_surgery')).toBe(true);
    expect(page.cases.every((row) => doctorQueueStatuses.includes(row.status))).toBe(true);
    expect((await queue('?status=screening', surgeon)).total).toBe(0);
    expect((await search({ text: '佐藤健一' }, surgeon)).cases.map((row) => row.id)).toEqual([
      special.kenichi,
    ]);
  });

  it('needs at most 3 SQL statements per page with 10,000 cases, whatever the filters', async () => {
    const counting = countingDatabase(t.database.db);
    const service = createLiaisonQueueService({ db: counting.db, clock: t.clock });
    const base: QueueFilter = { sort: 'waiting_longest', limit: 100 };
    const pages: { user: UserRow; filter: QueueFilter; text?: string }[] = [
      { user: coordinatorUser, filter: base },
      { user: coordinatorUser, filter: { ...base, flags: ['needs_review'], department: 'cardiology' } },
      { user: coordinatorUser, filter: { ...base, status: ['screening'] }, text: 'やまだ' },
      { user: surgeonUser, filter: { ...base, department: 'general_surgery', waitingMoreThanDays: 7 } },
      { user: surgeonUser, filter: base, text: '0901234' },
    ];
    for (const { user, filter, text } of pages) {
      counting.statements.length = 0;
      const started = performance.now();
      const page = await service.page(user, filter, text);
      const ms = performance.now() - started;
      expect(counting.statements.length, counting.statements.join('\n---\n')).toBeLessThanOrEqual(3);
      expect(page.cases.length).toBeGreaterThan(0);
      console.info(
        `queue page (${user.role}${text ? ', search' : ''}): ${counting.statements.length} statements, ${ms.toFixed(0)} ms`,
      );
    }
  });

  it('is for staff only', async () => {
    const patient = await signInFully(t, await createUser(t.database.db, 'patient'));
    expect((await get(t.app, '/api/v1/liaison/cases', patient)).statusCode).toBe(403);
    expect((await post(t.app, '/api/v1/liaison/cases/search', { text: '山田' }, patient)).statusCode).toBe(
      403,
    );
  });
});
