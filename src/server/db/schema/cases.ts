import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { caseStatuses } from '../../../shared/domain/case-status.js';
import { users } from './accounts.js';
import { searchNameExpression, searchPhoneExpression } from './case-search.js';

/** Case numbers count up across years; the year in front is the submission year (JST). */
export const caseNumberSequence = pgSequence('case_number_seq', { startWith: 1 });

/**
 * One second-opinion request (SPEC §3). The application answers are kept as the contract's JSON (the
 * draft grows step by step); columns hold only what queues filter and sort on. A case is a medical
 * record once submitted: a trigger refuses deleting it (R-DOC-06), a draft may still be discarded.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The account is always the patient's, also when only family attend (R-ACC-02). */
    patientUserId: uuid('patient_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    status: text('status', { enum: caseStatuses }).notNull().default('draft'),
    /** Issued at submission. */
    caseNumber: text('case_number'),
    departmentCode: text('department_code'),
    /** The application draft or, once submitted, the answers as submitted (contracts/application.ts). */
    application: jsonb('application').notNull().default({}),
    /** The eligibility result at submission: outcome and reason codes. */
    eligibility: jsonb('eligibility'),
    /** Raised for optimistic concurrency: a stale draft save from another device is refused, not merged. */
    revision: integer('revision').notNull().default(1),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The patient's name keys and phone digits for the liaison centre's search (case-search.ts). */
    searchName: text('search_name').generatedAlwaysAs(searchNameExpression),
    searchPhone: text('search_phone').generatedAlwaysAs(searchPhoneExpression),
  },
  (table) => [
    uniqueIndex('cases_case_number_unique').on(table.caseNumber),
    index('cases_patient_idx').on(table.patientUserId),
    index('cases_status_idx').on(table.status, table.submittedAt),
    // The liaison queue pages through submitted cases by waiting time (keyset on submitted_at, id).
    index('cases_queue_idx').on(table.submittedAt, table.id),
    // A draft has no number yet; a draft the applicant gave up (withdrawn) never gets one.
    check(
      'cases_submitted_has_number',
      sql`${table.status} IN ('draft', 'withdrawn') OR (${table.caseNumber} IS NOT NULL AND ${table.submittedAt} IS NOT NULL)`,
    ),
  ],
);

export const caseActorKinds = ['patient', 'coordinator', 'doctor', 'admin', 'system', 'physician'] as const;

/** The case's timeline: every command and notable event, in order. Append-only like the audit trail. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Order of writing: several events of one transaction share their instant. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorKind: text('actor_kind', { enum: caseActorKinds }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** A case command (case-status.ts) or an event such as document_added. */
    type: text('type').notNull(),
    fromStatus: text('from_status', { enum: caseStatuses }),
    toStatus: text('to_status', { enum: caseStatuses }),
    /** Codes and ids only: free text of the patient stays in the case itself. */
    details: jsonb('details').notNull().default({}),
  },
  (table) => [index('case_events_case_idx').on(table.caseId, table.seq)],
);
