import { useSyncExternalStore } from 'react';
import { UploadController, type UploadSnapshot } from '../documents/upload-controller.js';
import { useUploadSnapshot } from '../documents/use-uploads.js';
import { bearer } from './api.js';
import {
  receiptsOf,
  saveSession,
  withReceipts,
  type PhysicianSession,
  type SentReceipt,
  type SessionStore,
} from './physician-session.js';

type Listener = () => void;

/**
 * The receipts of this tab's visit: those kept from before a reload, plus every file the server
 * confirms from now on, written back to the tab's storage as they arrive. Fed by the controller, so a
 * receipt is never lost when the list of uploads on screen is tidied.
 */
class ReceiptBook {
  private receipts: readonly SentReceipt[];
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly session: PhysicianSession,
    private readonly storage: SessionStore | null,
    controller: UploadController,
  ) {
    this.receipts = session.receipts;
    controller.subscribe(() => this.take(controller.getSnapshot()));
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): readonly SentReceipt[] => this.receipts;

  private take(snapshot: UploadSnapshot): void {
    const next = withReceipts(this.receipts, receiptsOf(snapshot.state));
    if (next === this.receipts) return;
    this.receipts = next;
    saveSession(this.storage, { token: this.session.token, receipts: [...next] });
    for (const listener of this.listeners) listener();
  }
}

type Visit = { controller: UploadController; receipts: ReceiptBook };
const visits = new Map<string, Visit>();

/**
 * One link's uploads for the page's lifetime (like the applicant's controller, which lives per case;
 * here per token, so a second link opened in the same tab never sends with the first one's token).
 */
function visitOf(caseId: string, session: PhysicianSession, storage: SessionStore | null): Visit {
  let visit = visits.get(session.token);
  if (!visit) {
    const controller = new UploadController(caseId, { headers: bearer(session.token) });
    visit = { controller, receipts: new ReceiptBook(session, storage, controller) };
    visits.set(session.token, visit);
  }
  return visit;
}

export function usePhysicianUploads(caseId: string, session: PhysicianSession, storage: SessionStore | null) {
  const visit = visitOf(caseId, session, storage);
  const snapshot = useUploadSnapshot(visit.controller);
  const receipts = useSyncExternalStore(visit.receipts.subscribe, visit.receipts.getSnapshot);
  return { controller: visit.controller, snapshot, receipts };
}
