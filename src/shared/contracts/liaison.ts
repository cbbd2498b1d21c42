import { z } from 'zod';
import { caseStatusSchema, type CaseCommand } from '../domain/case-status.js';
import { applicationDraftSchema } from './application.js';
import { caseSummarySchema } from './cases.js';
import { caseDocumentSchema, checklistItemSchema, checklistStateSchema } from './documents.js';
import { eligibilityOutcomeSchema, eligibilityReasonSchema } from './eligibility.js';
import { documentCodeSchema, type LocalizedText } from './profile.js';

/**
 * The liaison centre's console (coordinators all day, doctors for their department's decisions) and the
 * applicant's side of the same conversation: messages and "資料を送りました".
 */

const instant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);

/** A query-string list: repeated (`status=a&status=b`) or comma-separated (`status=a,b`). */
const listOf = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').filter((part) => part !== '') : value),
    z.array(item).max(max),
  );

export const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

// ── Work queue ──────────────────────────────────────────────────────────────────────────────────────

export const queueFlags = [
  'needs_review',
  'identity_mismatch',
  'missing_documents',
  'infected_file',
  'unread_messages',
] as const;
export const queueFlagSchema = z
  .enum(queueFlags)
  .describe(
    'needs_review: the eligibility check at submission asked for a person; identity_mismatch: a DICOM image names someone else; missing_documents: a required item has no received or accepted document; infected_file: a version failed the malware scan; unread_messages: the applicant wrote and nobody has read it.',
  );
export type QueueFlag = z.infer<typeof queueFlagSchema>;

export const queueSorts = ['waiting_longest', 'waiting_shortest'] as const;

export const queueFilterSchema = z.strictObject({
  department: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .max(64)
    .optional(),
  status: listOf(caseStatusSchema, 18).optional().describe('Any of these statuses.'),
  submittedAfter: instant.optional().describe('Inclusive.'),
  submittedBefore: instant.optional().describe('Exclusive.'),
  waitingMoreThanDays: z.coerce.number().int().min(0).max(3650).optional(),
  flags: listOf(queueFlagSchema, queueFlags.length).optional().describe('Every flag listed must be set.'),
  sort: z
    .enum(queueSorts)
    .default('waiting_longest')
    .describe('By submission time; oldest first by default.'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page (same filters and sort).'),
});
export type QueueFilter = z.output<typeof queueFilterSchema>;

/** Names and phone numbers are searched through a POST body, so they never sit in a URL. */
export const queueSearchSchema = queueFilterSchema.extend({
  text: text(100).describe('Patient name (kanji or kana, any spacing), case number, or phone digits.'),
});
export type QueueSearch = z.output<typeof queueSearchSchema>;

export const queueRowSchema = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  status: caseStatusSchema,
  departmentCode: z.string().nullable(),
  patient: z.object({ name: z.string(), nameKana: z.string() }),
  submittedAt: instant,
  waitingDays: z.number().int().nonnegative(),
  updatedAt: instant,
  flags: z.object({
    needsReview: z.boolean(),
    identityMismatch: z.boolean(),
    missingDocuments: z.boolean(),
    infectedFile: z.boolean(),
    unreadMessages: z.boolean(),
  }),
  unreadMessages: z.number().int().nonnegative(),
  identityVerified: z.boolean(),
});
export type QueueRow = z.infer<typeof queueRowSchema>;

export const queuePageSchema = z.object({
  counts: z
    .array(z.object({ status: caseStatusSchema, count: z.number().int().nonnegative() }))
    .describe('Per status the caller can see, under every filter except status.'),
  total: z.number().int().nonnegative().describe('Cases matching every filter, status included.'),
  cases: z.array(queueRowSchema),
  nextCursor: z.string().nullable(),
});
export type QueuePage = z.infer<typeof queuePageSchema>;

// ── Commands ────────────────────────────────────────────────────────────────────────────────────────

export const liaisonCommands = [
  'startScreening',
  'requestInformation',
  'provideInformation',
  'sendToDepartmentReview',
  'accept',
  'decline',
  'withdraw',
] as const satisfies readonly CaseCommand[];
export const liaisonCommandSchema = z.enum(liaisonCommands);
export type LiaisonCommand = z.infer<typeof liaisonCommandSchema>;

export const declineReasons = ['outside_scope', 'insufficient_material', 'no_specialist', 'other'] as const;
export const declineReasonSchema = z.enum(declineReasons);
export type DeclineReason = z.infer<typeof declineReasonSchema>;

/** What the applicant reads about a decline, before the staff's own words. */
export const declineReasonTexts: Record<DeclineReason, LocalizedText> = {
  outside_scope: {
    ja: 'ご相談の内容が、当院のセカンドオピニオン外来でお受けできる範囲の外でした。',
    en: 'Your question is outside what our second-opinion service can cover.',
  },
  insufficient_material: {
    ja: 'お送りいただいた資料では、専門の医師が意見をお伝えすることが難しいと判断しました。',
    en: 'With the material we received, our specialist cannot give you a reliable opinion.',
  },
  no_specialist: {
    ja: 'ご相談の分野に対応できる専門の医師が、当院におりません。',
    en: 'We have no specialist for this field.',
  },
  other: {
    ja: 'お受けできない事情がありました。',
    en: 'We are unable to accept this consultation.',
  },
};

