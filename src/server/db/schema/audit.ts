import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditOutcomes = ['success', 'failure', 'denied'] as const;

/**
 * Append-only, hash-chained record of every access to patient data and every security event.
 * A trigger refuses UPDATE, DELETE and TRUNCATE (see the migration); `hash` chains each row to the
 * previous one, so an altered, removed or inserted row is detectable (npm run audit:verify).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    outcome: text('outcome', { enum: auditOutcomes }).notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    /** The patient whose data was touched, for "who looked at my record" searches. */
    patientUserId: uuid('patient_user_id'),
    ip: text('ip'),
    requestId: text('request_id'),
    details: jsonb('details').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    index('audit_events_actor').on(table.actorUserId, table.occurredAt),
    index('audit_events_patient').on(table.patientUserId, table.occurredAt),
    index('audit_events_time').on(table.occurredAt),
  ],
);
