import { z } from 'zod';

/** SPEC §3: the life of one second-opinion case. */
export const caseStatuses = [
  'draft',
  'submitted',
  'screening',
  'awaiting_information',
  'department_review',
  'accepted',
  'declined',
  'scheduling',
  'scheduled',
  'booked',
  'in_consultation',
  'consulted',
  'billed',
  'reported',
  'closed',
  'withdrawn',
  'cancelled',
  'no_show',
] as const;
export const caseStatusSchema = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

export const caseActorRoles = ['patient', 'coordinator', 'doctor', 'admin', 'system'] as const;
export type CaseActorRole = (typeof caseActorRoles)[number];

export interface CommandRule {
  from: readonly CaseStatus[];
  to: CaseStatus;
  roles: readonly CaseActorRole[];
}

/** Before the consultation starts the applicant may still withdraw (SPEC §3). */
const BEFORE_CONSULTATION = [
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
] as const satisfies readonly CaseStatus[];

export const caseCommands = [
  'submit',
  'startScreening',
  'requestInformation',
  'provideInformation',
  'sendToDepartmentReview',
  'accept',
  'decline',
  'startScheduling',
  'offerSlots',
  'book',
  'changeBooking',
  'cancelBooking',
  'startConsultation',
  'endConsultation',
  'markNoShow',
  'bill',
  'sendReport',
  'close',
  'withdraw',
] as const;
export const caseCommandSchema = z.enum(caseCommands);
export type CaseCommand = z.infer<typeof caseCommandSchema>;

/**
 * Every transition is a named command. Admins manage the hospital profile, not cases, so no command
 * lists them (separation of duties). "system" is the server acting on a timer or payment event.
 */
export const caseCommandRules: Readonly<Record<CaseCommand, CommandRule>> = {
  submit: { from: ['draft'], to: 'submitted', roles: ['patient'] },
  startScreening: { from: ['submitted'], to: 'screening', roles: ['coordinator'] },
  // The doctor may also need more material while reviewing (R-FLOW-04); the coordinator asks for it.
  requestInformation: {
    from: ['screening', 'department_review'],
    to: 'awaiting_information',
    roles: ['coordinator', 'doctor'],
  },
  // The coordinator records material that arrived another way (e.g. a phone call or the physician link).
  provideInformation: { from: ['awaiting_information'], to: 'screening', roles: ['patient', 'coordinator'] },
  sendToDepartmentReview: { from: ['screening'], to: 'department_review', roles: ['coordinator'] },
  accept: { from: ['department_review'], to: 'accepted', roles: ['doctor'] },
  // Screening may already show a refusal (R-ELIG-…); otherwise the department decides.
  decline: { from: ['screening', 'department_review'], to: 'declined', roles: ['coordinator', 'doctor'] },
  // A cancelled booking may return to scheduling (SPEC §3).
  startScheduling: { from: ['accepted', 'cancelled'], to: 'scheduling', roles: ['coordinator'] },
  offerSlots: { from: ['scheduling', 'scheduled'], to: 'scheduled', roles: ['coordinator'] },
  book: { from: ['scheduled'], to: 'booked', roles: ['patient', 'coordinator'] },
  // The online deadline (R-FLOW-07) is checked by the caller with canChangeOnline; staff are not bound by it.
  changeBooking: { from: ['booked'], to: 'booked', roles: ['patient', 'coordinator'] },
  cancelBooking: { from: ['booked'], to: 'cancelled', roles: ['patient', 'coordinator'] },
  // R-CALL-05: the hospital side connects the call.
  startConsultation: { from: ['booked'], to: 'in_consultation', roles: ['doctor'] },
  // The system ends it at the hard stop (R-CALL-02).
  endConsultation: { from: ['in_consultation'], to: 'consulted', roles: ['doctor', 'system'] },
  markNoShow: { from: ['booked'], to: 'no_show', roles: ['coordinator', 'doctor', 'system'] },
  // R-FEE-04: charged after the consultation.
  bill: { from: ['consulted'], to: 'billed', roles: ['coordinator', 'system'] },
  sendReport: { from: ['billed'], to: 'reported', roles: ['doctor'] },
  close: {
    from: ['reported', 'declined', 'cancelled', 'no_show'],
    to: 'closed',
    roles: ['coordinator', 'system'],
  },
  // A withdrawal phoned in to the desk is recorded by the coordinator.
  withdraw: { from: BEFORE_CONSULTATION, to: 'withdrawn', roles: ['patient', 'coordinator'] },
};

export type CaseCommandResult =
  { ok: true; status: CaseStatus } | { ok: false; reason: 'illegal_transition' | 'forbidden_role' };

/** The role is checked first: who may act is decided before what the case allows. */
export function applyCaseCommand(
  status: CaseStatus,
  command: CaseCommand,
  role: CaseActorRole,
): CaseCommandResult {
  const rule = caseCommandRules[command];
  if (!rule.roles.includes(role)) return { ok: false, reason: 'forbidden_role' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'illegal_transition' };
  return { ok: true, status: rule.to };
}

/** What this role can do now: sent to the UI so it never re-implements the rules. */
export function availableCaseCommands(status: CaseStatus, role: CaseActorRole): CaseCommand[] {
  return caseCommands.filter((command) => applyCaseCommand(status, command, role).ok);
}

/** States no command leaves. */
export function isTerminalStatus(status: CaseStatus): boolean {
  return caseCommands.every((command) => !caseCommandRules[command].from.includes(status));
}
