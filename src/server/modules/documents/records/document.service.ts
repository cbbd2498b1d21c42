import type { Readable } from 'node:stream';
import type { acceptedKinds, CaseDocumentsResponse } from '../../../../shared/contracts/documents.js';
import { documentCodeSchema } from '../../../../shared/contracts/profile.js';
import { applicationDraftSchema } from '../../../../shared/contracts/application.js';
import { canAddDocuments, checklistFor, FILLED_ONLINE } from '../../../../shared/domain/case-documents.js';
import { calendarDateIn } from '../../../../shared/domain/calendar.js';
import type { Locale } from '../../../../shared/i18n/locale.js';
import type { Clock } from '../../../clock.js';
import type { Database } from '../../../db/client.js';
import { NotFoundError, RequestValidationError } from '../../../errors.js';
import type { AuditService } from '../../audit/audit.service.js';
import type { RequestMeta } from '../../auth/session.service.js';
import { findUserById } from '../../auth/user.repository.js';
import { caseAbilities, caseActorOf, loadVisibleCase, type CaseActor } from '../../cases/case.policy.js';
import { appendCaseEvent, findCase, findCaseForUpdate } from '../../cases/case.repository.js';
import type { ProfileService } from '../../profile/profile.service.js';
import type { BlobStore } from '../storage/blob-store.js';
import { openDecrypted } from '../storage/encrypted-files.js';
import type { FileEncryption, MasterKey } from '../storage/envelope.js';
import type { FinalizedFile } from '../upload/finalize.js';
import type { UploadCreation } from '../upload/upload-creation.js';
import {
  applicationIdentityOf,
  dicomSummaryByDocument,
  findSeriesOfCase,
  ingestDicomInstance,
} from './dicom-ingest.js';
import { documentRefusals, readableBytes } from './document-refusals.js';
import { presentChecklist, presentDocuments } from './document-presenter.js';
import {
  deleteDocument,
  findDocument,
  findVersion,
  findVersionByUpload,
  insertDocumentWithVersion,
  insertNextVersion,
  listDocuments,
  listVersions,
  usedBytesOfCase,
} from './document.repository.js';
import type { PhysicianLinks } from './physician-link.service.js';
import { uploaderOf, type Uploader } from './uploader.js';

export type DocumentUser = { id: string; role: CaseActor['role'] };

export type StoredEncryption = FileEncryption & { authTag: string };

export type OpenedFile = { body: Readable; fileName: string; mediaType: string; bytes: number };

/** The kinds a browser may show inline, with the only type each is ever served as. */
const VIEWABLE_TYPES: Partial<Record<(typeof acceptedKinds)[number], string>> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

export type DocumentServiceDeps = {
  db: Database;
  clock: Clock;
  audit: AuditService;
  profiles: ProfileService;
  store: BlobStore;
  masters: ReadonlyMap<string, MasterKey>;
  maxCaseBytes: number;
  physicianLinks: PhysicianLinks;
  /** Told after a commit that a series has a new image (thumbnails are made in the background). */
  onSeriesChanged?: (seriesId: string) => void;
};

export type DocumentService = ReturnType<typeof createDocumentService>;

/** What a physician may send through their link: their own letter and data, not the family's papers. */
const PHYSICIAN_ITEMS = new Set([
  'REFERRAL_LETTER',
  'CLINICAL_DATA',
  'DEPARTMENT_REFERRAL_ANNEX',
  'MEDICATION_LIST',
]);

