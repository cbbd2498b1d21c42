// Test helpers for the audit trail: event factories and a superuser's way around the append-only trigger.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database, DbExecutor } from '../../db/client.js';
import type { AuditEventInput } from './audit.input.js';

export function auditEvent(overrides: Partial<AuditEventInput> = {}): AuditEventInput {
  return {
    actor: { userId: randomUUID(), role: 'doctor' },
    action: 'case.read',
    outcome: 'success',
    target: { type: 'case', id: 'C-2026-0001' },
    patientUserId: randomUUID(),
    ip: '203.0.113.7',
    requestId: randomUUID(),
    details: { view: 'summary' },
    ...overrides,
  };
}

/**
 * What an attacker with the table owner's (or a superuser's) rights can do: switch the append-only
 * triggers off, change rows, switch them on again, all in one transaction so no one else sees the gap.
 */
export async function tamperAsOwner(db: Database, work: (tx: DbExecutor) => Promise<unknown>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_events disable trigger user`);
    await work(tx);
    await tx.execute(sql`alter table audit_events enable trigger user`);
  });
}

/** The SQLSTATE of a database error, looked up through the wrappers drizzle puts around it. */
export function databaseErrorCode(error: unknown): string | undefined {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if ('code' in current && typeof current.code === 'string') return current.code;
  }
  return undefined;
}

export function databaseErrorMessages(error: unknown): string {
  const messages: string[] = [];
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    messages.push(current.message);
  }
  return messages.join(' | ');
}
