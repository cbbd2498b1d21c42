import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { buildApp } from '../../src/server/app.js';
import { fixedClock } from '../../src/server/clock.js';
import { loadConfig } from '../../src/server/config.js';
import { seedDemo } from '../../src/server/db/seed/seed.js';
import { newMasterKeyBase64 } from '../../src/server/modules/documents/storage/envelope.js';
import { createLiaisonQueueService } from '../../src/server/modules/liaison/liaison-queue.service.js';
import { insertManyCases } from '../../src/server/modules/liaison/testing/liaison-fixtures.js';
import { createUser, get, signInFully } from '../../src/server/testing/auth-helpers.js';
import { createTestDatabase, testDatabaseServerUrl } from '../../src/server/testing/test-database.js';

/**
 * bench/queue: the liaison work queue's first page (50 cases, oldest first, flags) with N cases, three
 * ways, alternated in one run: a bare SELECT of the page's rows (one hand-written statement through the
 * same driver), the queue service (counts + page + presenter), and the HTTP route through app.inject
 * (session check, validation, serialisation too). It prints throughput ratios against the bare SELECT
 * measured in the same run. A report, not a test: exit 0 either way, 1 only when something fails.
 *
 *   node_modules/.bin/node --import tsx bench/queue/queue.bench.ts [--cases 10000] [--rounds 5] [--pages 100]
 *   TEST_DATABASE_URL=postgres://… node_modules/.bin/node --import tsx bench/queue/queue.bench.ts
 *
 * See bench/queue/README.md.
 */

const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '5' },
    pages: { type: 'string', default: '100' },
  },
  strict: true,
});