export function createDocumentService(deps: DocumentServiceDeps) {
  const { db, clock, audit } = deps;

  function checklistItemOf(creation: UploadCreation): string {
    const parsed = documentCodeSchema.safeParse(creation.checklistItem);
    if (!parsed.success) {
      throw new RequestValidationError('headers', [
        { field: 'Upload-Metadata.checklistItem', code: 'invalid' },
      ]);
    }
    if (FILLED_ONLINE.has(parsed.data)) throw documentRefusals.filledOnline();
    return parsed.data;
  }

  async function actorOfUser(userId: string): Promise<CaseActor> {
    const user = await findUserById(db, userId);
    if (!user || user.status !== 'active') throw new NotFoundError('case');
    return caseActorOf(db, user);
  }

  /** The case an uploader may add to, or 404 / a plain refusal. */
  async function caseOpenTo(uploader: Uploader, caseId: string, checklistItem: string) {
    if (uploader.kind === 'physician') {
      const link = await deps.physicianLinks.usable(uploader.linkId);
      if (!link || link.caseId !== caseId) throw new NotFoundError('case');
      if (!PHYSICIAN_ITEMS.has(checklistItem)) throw new NotFoundError('checklist item');
      const row = await findCase(db, caseId);
      if (!row) throw new NotFoundError('case');
      if (!canAddDocuments(row.status)) throw documentRefusals.closed();
      return row;
    }
    const actor = await actorOfUser(uploader.userId);
    const row = await loadVisibleCase(db, actor, caseId);
    if (!caseAbilities(actor, row).addDocuments) throw documentRefusals.closed();
    return row;
  }

  /** A version's bytes for download or the viewer, after the case's visibility and the file's own rules. */
  async function readVersion(
    user: DocumentUser,
    target: { caseId: string; documentId: string; versionNumber: number },
    meta: RequestMeta,
    purpose: 'download' | 'view',
  ): Promise<OpenedFile> {
    const { caseId, documentId, versionNumber } = target;
    const actor = await caseActorOf(db, user);
    const row = await loadVisibleCase(db, actor, caseId);
    const document = await findDocument(db, caseId, documentId);
    const version = document ? await findVersion(db, document.id, versionNumber) : undefined;
    if (!version) throw new NotFoundError('document');
    const viewType = VIEWABLE_TYPES[version.kind];
    const refusal =
      version.scanState === 'infected'
        ? 'quarantined'
        : purpose === 'view' && (!viewType || version.scanState === 'pending')
          ? 'not_viewable'
          : null;
    await audit.record({
      actor: { userId: user.id, role: user.role },
      action: purpose === 'view' ? 'document.view' : 'document.download',
      outcome: refusal ? 'denied' : 'success',
      target: { type: 'document', id: documentId },
      patientUserId: row.patientUserId,
      ip: meta.ip,
      requestId: meta.requestId,
      details: { version: versionNumber, ...(refusal ? { reason: refusal } : {}) },
    });
    if (refusal === 'quarantined') throw documentRefusals.quarantined();
    if (refusal === 'not_viewable') throw documentRefusals.notViewable();
    const { authTag, ...encryption } = version.encryption as StoredEncryption;
    const body = await openDecrypted(deps.store, deps.masters, version.storageKey, { encryption, authTag });
    const mediaType = purpose === 'view' && viewType ? viewType : version.mediaType;
    return { body, fileName: version.fileName, mediaType, bytes: version.bytes };
  }

  return {
    /**
     * Before any byte is accepted: whose case, open for documents, a real item, within the quota — stored
     * files plus the uploads still under way (`pendingBytes`, as announced).
     */
    async checkCreation(ownerId: string, creation: UploadCreation, pendingBytes = 0): Promise<void> {
      const checklistItem = checklistItemOf(creation);
      const row = await caseOpenTo(uploaderOf(ownerId), creation.caseId, checklistItem);
      if (creation.replaces && !(await findDocument(db, row.id, creation.replaces))) {
        throw new NotFoundError('document');
      }
      const used = await usedBytesOfCase(db, row.id);
      if (used + pendingBytes + creation.length > deps.maxCaseBytes)
        throw documentRefusals.caseFull(readableBytes(deps.maxCaseBytes));
    },

    /** Records a finalized file as a document version; a retried finalize of the same upload is a no-op. */
    async record(file: FinalizedFile): Promise<void> {
      const uploader = uploaderOf(file.upload.ownerId);
      const changedSeries = new Set<string>();
      await db.transaction(async (tx) => {
        if (await findVersionByUpload(tx, file.upload.uploadId)) return;
        const row = await findCaseForUpdate(tx, file.upload.caseId);
        if (!row) throw new Error('finalized upload for a case that does not exist');
        const now = clock.now();
        const user = uploader.kind === 'user' ? await findUserById(tx, uploader.userId) : undefined;
        const encryption: StoredEncryption = { ...file.stored.encryption, authTag: file.stored.authTag };
        const version = {
          uploadId: file.upload.uploadId,
          fileName: file.upload.fileName,
          kind: file.kind,
          mediaType: file.mediaType,
          bytes: file.stored.bytes,
          sha256: file.stored.sha256,
          storageKey: file.storageKey,
          encryption,
          scanState: file.scan.state,
          scanSignature: file.scan.state === 'infected' ? file.scan.signature : null,
          scannedAt: now,
          uploadedBy:
            uploader.kind === 'physician' ? 'physician' : user?.role === 'patient' ? 'applicant' : 'staff',
          uploadedByUserId: user?.id ?? null,
          physicianLinkId: uploader.kind === 'physician' ? uploader.linkId : null,
          createdAt: now,
        } as const;
        const existing = file.upload.replaces
          ? await findDocument(tx, row.id, file.upload.replaces)
          : undefined;
        const saved = existing
          ? { documentId: existing.id, version: await insertNextVersion(tx, existing.id, version) }
          : await insertDocumentWithVersion(
              tx,
              { caseId: row.id, checklistItem: file.upload.checklistItem, createdAt: now },
              version,
            ).then((created) => ({ documentId: created.document.id, version: created.version }));

        // A single image, or every image of a zipped CD; an infected file stays out of the viewers.
        const images = [
          ...(file.dicom?.kind === 'instance' ? [{ entryName: null, info: file.dicom }] : []),
          ...(file.zip?.images ?? []),
        ];
        if (file.scan.state !== 'infected' && images.length > 0) {
          const identity = applicationIdentityOf(applicationDraftSchema.catch({}).parse(row.application));
          for (const image of images) {
            const ingested = await ingestDicomInstance(tx, {
              caseId: row.id,
              versionId: saved.version.id,
              entryName: image.entryName,
              instance: image.info,
              identity,
            });
            changedSeries.add(ingested.seriesId);
          }
        }
        await appendCaseEvent(tx, {
          caseId: row.id,
          at: now,
          actorKind: uploader.kind === 'physician' ? 'physician' : (user?.role ?? 'system'),
          actorUserId: user?.id ?? null,
          type: 'document_added',
          details: {
            documentId: saved.documentId,
            version: saved.version.version,
            checklistItem: file.upload.checklistItem,
            scanState: file.scan.state,
          },
        });
        await audit.record(
          {
            actor: user ? { userId: user.id, role: user.role } : null,
            action: 'document.upload',
            outcome: 'success',
            target: { type: 'document', id: saved.documentId },
            patientUserId: row.patientUserId,
            details: {
              version: saved.version.version,
              via: uploader.kind === 'physician' ? 'physician_link' : 'account',
              scanState: file.scan.state,
              ...(uploader.kind === 'physician' ? { linkId: uploader.linkId } : {}),
            },
          },
          tx,
        );
      });
      for (const seriesId of changedSeries) deps.onSeriesChanged?.(seriesId);
    },

    async list(
      user: DocumentUser,
      caseId: string,
      meta: RequestMeta,
      locale: Locale,
      limits: { maxFileBytes: number },
    ): Promise<CaseDocumentsResponse> {
      const actor = await caseActorOf(db, user);
      const row = await loadVisibleCase(db, actor, caseId);
      const abilities = caseAbilities(actor, row);
      const [documentRows, dicom, profile, usedBytes] = await Promise.all([
        listDocuments(db, caseId),
        dicomSummaryByDocument(db, caseId),
        deps.profiles.current(),
        usedBytesOfCase(db, caseId),
      ]);
      const versions = await listVersions(
        db,
        documentRows.map((document) => document.id),
      );
      const documents = presentDocuments(documentRows, versions, dicom, abilities.removeDocuments);
      const draft = applicationDraftSchema.catch({}).parse(row.application);
      const asOf = calendarDateIn(row.submittedAt ?? clock.now(), profile.timeZone);
      await audit.record({
        actor: { userId: user.id, role: user.role },
        action: 'case.documents.read',
        outcome: 'success',
        target: { type: 'case', id: caseId },
        patientUserId: row.patientUserId,
        ip: meta.ip,
        requestId: meta.requestId,
      });
      return {
        checklist: presentChecklist(checklistFor(draft, profile, asOf), documents, locale),
        documents,
        canUpload: abilities.addDocuments,
        limits: { maxFileBytes: limits.maxFileBytes, maxCaseBytes: deps.maxCaseBytes, usedBytes },
      };
    },

    /** R-DOC-06: only the applicant, only before submission; the database enforces it too. */
    async remove(user: DocumentUser, caseId: string, documentId: string, meta: RequestMeta): Promise<void> {
      await db.transaction(async (tx) => {
        const actor = await caseActorOf(tx, user);
        await findCaseForUpdate(tx, caseId);
        const row = await loadVisibleCase(tx, actor, caseId);
        const document = await findDocument(tx, caseId, documentId);
        if (!document) throw new NotFoundError('document');
        if (!caseAbilities(actor, row).removeDocuments) throw documentRefusals.notRemovable();
        await deleteDocument(tx, documentId);
        await audit.record(
          {
            actor: { userId: user.id, role: user.role },
            action: 'document.remove',
            outcome: 'success',
            target: { type: 'document', id: documentId },
            patientUserId: row.patientUserId,
            ip: meta.ip,
            requestId: meta.requestId,
            details: { checklistItem: document.checklistItem },
          },
          tx,
        );
      });
    },

    /** A series preview (PNG) of a case the caller may see; audited like any view of the record. */
    async thumbnail(
      user: DocumentUser,
      caseId: string,
      seriesId: string,
      meta: RequestMeta,
    ): Promise<Readable> {
      const actor = await caseActorOf(db, user);
      const row = await loadVisibleCase(db, actor, caseId);
      const series = await findSeriesOfCase(db, caseId, seriesId);
      if (!series?.thumbnailKey || !series.thumbnailEncryption) throw new NotFoundError('thumbnail');
      await audit.record({
        actor: { userId: user.id, role: user.role },
        action: 'document.thumbnail.read',
        outcome: 'success',
        target: { type: 'dicom_series', id: seriesId },
        patientUserId: row.patientUserId,
        ip: meta.ip,
        requestId: meta.requestId,
      });
      const { authTag, ...encryption } = series.thumbnailEncryption as StoredEncryption;
      return openDecrypted(deps.store, deps.masters, series.thumbnailKey, { encryption, authTag });
    },

    /** One version as an attachment (audited as document.download); an infected one never leaves. */
    open(
      user: DocumentUser,
      caseId: string,
      documentId: string,
      versionNumber: number,
      meta: RequestMeta,
    ): Promise<OpenedFile> {
      return readVersion(user, { caseId, documentId, versionNumber }, meta, 'download');
    },

    /**
     * One version for the console's own viewer (audited as document.view): PDF, JPEG and PNG only, never
     * infected or still being scanned, and served with the type its kind says, not the one it came with.
     */
    view(
      user: DocumentUser,
      caseId: string,
      documentId: string,
      versionNumber: number,
      meta: RequestMeta,
    ): Promise<OpenedFile> {
      return readVersion(user, { caseId, documentId, versionNumber }, meta, 'view');
    },
  };
}
