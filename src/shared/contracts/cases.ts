import { z } from 'zod';
import { caseCommandSchema, caseStatusSchema } from '../domain/case-status.js';
import { applicationDraftSchema } from './application.js';

/** A patient's cases and their application drafts. */

export const caseIdParamsSchema = z.object({ caseId: z.uuid() });

export const caseSummarySchema = z.object({
  id: z.uuid(),
  status: caseStatusSchema,
  caseNumber: z.string().nullable().describe('Issued at submission.'),
  departmentCode: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseDetailSchema = caseSummarySchema.extend({
  application: applicationDraftSchema,
  /** Raised by every draft save: send it back with the next save (another device may have saved). */
  revision: z.number().int().positive(),
  /** What the caller may do now (computed on the server; the UI never re-implements the rules). */
  commands: z.array(caseCommandSchema),
  abilities: z.object({
    editApplication: z.boolean(),
    addDocuments: z.boolean(),
    removeDocuments: z.boolean(),
  }),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const caseListSchema = z.object({ cases: z.array(caseSummarySchema) });

export const saveDraftRequestSchema = z.strictObject({
  revision: z.number().int().positive(),
  application: applicationDraftSchema,
});
export type SaveDraftRequest = z.infer<typeof saveDraftRequestSchema>;

export const saveDraftResponseSchema = z.object({
  revision: z.number().int().positive(),
  updatedAt: z.iso.datetime({ offset: true }),
});

export const submitResponseSchema = z.object({
  caseNumber: z.string(),
  status: caseStatusSchema,
  outcome: z
    .enum(['eligible', 'needs_review'])
    .describe('A refusal is answered 409 with its reasons instead.'),
  reasons: z.array(z.object({ code: z.string(), rule: z.string(), message: z.string() })),
});
export type SubmitResponse = z.infer<typeof submitResponseSchema>;

/** Who acts next on the case, for the status page's "what happens next". */
export const nextActors = ['applicant', 'liaison_centre', 'department', 'nobody'] as const;

export const timelineEntrySchema = z.object({
  at: z.iso.datetime({ offset: true }),
  type: z
    .string()
    .describe('A case command (submit, requestInformation, …) or an event (created, document_added).'),
  toStatus: caseStatusSchema.nullable(),
  actor: z.enum(['patient', 'coordinator', 'doctor', 'admin', 'system', 'physician']),
  /** Plain words for the applicant (a decline's reason, a request for material), already localised. */
  note: z.string().nullable(),
});

export const caseStatusViewSchema = z.object({
  case: caseSummarySchema,
  timeline: z.array(timelineEntrySchema),
  nextActor: z.enum(nextActors),
  canWithdraw: z.boolean(),
});
export type CaseStatusView = z.infer<typeof caseStatusViewSchema>;