/** The forms filled in online are never asked for as uploads. */
export const requestableDocumentSchema = documentCodeSchema.exclude([
  'APPLICATION_FORM',
  'CONSULTATION_SHEET',
]);

export const informationChannels = ['post', 'phone', 'in_person', 'physician', 'other'] as const;
export const withdrawalChannels = ['phone', 'post', 'in_person'] as const;

/** The body of each command; commands without one accept `{}` or no body. */
export const liaisonCommandBodies = {
  startScreening: z.strictObject({}),
  requestInformation: z.strictObject({
    items: z.array(requestableDocumentSchema).max(10).describe('What to send; may be empty.'),
    message: text(2000).describe(
      'Plain words for the applicant: shown on their status page, never e-mailed.',
    ),
  }),
  provideInformation: z.strictObject({
    channel: z.enum(informationChannels).default('other').describe('How the material arrived.'),
  }),
  sendToDepartmentReview: z.strictObject({}),
  accept: z.strictObject({
    specialistUserId: z.uuid().optional().describe('A doctor of the department; the caller by default.'),
  }),
  decline: z.strictObject({
    reasonCode: declineReasonSchema,
    message: text(2000).describe('Plain words for the applicant, shown after the reason.'),
  }),
  withdraw: z.strictObject({ channel: z.enum(withdrawalChannels).default('phone') }),
} satisfies Record<LiaisonCommand, z.ZodType>;

const bodies = liaisonCommandBodies;
export const liaisonCommandRequestSchema = z.discriminatedUnion('command', [
  bodies.startScreening.extend({ command: z.literal('startScreening') }),
  bodies.requestInformation.extend({ command: z.literal('requestInformation') }),
  bodies.provideInformation.extend({ command: z.literal('provideInformation') }),
  bodies.sendToDepartmentReview.extend({ command: z.literal('sendToDepartmentReview') }),
  bodies.accept.extend({ command: z.literal('accept') }),
  bodies.decline.extend({ command: z.literal('decline') }),
  bodies.withdraw.extend({ command: z.literal('withdraw') }),
]);
export type LiaisonCommandRequest = z.output<typeof liaisonCommandRequestSchema>;

export const commandResultSchema = z.object({
  status: caseStatusSchema,
  commands: z.array(liaisonCommandSchema).describe('What the caller may do next.'),
  patientNotified: z
    .boolean()
    .describe('An e-mail went to the applicant (it says only that news is waiting).'),
});
export type CommandResult = z.infer<typeof commandResultSchema>;

/** Whom the accepting doctor may name as the case's specialist: the active doctors of its department. */
export const specialistListSchema = z.object({ specialists: z.array(staffRefSchema) });
export type SpecialistList = z.infer<typeof specialistListSchema>;

// ── Case view ───────────────────────────────────────────────────────────────────────────────────────

export const identityVerificationMethods = ['identity_document', 'phone', 'in_person'] as const;

export const identityVerificationSchema = z.object({
  verifiedAt: instant,
  verifiedBy: staffRefSchema.nullable(),
  method: z.enum(identityVerificationMethods),
});
export type IdentityVerification = z.infer<typeof identityVerificationSchema>;

const dicomSeriesViewSchema = z.object({
  id: z.uuid(),
  seriesInstanceUid: z.string(),
  seriesNumber: z.number().int().nullable(),
  modality: z.string().nullable(),
  bodyPart: z.string().nullable(),
  description: z.string().nullable(),
  instances: z.number().int().nonnegative(),
  thumbnailState: z.enum(['pending', 'ready', 'unavailable']),
  identity: z.object({
    status: z.enum(['match', 'mismatch', 'unknown']).describe('The worst of its images.'),
    mismatches: z.number().int().nonnegative(),
    unknowns: z.number().int().nonnegative(),
    reasons: z.array(z.string()).describe('identity-match reason codes (name_mismatch, …).'),
    dicomPatients: z
      .array(
        z.object({ name: z.string(), birthDate: z.string().nullable(), patientId: z.string().nullable() }),
      )
      .describe('The patients as written in the images that disagree or lack data, to compare by eye.'),
  }),
});

export const dicomStudyViewSchema = z.object({
  id: z.uuid(),
  studyInstanceUid: z.string(),
  studyDate: z.string().nullable(),
  description: z.string().nullable(),
  series: z.array(dicomSeriesViewSchema),
});

export const staffTimelineEntrySchema = z.object({
  at: instant,
  type: z.string(),
  kind: z.string().nullable().describe('For internal notes: phone_call, identity_verified.'),
  fromStatus: caseStatusSchema.nullable(),
  toStatus: caseStatusSchema.nullable(),
  actor: z.object({ kind: z.string(), user: staffRefSchema.nullable() }),
  note: z.string().nullable().describe('What the applicant was told, in the caller’s language.'),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
});

/**
 * Counts that grow whenever something happens on a case (each command, review, call, upload is an event;
 * each message counts): the console compares them with its view to know when to reload it.
 */
