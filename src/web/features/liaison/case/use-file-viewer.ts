import { useCallback, useState } from 'react';
import { versionContentUrl } from '../api.js';

export { showableInline, viewableOf, type Viewable } from './viewable.js';

/** How long a PDF's tab keeps its copy: the browser's viewer has read it long before. */
const PDF_URL_LIFETIME_MS = 5 * 60_000;

async function fileBlob(url: string): Promise<Blob> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(String(response.status));
  return response.blob();
}

/**
 * Opens a PDF in a new tab. The server sends files as attachments (never rendered as its own page), so
 * the bytes are fetched and shown from a blob: URL; the tab is opened at once, inside the click, so
 * the browser does not take it for a pop-up.
 */
export function useOpenPdf() {
  const [failed, setFailed] = useState(false);
  const open = useCallback(async (caseId: string, documentId: string, version: number) => {
    setFailed(false);
    const tab = window.open('about:blank', '_blank');
    try {
      const blob = await fileBlob(versionContentUrl(caseId, documentId, version));
      const url = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
      if (!tab) {
        URL.revokeObjectURL(url);
        setFailed(true);
        return;
      }
      tab.location.href = url;
      window.setTimeout(() => URL.revokeObjectURL(url), PDF_URL_LIFETIME_MS);
    } catch {
      tab?.close();
      setFailed(true);
    }
  }, []);
  return { open, failed };
}

export { fileBlob };
