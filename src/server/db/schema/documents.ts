import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  acceptedKinds,
  documentReviews,
  scanStates,
  uploaderKinds,
} from '../../../shared/contracts/documents.js';
import { users } from './accounts.js';
import { cases } from './cases.js';

/**
 * Submitted material is part of the medical record and never deleted or overwritten (R-DOC-06): the
 * triggers of migration 0004 refuse deleting a document or version of a submitted case and changing a
 * version's bytes, hash or storage; a correction is a new version. Scan and re-hash results may change.
 */

/** A file the case holds for one checklist item; its content lives in its versions. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** A document code of SPEC §4 (REFERRAL_LETTER, CLINICAL_DATA, …). */
    checklistItem: text('checklist_item').notNull(),
    review: text('review', { enum: documentReviews }).notNull().default('received'),
    rejectionReason: text('rejection_reason'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('documents_case_idx').on(table.caseId, table.checklistItem)],
);

export const documentVersions = pgTable(
  'document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The tus upload it came from: recording it twice (a retried finalize) is a no-op. */
    uploadId: text('upload_id').notNull(),
    fileName: text('file_name').notNull(),
    kind: text('kind', { enum: acceptedKinds }).notNull(),
    mediaType: text('media_type').notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    /** Envelope encryption: master key id, wrapped data key, IV and GCM tag (storage/envelope.ts). */
    encryption: jsonb('encryption').notNull(),
    scanState: text('scan_state', { enum: scanStates }).notNull(),
    scanSignature: text('scan_signature'),
    scannedAt: timestamp('scanned_at', { withTimezone: true }),
    uploadedBy: text('uploaded_by', { enum: uploaderKinds }).notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The primary physician's link the file came through, when it did. */
    physicianLinkId: uuid('physician_link_id'),
    /** What the periodic re-hash found last: null until checked, true while the bytes still match. */
    lastVerifiedAt: timestamp('last_verified_at', { withTimezone: true }),
    integrityOk: boolean('integrity_ok'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('document_versions_number_unique').on(table.documentId, table.version),
    uniqueIndex('document_versions_upload_unique').on(table.uploadId),
    uniqueIndex('document_versions_storage_unique').on(table.storageKey),
    index('document_versions_sha_idx').on(table.sha256),
    check('document_versions_sha_format', sql`${table.sha256} ~ '^[0-9a-f]{64}$'`),
    check('document_versions_version_positive', sql`${table.version} > 0`),
  ],
);

/** One imaging study of a case, gathered from every DICOM file uploaded to it. */
export const dicomStudies = pgTable(
  'dicom_studies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    studyInstanceUid: text('study_instance_uid').notNull(),
    studyDate: text('study_date'),
    description: text('description'),
  },
  (table) => [uniqueIndex('dicom_studies_case_uid').on(table.caseId, table.studyInstanceUid)],
);

export const dicomSeries = pgTable(
  'dicom_series',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studyId: uuid('study_id')
      .notNull()
      .references(() => dicomStudies.id, { onDelete: 'cascade' }),
    seriesInstanceUid: text('series_instance_uid').notNull(),
    modality: text('modality'),
    bodyPart: text('body_part'),
    description: text('description'),
    seriesNumber: integer('series_number'),
    /** Encrypted PNG in the blob store, made in the background; null until then. */
    thumbnailKey: text('thumbnail_key'),
    thumbnailEncryption: jsonb('thumbnail_encryption'),
    thumbnailState: text('thumbnail_state', { enum: ['pending', 'ready', 'unavailable'] })
      .notNull()
      .default('pending'),
  },
  (table) => [uniqueIndex('dicom_series_study_uid').on(table.studyId, table.seriesInstanceUid)],
);

/** One DICOM image and the file it is in (a single upload, or an entry of a zipped CD). */
export const dicomInstances = pgTable(
  'dicom_instances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => dicomSeries.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => documentVersions.id, { onDelete: 'cascade' }),
    /** The entry inside a zipped CD; null for a file uploaded on its own. */
    entryName: text('entry_name'),
    sopInstanceUid: text('sop_instance_uid').notNull(),
    instanceNumber: integer('instance_number'),
    /** Patient as written in the file (all name groups, id, birth date, sex): the coordinator compares it. */
    patient: jsonb('patient').notNull(),
    identityStatus: text('identity_status', { enum: ['match', 'mismatch', 'unknown'] }).notNull(),
    identityReasons: jsonb('identity_reasons').notNull().default([]),
  },
  (table) => [
    index('dicom_instances_series_idx').on(table.seriesId),
    index('dicom_instances_version_idx').on(table.versionId),
  ],
);

/**
 * The primary physician's one-time upload link (R-FLOW-02): sent to their e-mail, scoped to one case,
 * expiring; only the token's hash is kept. "Finished" closes it for good.
 */
export const physicianUploadLinks = pgTable(
  'physician_upload_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    email: text('email').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('physician_upload_links_token_unique').on(table.tokenHash),
    index('physician_upload_links_case_idx').on(table.caseId),
  ],
);
