import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { caseStatuses } from '../../../shared/domain/case-status.js';
import {
  callDirections,
  callOutcomes,
  callParties,
  identityVerificationMethods,
  messageAuthorKinds,
} from '../../../shared/contracts/liaison.js';
import { users } from './accounts.js';
import { cases } from './cases.js';

/**
 * The liaison centre's working state of a case (one row per case, made by the first liaison action
 * that needs it): what the case must hold, who verified the patient's identity, the specialist.
 */
export const caseLiaison = pgTable('case_liaison', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  /**
   * Document codes the case must hold before screening can end: the checklist of the application as
   * submitted, plus every item the centre has asked for since. A case without a row holds everything its
   * checklist needs, because submission refuses otherwise; the queue's missing_documents flag reads this.
   */
  requiredDocuments: text('required_documents')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  identityVerifiedAt: timestamp('identity_verified_at', { withTimezone: true }),
  identityVerifiedBy: uuid('identity_verified_by').references(() => users.id, { onDelete: 'set null' }),
  identityVerificationMethod: text('identity_verification_method', { enum: identityVerificationMethods }),
  /** The doctor who will give the opinion, named when the department accepts. */
  specialistUserId: uuid('specialist_user_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** The phone log of a case (R-FLOW-04: the centre phones the applicant). Staff-only. */
export const phoneCalls = pgTable(
  'phone_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** When the call took place. */
    at: timestamp('at', { withTimezone: true }).notNull(),
    party: text('party', { enum: callParties }).notNull(),
    partyName: text('party_name'),
    direction: text('direction', { enum: callDirections }).notNull(),
    outcome: text('outcome', { enum: callOutcomes }).notNull(),
    nextAction: text('next_action'),
    /** Within the phone desk's hours (R-CONTACT-01), checked when written. */
    callBackAt: timestamp('call_back_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('phone_calls_case_idx').on(table.caseId, table.at)],
);

/**
 * Secure messages between the applicant and the centre. E-mail only says that one is waiting
 * (new_message template); the text stays here, behind the sign-in.
 */
export const caseMessages = pgTable(
  'case_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    authorKind: text('author_kind', { enum: messageAuthorKinds }).notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** When the other side first opened it. */
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [
    index('case_messages_case_idx').on(table.caseId, table.createdAt),
    // The queue counts the applicant's unread messages of every listed case.
    index('case_messages_unread_idx')
      .on(table.caseId)
      .where(sql`${table.readAt} IS NULL AND ${table.authorKind} = 'patient'`),
  ],
);

/**
 * How many submitted cases each status holds, per department: the queue's counts without scanning every
 * case. Kept by statement triggers on `cases` (migration 0005), so every writer of a case keeps it right;
 * drafts (not yet submitted) are not counted. The department of a case without one is ''.
 */
export const caseStatusCounts = pgTable(
  'case_status_counts',
  {
    status: text('status', { enum: caseStatuses }).notNull(),
    departmentCode: text('department_code').notNull(),
    cases: integer('cases').notNull(),
  },
  (table) => [primaryKey({ columns: [table.status, table.departmentCode] })],
);
