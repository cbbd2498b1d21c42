import { z } from 'zod';
import { documentCodeSchema } from './profile.js';

/**
 * Documents of a case as the applicant and the staff see them (SPEC R-DOC-01…06). Bytes arrive through
 * the tus endpoint `/api/v1/uploads` with the metadata `filename`, `sha256` (hex, computed by the
 * browser), `caseId`, `checklistItem` (a document code) and, for a correction, `replaces` (a document id).
 */

export const acceptedKinds = ['pdf', 'jpeg', 'png', 'heic', 'dicom', 'dicomdir', 'zip'] as const;
export const acceptedKindSchema = z.enum(acceptedKinds);
export const scanStates = ['pending', 'clean', 'infected', 'unscannable'] as const;
export const scanStateSchema = z
  .enum(scanStates)
  .describe('Malware scan: unscannable means over the scanner’s limits → manual review, never clean.');
export type ScanStateName = z.infer<typeof scanStateSchema>;

export const documentReviews = ['received', 'accepted', 'rejected'] as const;
export const documentReviewSchema = z.enum(documentReviews);

export const uploaderKinds = ['applicant', 'physician', 'staff'] as const;

export const documentVersionSchema = z.object({
  version: z.number().int().positive(),
  fileName: z.string(),
  kind: acceptedKindSchema,
  mediaType: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
  scanState: scanStateSchema,
  uploadedAt: z.iso.datetime({ offset: true }),
  uploadedBy: z.enum(uploaderKinds),
});
export type DocumentVersionView = z.infer<typeof documentVersionSchema>;

export const dicomSummarySchema = z.object({
  studies: z.number().int().nonnegative(),
  series: z.number().int().nonnegative(),
  instances: z.number().int().nonnegative(),
  identityMismatch: z.boolean().describe('The DICOM patient differs from the application: staff check it.'),
});

export const caseDocumentSchema = z.object({
  id: z.uuid(),
  checklistItem: documentCodeSchema,
  review: documentReviewSchema,
  rejectionReason: z.string().nullable(),
  /** Only before submission, and only by the applicant (R-DOC-06). */
  removable: z.boolean(),
  /** The newest version first. */
  versions: z.array(documentVersionSchema).min(1),
  dicom: dicomSummarySchema.nullable(),
  duplicateOf: z.uuid().nullable().describe('Another document of the case with the same SHA-256.'),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

export const checklistStates = ['missing', 'received', 'accepted', 'rejected'] as const;
export const checklistStateSchema = z.enum(checklistStates);
export type ChecklistState = z.infer<typeof checklistStateSchema>;

export const checklistItemSchema = z.object({
  code: documentCodeSchema,
  title: z.string(),
  /** Online forms (application, consultation sheet) are filled in, not uploaded. */
  filledOnline: z.boolean(),
  state: checklistStateSchema,
  rejectionReason: z.string().nullable(),
  documentIds: z.array(z.uuid()),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const caseDocumentsResponseSchema = z.object({
  checklist: z.array(checklistItemSchema),
  documents: z.array(caseDocumentSchema),
  /** Before submission the applicant may add and remove; afterwards only add (new versions). */
  canUpload: z.boolean(),
  limits: z.object({
    maxFileBytes: z.number().int(),
    maxCaseBytes: z.number().int(),
    usedBytes: z.number().int(),
  }),
});
export type CaseDocumentsResponse = z.infer<typeof caseDocumentsResponseSchema>;
