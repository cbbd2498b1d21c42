import type { DocumentVersionView } from '../../../../shared/contracts/documents.js';

/** What the console can show itself: images in its panel, PDFs in its panel or in a new tab. */
export type Viewable = 'image' | 'pdf' | null;

export function viewableOf(version: Pick<DocumentVersionView, 'kind' | 'scanState'>): Viewable {
  // A file in which malware was found is never opened, only kept.
  if (version.scanState === 'infected') return null;
  if (version.kind === 'jpeg' || version.kind === 'png') return 'image';
  if (version.kind === 'pdf') return 'pdf';
  return null;
}

/** The server's inline endpoint also waits for the malware scan (it refuses a file still being scanned). */
export function showableInline(version: Pick<DocumentVersionView, 'kind' | 'scanState'>): boolean {
  return viewableOf(version) !== null && version.scanState !== 'pending';
}
