import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import type { DatabaseHandle } from '../../db/client.js';
import { RequestValidationError } from '../../errors.js';
import { createTestDatabase } from '../../testing/test-database.js';
import { auditEvent } from './audit.fixtures.js';
import { createAuditService, type AuditService } from './audit.service.js';

const patient = randomUUID();
const otherPatient = randomUUID();
const doctor = { userId: randomUUID(), role: 'doctor' };
const admin = { userId: randomUUID(), role: 'admin' };

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe('audit trail: search and CSV export', () => {
  let database: DatabaseHandle;
  let audit: AuditService;
  const clock = fixedClock('2026-12-01T00:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    audit = createAuditService({ db: database.db, clock });
    // Five days of events, one a day at 00:00 UTC (09:00 JST).
    for (let day = 1; day <= 5; day += 1) {
      clock.set(`2026-12-0${day}T00:00:00Z`);
      await audit.record(auditEvent({ actor: doctor, patientUserId: patient, details: { day } }));
    }
    clock.set('2026-12-03T00:00:00Z');
    await audit.record(auditEvent({ actor: admin, action: 'user.role_change', patientUserId: null }));
    await audit.record(auditEvent({ actor: doctor, patientUserId: otherPatient }));
  });
  afterAll(() => database.close());

  it('finds who touched a patient’s record, newest first', async () => {
    const { events, nextCursor } = await audit.search({ patientUserId: patient, limit: 10 });
    expect(events.map((event) => event.details)).toEqual([5, 4, 3, 2, 1].map((day) => ({ day })));
    expect(nextCursor).toBeNull();
  });

  it('finds what a user did, and filters by action', async () => {
    const byAdmin = await audit.search({ actorUserId: admin.userId, limit: 10 });
    expect(byAdmin.events.map((event) => event.action)).toEqual(['user.role_change']);
    const byDoctor = await audit.search({ actorUserId: doctor.userId, limit: 10 });
    expect(byDoctor.events).toHaveLength(6);
    const roleChanges = await audit.search({ action: 'user.role_change', limit: 10 });
    expect(roleChanges.events.map((event) => event.actorUserId)).toEqual([admin.userId]);
  });

  it('finds a period: from inclusive, to exclusive', async () => {
    const { events } = await audit.search({
      patientUserId: patient,
      from: new Date('2026-12-02T00:00:00Z'),
      to: new Date('2026-12-04T00:00:00Z'),
      limit: 10,
    });
    expect(events.map((event) => event.details)).toEqual([{ day: 3 }, { day: 2 }]);
  });

  it('pages with a cursor without skipping or repeating events that share a timestamp', async () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const result = await audit.search({ actorUserId: doctor.userId, limit: 2, cursor });
      seen.push(...result.events.map((event) => event.id));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    const all = await audit.search({ actorUserId: doctor.userId, limit: 10 });
    expect(seen).toEqual(all.events.map((event) => event.id));
    expect(new Set(seen).size).toBe(6);
  });

  it('answers a bad filter as a validation error naming the field', async () => {
    await expect(audit.search({ limit: 10, cursor: 'not-a-cursor' })).rejects.toMatchObject({
      issues: [{ field: 'cursor', code: 'invalid' }],
    });
    await expect(audit.search({ patientUserId: 'nobody', limit: 10 })).rejects.toBeInstanceOf(
      RequestValidationError,
    );
    await expect(audit.search({ limit: 0 })).rejects.toBeInstanceOf(RequestValidationError);
  });

  it('exports CSV: BOM, header, CRLF, RFC 4180 quoting, formula guard', async () => {
    const subject = randomUUID();
    clock.set('2026-12-06T00:00:00Z');
    await audit.record(
      auditEvent({
        patientUserId: subject,
        target: { type: 'document', id: '=HYPERLINK("http://evil.example","click")' },
        requestId: '@cmd',
        details: { note: 'a, "quoted"\nline' },
      }),
    );
    await audit.record(
      auditEvent({ patientUserId: subject, ip: '-1+1', target: { type: 'case', id: 'C-1' } }),
    );

    const csv = await collect(audit.exportCsv({ patientUserId: subject }));
    expect(csv.startsWith('\uFEFFid,occurred_at,actor_user_id,actor_role,action,outcome,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two events, and the empty string after the last CRLF
    expect(lines[2]).toContain(',"\'=HYPERLINK(""http://evil.example"",""click"")",');
    expect(lines[2]).toContain(",'@cmd,");
    expect(lines[2]).toContain(',"{""note"":""a, \\""quoted\\""\\nline""}",');
    expect(lines[1]).toContain(",'-1+1,");
    expect(lines[1]).toContain(',2026-12-06T00:00:00.000Z,');
  });

  it('exports every matching event and validates the filter before streaming', async () => {
    const csv = await collect(audit.exportCsv({ actorUserId: doctor.userId }));
    expect(csv.split('\r\n').filter((line) => line.length > 0)).toHaveLength(1 + 6);
    expect(() => audit.exportCsv({ actorUserId: 'x' })).toThrow(RequestValidationError);
  });
});
