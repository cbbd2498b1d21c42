import type { InformationRequestView } from '../../../shared/contracts/liaison.js';
import type { ChecklistState } from '../../../shared/contracts/documents.js';

/**
 * What the "資料の追加" panel says: each requested item as arrived or not (a document sent back is not
 * there yet), and why "資料を送りました" cannot be pressed yet, when it cannot.
 */

export type RequestedItemState = 'arrived' | 'notYet' | 'sendAgain';

export type RequestedItemRow = { code: string; title: string; state: RequestedItemState };

export function requestedItemState(state: ChecklistState): RequestedItemState {
  if (state === 'received' || state === 'accepted') return 'arrived';
  return state === 'rejected' ? 'sendAgain' : 'notYet';
}

export function requestedItemRows(view: InformationRequestView): RequestedItemRow[] {
  return view.items.map((item) => ({
    code: item.code,
    title: item.title,
    state: requestedItemState(item.state),
  }));
}

/** True while some requested item still has to be sent (the way to the upload page is then the first step). */
export function somethingMissing(view: InformationRequestView): boolean {
  return view.items.some((item) => requestedItemState(item.state) !== 'arrived');
}

/**
 * Why the confirmation is not offered: the request is no longer open (someone already moved the case),
 * or nothing has been sent since the centre asked. Null when it can be pressed.
 */
export function confirmBlockedBecause(view: InformationRequestView): 'closed' | 'nothingSent' | null {
  if (view.canConfirm) return null;
  if (!view.open) return 'closed';
  return 'nothingSent';
}