function positiveInt(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const caseCount = positiveInt('cases', args.cases);
const rounds = positiveInt('rounds', args.rounds);
const pagesPerPhase = positiveInt('pages', args.pages);
const TARGET_RATIO = 0.5;
/** Both drivers answer db.execute with { rows }. */
const rowsOf = z.object({ rows: z.array(z.unknown()) });
const PAGE = 50;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

async function main(): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(tmpdir(), 'consilium-bench-queue-'));
  const database = await createTestDatabase();
  try {
    const db = database.db;
    await seedDemo(db);
    const clock = fixedClock('2026-12-01T01:00:00Z');
    const config = {
      ...loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        WEB_DIST_DIR: '',
        AUTH_RATE_LIMIT_PER_MINUTE: '1000',
        DATA_DIR: dataDir,
        FILE_MASTER_KEY: newMasterKeyBase64(),
      }),
    };
    const app = await buildApp({ config, database, clock });
    await app.ready();
    const patient = await createUser(db, 'patient');
    const coordinator = await createUser(db, 'coordinator', { totp: true });
    const cookie = await signInFully(
      { app, database, clock, config, close: () => Promise.resolve() },
      coordinator,
    );

    const filling = performance.now();
    await insertManyCases(db, patient.user.id, caseCount);
    // A database in use has been vacuumed and analysed (autovacuum); PGlite has no autovacuum.
    await db.execute(sql`vacuum analyze`);
    const fillMs = performance.now() - filling;

    const service = createLiaisonQueueService({ db, clock });
    const filter = { sort: 'waiting_longest', limit: PAGE } as const;

    // The rows the page shows, with the same flags, in one statement written the fast way (the page's ids
    // first, the flags for those rows only): what the database must do at least.
    const bareSelect = () =>
      db.execute(sql`
        select c.id, c.case_number, c.status, c.department_code, c.submitted_at, c.updated_at,
          c.application #>> '{patient,name,familyName}' as family_name,
          c.application #>> '{patient,name,givenName}' as given_name,
          c.application #>> '{patient,name,familyNameKana}' as family_name_kana,
          c.application #>> '{patient,name,givenNameKana}' as given_name_kana,
          coalesce((c.eligibility ->> 'outcome') = 'needs_review', false) as needs_review,
          exists (select 1 from dicom_studies st join dicom_series s on s.study_id = st.id
                  join dicom_instances i on i.series_id = s.id
                  where st.case_id = c.id and i.identity_status = 'mismatch') as identity_mismatch,
          exists (select 1 from unnest(l.required_documents) as r(code) where not exists (
                  select 1 from documents d where d.case_id = c.id and d.checklist_item = r.code
                  and d.review in ('received', 'accepted'))) as missing_documents,
          exists (select 1 from document_versions v join documents d on d.id = v.document_id
                  where d.case_id = c.id and v.scan_state = 'infected') as infected_file,
          (select count(*) from case_messages m where m.case_id = c.id and m.author_kind = 'patient'
             and m.read_at is null)::int as unread_messages,
          l.identity_verified_at is not null as identity_verified
        from (select id from cases where submitted_at is not null and status <> 'draft'
              order by submitted_at, id limit ${PAGE}) as page
        join cases c on c.id = page.id
        left join case_liaison l on l.case_id = c.id
        order by c.submitted_at, c.id`);

    const phases = {
      bare: async () => {
        const { rows } = rowsOf.parse(await bareSelect());
        if (rows.length !== PAGE) throw new Error(`bare select: ${rows.length} rows`);
      },
      service: async () => {
        const page = await service.page(coordinator.user, filter);
        if (page.cases.length !== PAGE) throw new Error(`service: ${page.cases.length} rows`);
      },
      inject: async () => {
        const response = await get(app, `/api/v1/liaison/cases?limit=${PAGE}`, cookie);
        if (response.statusCode !== 200) throw new Error(`inject: ${response.statusCode} ${response.body}`);
      },
    };
    type Phase = keyof typeof phases;
    const order: Phase[] = ['bare', 'service', 'inject'];
    const rates: Record<Phase, number[]> = { bare: [], service: [], inject: [] };

    const runPhase = async (phase: Phase): Promise<number> => {
      const started = performance.now();
      for (let i = 0; i < pagesPerPhase; i += 1) await phases[phase]();
      return (pagesPerPhase * 1000) / (performance.now() - started);
    };

    // Warm-up: plans cached, JIT warm; not counted.
    for (const phase of order) await runPhase(phase);
    const perRound: string[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const sequence = round % 2 === 1 ? order : [...order].reverse();
      const measured: Partial<Record<Phase, number>> = {};
      for (const phase of sequence) measured[phase] = await runPhase(phase);
      for (const phase of order) rates[phase].push(measured[phase] ?? 0);
      perRound.push(
        `  round ${round} (${sequence.join(' → ')}): bare ${measured.bare?.toFixed(0)}/s, service ${measured.service?.toFixed(0)}/s, inject ${measured.inject?.toFixed(0)}/s, ratio ${((measured.service ?? 0) / (measured.bare ?? 1)).toFixed(2)} / ${((measured.inject ?? 0) / (measured.bare ?? 1)).toFixed(2)}`,
      );
    }

    const bare = median(rates.bare);
    const viaService = median(rates.service);
    const viaInject = median(rates.inject);
    // Each round's phases ran back to back, so their ratio shares the machine's load at that moment.
    const roundRatios = (phase: Phase) => rates[phase].map((rate, i) => rate / (rates.bare[i] ?? rate));
    const serviceRatio = median(roundRatios('service'));
    const injectRatio = median(roundRatios('inject'));
    const lines = [
      `database             ${testDatabaseServerUrl() ? 'PostgreSQL (TEST_DATABASE_URL)' : 'PGlite (in memory)'}`,
      `cases                ${caseCount} (inserted in ${(fillMs / 1000).toFixed(1)} s, vacuum analyze included)`,
      `page                 ${PAGE} rows, oldest first, every flag; ${pagesPerPhase} pages per phase, ${rounds} rounds`,
      ...perRound,
      `bare SELECT (median) ${bare.toFixed(0)} pages/s`,
      `service (median)     ${viaService.toFixed(0)} pages/s   counts + page + presenter`,
      `app.inject (median)  ${viaInject.toFixed(0)} pages/s   + session check, validation, serialisation`,
      `ratio service/bare   ${serviceRatio.toFixed(2)} (median of rounds; of medians ${(viaService / bare).toFixed(2)})   target ≥ ${TARGET_RATIO} → ${serviceRatio >= TARGET_RATIO ? 'MET' : 'NOT met'}`,
      `ratio inject/bare    ${injectRatio.toFixed(2)} (median of rounds; of medians ${(viaInject / bare).toFixed(2)})`,
    ];
    console.log(lines.join('\n'));
    await app.close();
  } finally {
    await database.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
