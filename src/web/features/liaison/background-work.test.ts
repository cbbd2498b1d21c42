import { describe, expect, it } from 'vitest';
import type { LiaisonCaseView } from '../../../shared/contracts/liaison.js';
import { hasBackgroundWork } from './background-work.js';

type Series = LiaisonCaseView['imaging'][number]['series'][number];
type Version = LiaisonCaseView['documents'][number]['versions'][number];

const series = (thumbnailState: Series['thumbnailState']): Series => ({
  id: '00000000-0000-4000-8000-000000000001',
  seriesInstanceUid: '1.2.3',
  seriesNumber: 1,
  modality: 'CT',
  bodyPart: null,
  description: null,
  instances: 1,
  thumbnailState,
  identity: { status: 'match', mismatches: 0, unknowns: 0, reasons: [], dicomPatients: [] },
});

const version = (version: number, scanState: Version['scanState']): Version => ({
  version,
  fileName: 'a.pdf',
  kind: 'pdf',
  mediaType: 'application/pdf',
  bytes: 1,
  sha256: 'ab',
  scanState,
  uploadedAt: '2026-11-26T01:00:00Z',
  uploadedBy: 'applicant',
});

/** The parts of a case view hasBackgroundWork reads. */
function viewWith(parts: {
  series?: Series[];
  versions?: Version[][];
}): Pick<LiaisonCaseView, 'imaging' | 'documents'> {
  return {
    imaging: [
      { id: 's', studyInstanceUid: '1', studyDate: null, description: null, series: parts.series ?? [] },
    ],
    documents: (parts.versions ?? []).map((versions, index) => ({
      id: `00000000-0000-4000-8000-00000000001${index}`,
      checklistItem: 'REFERRAL_LETTER' as const,
      review: 'received' as const,
      rejectionReason: null,
      removable: false,
      versions,
      dicom: null,
      duplicateOf: null,
    })),
  };
}

describe('background work of a case', () => {
  it('is pending while a series preview is being made', () => {
    expect(hasBackgroundWork(viewWith({ series: [series('ready'), series('pending')] }))).toBe(true);
    expect(hasBackgroundWork(viewWith({ series: [series('ready'), series('unavailable')] }))).toBe(false);
  });

  it('is pending while the newest version of a document is being scanned (older ones do not count)', () => {
    expect(hasBackgroundWork(viewWith({ versions: [[version(1, 'pending')]] }))).toBe(true);
    expect(hasBackgroundWork(viewWith({ versions: [[version(2, 'clean'), version(1, 'pending')]] }))).toBe(
      false,
    );
  });

  it('is not pending before the view has loaded', () => {
    expect(hasBackgroundWork(undefined)).toBe(false);
  });
});
