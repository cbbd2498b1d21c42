import type { CaseStatusView } from '../../../shared/contracts/cases.js';
import { applyCaseCommand, type CaseStatus } from '../../../shared/domain/case-status.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { CaseEventRow } from './case-event.repository.js';
import type { CaseRow } from './case.repository.js';
import { presentCaseSummary } from './case.presenter.js';

/** Who acts now, for "what happens next" (UX: every status screen answers it). */
const NEXT_ACTOR: Record<CaseStatus, CaseStatusView['nextActor']> = {
  draft: 'applicant',
  submitted: 'liaison_centre',
  screening: 'liaison_centre',
  awaiting_information: 'applicant',
  department_review: 'department',
  accepted: 'liaison_centre',
  declined: 'nobody',
  scheduling: 'liaison_centre',
  scheduled: 'applicant',
  booked: 'applicant',
  in_consultation: 'department',
  consulted: 'liaison_centre',
  billed: 'department',
  reported: 'nobody',
  closed: 'nobody',
  withdrawn: 'nobody',
  cancelled: 'liaison_centre',
  no_show: 'liaison_centre',
};

/** A note for the applicant carried by an event (a decline's message, a request for material). */
function noteOf(event: CaseEventRow, locale: Locale): string | null {
  const details = event.details as { note?: { ja?: string; en?: string } | string };
  if (typeof details.note === 'string') return details.note;
  return details.note?.[locale] ?? details.note?.ja ?? null;
}

/** The timeline shows what the applicant should know: staff-internal events stay in the console. */
const PATIENT_VISIBLE = (event: CaseEventRow) => event.type !== 'internal_note';

export function presentStatusView(
  row: CaseRow,
  events: readonly CaseEventRow[],
  locale: Locale,
): CaseStatusView {
  return {
    case: presentCaseSummary(row),
    timeline: events.filter(PATIENT_VISIBLE).map((event) => ({
      at: event.at.toISOString(),
      type: event.type,
      toStatus: event.toStatus,
      actor: event.actorKind,
      note: noteOf(event, locale),
    })),
    nextActor: NEXT_ACTOR[row.status],
    canWithdraw: applyCaseCommand(row.status, 'withdraw', 'patient').ok,
  };
}