export const casePulseSchema = z.object({
  status: caseStatusSchema,
  events: z.number().int().nonnegative(),
  messages: z.number().int().nonnegative(),
});
export type CasePulse = z.infer<typeof casePulseSchema>;

export const liaisonCaseViewSchema = z.object({
  case: caseSummarySchema,
  application: applicationDraftSchema,
  eligibility: z
    .object({ outcome: eligibilityOutcomeSchema, reasons: z.array(eligibilityReasonSchema) })
    .nullable(),
  checklist: z.array(checklistItemSchema),
  documents: z.array(caseDocumentSchema),
  imaging: z.array(dicomStudyViewSchema),
  timeline: z.array(staffTimelineEntrySchema),
  viewers: z.array(
    z.object({
      user: staffRefSchema,
      role: z.string().nullable(),
      lastViewedAt: instant,
      views: z.number().int().positive(),
    }),
  ),
  identityVerification: identityVerificationSchema.nullable(),
  specialist: staffRefSchema.nullable(),
  applicantEmail: z
    .string()
    .nullable()
    .describe('The applicant’s account e-mail, for coordinators (who contact them); null for doctors.'),
  unreadMessages: z.number().int().nonnegative(),
  pulse: casePulseSchema.describe(
    'As counted before the view was read: a later pulse that differs means news.',
  ),
  abilities: z.object({
    commands: z.array(liaisonCommandSchema),
    reviewDocuments: z.boolean(),
    logCalls: z.boolean(),
    verifyIdentity: z.boolean(),
    sendMessages: z.boolean(),
  }),
});
export type LiaisonCaseView = z.infer<typeof liaisonCaseViewSchema>;

// ── Document review, identity, phone log ────────────────────────────────────────────────────────────

export const documentReviewRequestSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accepted'), reason: z.string().trim().max(500).optional() }),
  z.strictObject({
    decision: z.literal('rejected'),
    reason: text(500).describe('Shown to the applicant with the checklist item: say what to send instead.'),
  }),
]);
export type DocumentReviewRequest = z.output<typeof documentReviewRequestSchema>;

export const documentReviewResultSchema = z.object({
  documentId: z.uuid(),
  review: z.enum(['received', 'accepted', 'rejected']),
  rejectionReason: z.string().nullable(),
  reviewedAt: instant,
});

export const identityVerifiedRequestSchema = z.strictObject({ method: z.enum(identityVerificationMethods) });

export const callParties = ['patient', 'family', 'physician', 'other'] as const;
export const callDirections = ['inbound', 'outbound'] as const;
export const callOutcomes = ['reached', 'no_answer', 'left_message', 'busy', 'wrong_number'] as const;

export const phoneCallRequestSchema = z.strictObject({
  at: instant.optional().describe('When the call took place; now by default.'),
  party: z.enum(callParties),
  partyName: text(100).optional(),
  direction: z.enum(callDirections),
  outcome: z.enum(callOutcomes),
  nextAction: text(1000).optional(),
  callBackAt: instant.optional().describe('Must fall within the phone desk’s hours (R-CONTACT-01).'),
});
export type PhoneCallRequest = z.output<typeof phoneCallRequestSchema>;

export const phoneCallViewSchema = z.object({
  id: z.uuid(),
  at: instant,
  party: z.enum(callParties),
  partyName: z.string().nullable(),
  direction: z.enum(callDirections),
  outcome: z.enum(callOutcomes),
  nextAction: z.string().nullable(),
  callBackAt: instant.nullable(),
  createdBy: staffRefSchema.nullable(),
  createdAt: instant,
});
export type PhoneCallView = z.infer<typeof phoneCallViewSchema>;
export const phoneCallListSchema = z.object({ calls: z.array(phoneCallViewSchema) });

// ── Messages (both sides) and the applicant's "資料を送りました" ──────────────────────────────────────

export const messageAuthorKinds = ['patient', 'staff'] as const;

export const messageRequestSchema = z.strictObject({ body: text(4000) });

export const messageViewSchema = z.object({
  id: z.uuid(),
  authorKind: z.enum(messageAuthorKinds),
  authorName: z.string().nullable().describe('Staff are named to the applicant (R-ACC-03).'),
  mine: z.boolean().describe('Written by the caller’s side (the applicant, or the centre).'),
  body: z.string(),
  createdAt: instant,
  readAt: instant.nullable(),
});
export type MessageView = z.infer<typeof messageViewSchema>;
export const messageListSchema = z.object({ messages: z.array(messageViewSchema) });

export const informationRequestViewSchema = z.object({
  open: z.boolean().describe('The centre is waiting for material from the applicant.'),
  requestedAt: instant.nullable(),
  message: z.string().nullable(),
  items: z.array(z.object({ code: documentCodeSchema, title: z.string(), state: checklistStateSchema })),
  documentsSinceRequest: z.number().int().nonnegative(),
  canConfirm: z.boolean().describe('Show "資料を送りました": something was sent since the request.'),
});
export type InformationRequestView = z.infer<typeof informationRequestViewSchema>;
