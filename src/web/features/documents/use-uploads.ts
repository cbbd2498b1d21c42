import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import type { CaseDocumentsResponse } from '../../../shared/contracts/documents.js';
import { documentsQueryKey } from './api.js';
import { uploadControllerFor, type UploadController, type UploadSnapshot } from './upload-controller.js';
import { isBusy } from './upload-schedule.js';

/**
 * A CD's files arrive several a second: the documents list is fetched again at most this often, and
 * once more after the last one, instead of once per file.
 */
const REFETCH_EVERY_MS = 3_000;

/** The case's upload controller, kept in step with the server's documents and the page's life. */
export function useUploadController(
  caseId: string,
  documents: CaseDocumentsResponse | undefined,
): UploadController {
  const controller = uploadControllerFor(caseId);
  const queryClient = useQueryClient();

  useEffect(() => {
    if (documents) controller.setDocuments(documents);
  }, [controller, documents]);

  useEffect(() => {
    let timer: number | null = null;
    let last = 0;
    const refetch = () => {
      last = Date.now();
      timer = null;
      void queryClient.invalidateQueries({ queryKey: documentsQueryKey(caseId) });
    };
    const unsubscribe = controller.onReceived(() => {
      if (timer !== null) return;
      timer = window.setTimeout(refetch, Math.max(0, last + REFETCH_EVERY_MS - Date.now()));
    });
    return () => {
      unsubscribe();
      if (timer !== null) refetch();
    };
  }, [controller, caseId, queryClient]);

  return controller;
}

export function useUploadSnapshot(controller: UploadController): UploadSnapshot {
  return useSyncExternalStore(controller.subscribe, controller.getSnapshot);
}

/** Asks before the tab is closed or reloaded while files are still being sent or checked. */
export function useLeaveWarning(snapshot: UploadSnapshot): void {
  const busy = isBusy(snapshot.state);
  useEffect(() => {
    if (!busy) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [busy]);
}
