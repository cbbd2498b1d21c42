import type { CasePulse, LiaisonCaseView } from '../../../shared/contracts/liaison.js';

/**
 * Whether the case moved on since the view was read: a new event (a doctor's answer, a document, a call;
 * every change of status is one) or a new message. Both counts only grow, so only "more" is news: a pulse
 * older than the view (after this coordinator's own action reloaded it) is not.
 */
export function caseHasNews(pulse: CasePulse, view: Pick<LiaisonCaseView, 'pulse'>): boolean {
  return pulse.events > view.pulse.events || pulse.messages > view.pulse.messages;
}

/** How often an open case asks whether anything happened: cheap, unaudited, no patient data. */
export const PULSE_MS = 15_000;
