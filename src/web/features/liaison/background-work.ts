import type { LiaisonCaseView } from '../../../shared/contracts/liaison.js';

/**
 * Whether the server is still working on the case in the background (series previews, malware scans):
 * the case view then asks again now and then, so the states change on screen without a reload.
 */
export function hasBackgroundWork(view: Pick<LiaisonCaseView, 'imaging' | 'documents'> | undefined): boolean {
  if (!view) return false;
  const previews = view.imaging.some((study) =>
    study.series.some((series) => series.thumbnailState === 'pending'),
  );
  const scans = view.documents.some((document) => document.versions[0]?.scanState === 'pending');
  return previews || scans;
}

/** How often to ask while work is pending: each opening is audited, so not too often. */
export const BACKGROUND_POLL_MS = 10_000;
