import type {
  CaseDocument,
  ChecklistItem,
  DocumentVersionView,
} from '../../../../shared/contracts/documents.js';
import type { DocumentCode } from '../../../../shared/contracts/profile.js';
import { checklistState, FILLED_ONLINE } from '../../../../shared/domain/case-documents.js';
import { documentTitle, type RulesLocale } from '../../../../shared/i18n/rules-messages.js';
import type { DicomSummaryRow } from './dicom-ingest.js';
import type { DocumentRow, VersionRow } from './document.repository.js';

/** What leaves the server about documents: never a storage key, wrapped key or scanner detail. */

function presentVersion(version: VersionRow): DocumentVersionView {
  return {
    version: version.version,
    fileName: version.fileName,
    kind: version.kind,
    mediaType: version.mediaType,
    bytes: version.bytes,
    sha256: version.sha256,
    scanState: version.scanState,
    uploadedAt: version.createdAt.toISOString(),
    uploadedBy: version.uploadedBy,
  };
}

export function presentDocuments(
  documents: readonly DocumentRow[],
  versions: readonly VersionRow[],
  dicom: ReadonlyMap<string, DicomSummaryRow>,
  removable: boolean,
): CaseDocument[] {
  const byDocument = new Map<string, VersionRow[]>();
  for (const version of versions) {
    byDocument.set(version.documentId, [...(byDocument.get(version.documentId) ?? []), version]);
  }
  const firstWithHash = new Map<string, string>();
  return documents.flatMap((document) => {
    const own = byDocument.get(document.id) ?? [];
    const latest = own[0];
    if (!latest) return [];
    const duplicateOf = firstWithHash.get(latest.sha256) ?? null;
    if (!duplicateOf) firstWithHash.set(latest.sha256, document.id);
    const summary = dicom.get(document.id);
    return [
      {
        id: document.id,
        checklistItem: document.checklistItem as DocumentCode,
        review: document.review,
        rejectionReason: document.rejectionReason,
        removable,
        versions: own.map(presentVersion),
        dicom: summary
          ? {
              studies: summary.studies,
              series: summary.series,
              instances: summary.instances,
              identityMismatch: summary.mismatches > 0,
            }
          : null,
        duplicateOf,
      },
    ];
  });
}

/** The checklist in the domain's order; items holding documents but no longer required stay listed. */
export function presentChecklist(
  required: readonly DocumentCode[],
  documents: readonly CaseDocument[],
  locale: RulesLocale,
): ChecklistItem[] {
  const codes = [...required];
  for (const document of documents) {
    if (!codes.includes(document.checklistItem)) codes.push(document.checklistItem);
  }
  return codes.map((code) => {
    const held = documents.filter((document) => document.checklistItem === code);
    const rejected = held.find((document) => document.review === 'rejected');
    return {
      code,
      title: documentTitle(locale, code),
      filledOnline: FILLED_ONLINE.has(code),
      state: checklistState(held.map((document) => document.review)),
      rejectionReason: rejected?.rejectionReason ?? null,
      documentIds: held.map((document) => document.id),
    };
  });
}
