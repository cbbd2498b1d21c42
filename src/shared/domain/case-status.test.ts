import { describe, expect, it } from 'vitest';
import {
  applyCaseCommand,
  availableCaseCommands,
  caseActorRoles,
  caseCommands,
  caseStatuses,
  isTerminalStatus,
  type CaseActorRole,
  type CaseCommand,
  type CaseStatus,
} from './case-status.js';

/** The specification, written out independently of the implementation's table. */
const legal: Record<CaseCommand, { from: CaseStatus[]; to: CaseStatus; roles: CaseActorRole[] }> = {
  submit: { from: ['draft'], to: 'submitted', roles: ['patient'] },
  startScreening: { from: ['submitted'], to: 'screening', roles: ['coordinator'] },
  requestInformation: {
    from: ['screening', 'department_review'],
    to: 'awaiting_information',
    roles: ['coordinator', 'doctor'],
  },
  provideInformation: { from: ['awaiting_information'], to: 'screening', roles: ['patient', 'coordinator'] },
  sendToDepartmentReview: { from: ['screening'], to: 'department_review', roles: ['coordinator'] },
  accept: { from: ['department_review'], to: 'accepted', roles: ['doctor'] },
  decline: { from: ['screening', 'department_review'], to: 'declined', roles: ['coordinator', 'doctor'] },
  startScheduling: { from: ['accepted', 'cancelled'], to: 'scheduling', roles: ['coordinator'] },
  offerSlots: { from: ['scheduling', 'scheduled'], to: 'scheduled', roles: ['coordinator'] },
  book: { from: ['scheduled'], to: 'booked', roles: ['patient', 'coordinator'] },
  changeBooking: { from: ['booked'], to: 'booked', roles: ['patient', 'coordinator'] },
  cancelBooking: { from: ['booked'], to: 'cancelled', roles: ['patient', 'coordinator'] },
  startConsultation: { from: ['booked'], to: 'in_consultation', roles: ['doctor'] },
  endConsultation: { from: ['in_consultation'], to: 'consulted', roles: ['doctor', 'system'] },
  markNoShow: { from: ['booked'], to: 'no_show', roles: ['coordinator', 'doctor', 'system'] },
  bill: { from: ['consulted'], to: 'billed', roles: ['coordinator', 'system'] },
  sendReport: { from: ['billed'], to: 'reported', roles: ['doctor'] },
  close: {
    from: ['reported', 'declined', 'cancelled', 'no_show'],
    to: 'closed',
    roles: ['coordinator', 'system'],
  },
  withdraw: {
    from: [
      'draft',
      'submitted',
      'screening',
      'awaiting_information',
      'department_review',
      'accepted',
      'scheduling',
      'scheduled',
      'booked',
      'cancelled',
    ],
    to: 'withdrawn',
    roles: ['patient', 'coordinator'],
  },
};

const everyCommandFromEveryState = caseCommands.flatMap((command) =>
  caseStatuses.map((status) => [command, status] as const),
);

describe('applyCaseCommand: every command from every state (SPEC §3)', () => {
  it.each(everyCommandFromEveryState)('SPEC-3 %s from %s', (command, status) => {
    const spec = legal[command];
    const role = spec.roles[0] ?? 'system';
    const expected = spec.from.includes(status)
      ? { ok: true, status: spec.to }
      : { ok: false, reason: 'illegal_transition' };
    expect(applyCaseCommand(status, command, role)).toEqual(expected);
  });
});

describe('applyCaseCommand: roles', () => {
  const everyCommandByEveryRole = caseCommands.flatMap((command) =>
    caseActorRoles.map((role) => [command, role] as const),
  );
  it.each(everyCommandByEveryRole)('SPEC-3 %s by %s', (command, role) => {
    const spec = legal[command];
    const from = spec.from[0] ?? 'draft';
    const result = applyCaseCommand(from, command, role);
    expect(result.ok).toBe(spec.roles.includes(role));
    if (!result.ok) expect(result.reason).toBe('forbidden_role');
  });
  it('SPEC-3 the role is checked before the state: a patient accepting a draft is forbidden', () => {
    expect(applyCaseCommand('draft', 'accept', 'patient')).toEqual({ ok: false, reason: 'forbidden_role' });
  });
  it('SPEC-3 admins have no case commands', () => {
    for (const status of caseStatuses) expect(availableCaseCommands(status, 'admin')).toEqual([]);
  });
});

describe('case lifecycle', () => {
  it('SPEC-3 the happy path runs from draft to closed', () => {
    const path: [CaseCommand, CaseActorRole][] = [
      ['submit', 'patient'],
      ['startScreening', 'coordinator'],
      ['requestInformation', 'coordinator'],
      ['provideInformation', 'patient'],
      ['sendToDepartmentReview', 'coordinator'],
      ['accept', 'doctor'],
      ['startScheduling', 'coordinator'],
      ['offerSlots', 'coordinator'],
      ['book', 'patient'],
      ['startConsultation', 'doctor'],
      ['endConsultation', 'system'],
      ['bill', 'system'],
      ['sendReport', 'doctor'],
      ['close', 'coordinator'],
    ];
    let status: CaseStatus = 'draft';
    for (const [command, role] of path) {
      const result = applyCaseCommand(status, command, role);
      if (!result.ok) throw new Error(`${command} from ${status}: ${result.reason}`);
      status = result.status;
    }
    expect(status).toBe('closed');
  });
  it('SPEC-3 the patient may withdraw from any state before the consultation, never after', () => {
    const after: CaseStatus[] = ['in_consultation', 'consulted', 'billed', 'reported', 'closed', 'no_show'];
    for (const status of caseStatuses) {
      const result = applyCaseCommand(status, 'withdraw', 'patient');
      const expected = !after.includes(status) && !['declined', 'withdrawn'].includes(status);
      expect(result.ok, status).toBe(expected);
    }
  });
  it('SPEC-3 a cancelled booking may return to scheduling', () => {
    expect(applyCaseCommand('cancelled', 'startScheduling', 'coordinator')).toEqual({
      ok: true,
      status: 'scheduling',
    });
  });
  it('SPEC-3 closed and withdrawn are terminal, nothing else is', () => {
    expect(caseStatuses.filter(isTerminalStatus)).toEqual(['closed', 'withdrawn']);
  });
  it('SPEC-3 every state except draft is reachable by some command', () => {
    const targets = new Set(
      caseCommands.flatMap((c) =>
        caseStatuses.flatMap((s) => {
          const r = applyCaseCommand(s, c, legal[c].roles[0] ?? 'system');
          return r.ok ? [r.status] : [];
        }),
      ),
    );
    expect(caseStatuses.filter((s) => !targets.has(s))).toEqual(['draft']);
  });
  it('SPEC-3 availableCaseCommands lists what the patient may do with a booking', () => {
    expect(availableCaseCommands('booked', 'patient')).toEqual([
      'changeBooking',
      'cancelBooking',
      'withdraw',
    ]);
  });
});
