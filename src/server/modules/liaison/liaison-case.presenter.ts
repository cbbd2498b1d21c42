import { z } from 'zod';
import type { CaseDocument, ChecklistItem } from '../../../shared/contracts/documents.js';
import { eligibilityOutcomeSchema, reasonCodeSchema } from '../../../shared/contracts/eligibility.js';
import type { LiaisonCaseView } from '../../../shared/contracts/liaison.js';
import type { HospitalProfile } from '../../../shared/contracts/profile.js';
import { reasonRules } from '../../../shared/domain/eligibility.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { reasonMessage } from '../../../shared/i18n/rules-messages.js';
import type { CaseEventRow } from '../cases/case-event.repository.js';
import { presentCaseSummary, storedApplication } from '../cases/case.presenter.js';
import type { CaseRow } from '../cases/case.repository.js';
import type { CaseLiaisonRow, StaffUser } from './liaison-case.repository.js';
import type { identityFindings, SeriesRecord } from './liaison-imaging.repository.js';

/**
 * What the console shows of a case: everything staff need to screen and decide. The one place to check
 * what leaves the server for staff; storage keys, wrapped keys and scanner details never do.
 */

type Finding = Awaited<ReturnType<typeof identityFindings>>[number];
type Viewer = { userId: string; role: string | null; lastViewedAt: Date; views: number };

const storedEligibility = z.object({
  outcome: eligibilityOutcomeSchema,
  reasons: z.array(reasonCodeSchema),
});

const staffRef = (people: ReadonlyMap<string, StaffUser>, id: string | null) => {
  const person = id ? people.get(id) : undefined;
  return person ? { id: person.id, name: person.name } : null;
};

/** The note an event carries for the applicant, in the caller's language (as case-status.presenter). */
function noteOf(details: Record<string, unknown>, locale: Locale): string | null {
  const note = details.note;
  if (typeof note === 'string') return note;
  const parsed = z.object({ ja: z.string(), en: z.string() }).safeParse(note);
  return parsed.success ? parsed.data[locale] : null;
}

/** Event details are codes and ids by design; only these known keys are shown. */
const DETAIL_KEYS = [
  'items',
  'reasonCode',
  'decision',
  'documentId',
  'checklistItem',
  'version',
  'scanState',
  'outcome',
  'channel',
  'method',
  'specialistUserId',
  'callId',
] as const;
const detailValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

function presentDetails(details: Record<string, unknown>) {
  const shown: Record<string, z.infer<typeof detailValue>> = {};
  for (const key of DETAIL_KEYS) {
    const parsed = detailValue.safeParse(details[key]);
    if (parsed.success) shown[key] = parsed.data;
  }
  return shown;
}

const detailsOf = (event: CaseEventRow) => z.record(z.string(), z.unknown()).catch({}).parse(event.details);

function presentTimeline(
  events: readonly CaseEventRow[],
  people: ReadonlyMap<string, StaffUser>,
  locale: Locale,
) {
  return events.map((event) => {
    const details = detailsOf(event);
    return {
      at: event.at.toISOString(),
      type: event.type,
      kind: typeof details.kind === 'string' ? details.kind : null,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      actor: { kind: event.actorKind, user: staffRef(people, event.actorUserId) },
      note: noteOf(details, locale),
      details: presentDetails(details),
    };
  });
}

const dicomPatientSchema = z.object({
  id: z.string().nullable().catch(null),
  birthDate: z.string().nullable().catch(null),
  name: z
    .object({
      alphabetic: z.object({ family: z.string(), given: z.string() }).nullable().catch(null),
      ideographic: z.object({ family: z.string(), given: z.string() }).nullable().catch(null),
      phonetic: z.object({ family: z.string(), given: z.string() }).nullable().catch(null),
    })
    .catch({ alphabetic: null, ideographic: null, phonetic: null }),
});

/** The name as DICOM writes it: Yamada^Tarou=山田^太郎=やまだ^たろう. */
function dicomNameText(patient: z.infer<typeof dicomPatientSchema>): string {
  const group = (g: { family: string; given: string } | null) => (g ? `${g.family}^${g.given}` : '');
  const { alphabetic, ideographic, phonetic } = patient.name;
  return [group(alphabetic), group(ideographic), group(phonetic)].join('=').replace(/=+$/, '');
}

function presentImaging(
  series: readonly SeriesRecord[],
  findings: readonly Finding[],
): LiaisonCaseView['imaging'] {
  const studies: LiaisonCaseView['imaging'] = [];
  for (const record of series) {
    let study = studies.find((candidate) => candidate.id === record.studyId);
    if (!study) {
      study = {
        id: record.studyId,
        studyInstanceUid: record.studyInstanceUid,
        studyDate: record.studyDate,
        description: record.studyDescription,
        series: [],
      };
      studies.push(study);
    }
    const own = findings.filter((finding) => finding.seriesId === record.id);
    const reasons = new Set(own.flatMap((finding) => z.array(z.string()).catch([]).parse(finding.reasons)));
    const patients = own.map((finding) =>
      dicomPatientSchema
        .catch({ id: null, birthDate: null, name: { alphabetic: null, ideographic: null, phonetic: null } })
        .parse(finding.patient),
    );
    study.series.push({
      id: record.id,
      seriesInstanceUid: record.seriesInstanceUid,
      seriesNumber: record.seriesNumber,
      modality: record.modality,
      bodyPart: record.bodyPart,
      description: record.description,
      instances: record.instances,
      thumbnailState: record.thumbnailState,
      identity: {
        status: record.mismatches > 0 ? 'mismatch' : record.unknowns > 0 ? 'unknown' : 'match',
        mismatches: record.mismatches,
        unknowns: record.unknowns,
        reasons: [...reasons].sort(),
        dicomPatients: patients.map((patient) => ({
          name: dicomNameText(patient),
          birthDate: patient.birthDate,
          patientId: patient.id,
        })),
      },
    });
  }
  return studies;
}

export function presentLiaisonCase(input: {
  row: CaseRow;
  profile: HospitalProfile;
  locale: Locale;
  checklist: ChecklistItem[];
  documents: CaseDocument[];
  series: readonly SeriesRecord[];
  findings: readonly Finding[];
  events: readonly CaseEventRow[];
  viewers: readonly Viewer[];
  liaison: CaseLiaisonRow | undefined;
  people: ReadonlyMap<string, StaffUser>;
  unreadMessages: number;
  pulse: LiaisonCaseView['pulse'];
  applicantEmail: string | null;
  abilities: LiaisonCaseView['abilities'];
}): LiaisonCaseView {
  const { row, profile, locale, liaison, people } = input;
  const eligibility = storedEligibility.safeParse(row.eligibility);
  const verifiedAt = liaison?.identityVerifiedAt;
  const method = liaison?.identityVerificationMethod;
  return {
    case: presentCaseSummary(row),
    application: storedApplication(row),
    eligibility: eligibility.success
      ? {
          outcome: eligibility.data.outcome,
          reasons: eligibility.data.reasons.map((code) => ({
            code,
            rule: reasonRules[code],
            message: reasonMessage(locale, code, profile),
          })),
        }
      : null,
    checklist: input.checklist,
    documents: input.documents,
    imaging: presentImaging(input.series, input.findings),
    timeline: presentTimeline(input.events, people, locale),
    viewers: input.viewers.flatMap((viewer) => {
      const user = staffRef(people, viewer.userId);
      return user
        ? [{ user, role: viewer.role, lastViewedAt: viewer.lastViewedAt.toISOString(), views: viewer.views }]
        : [];
    }),
    identityVerification:
      verifiedAt && method
        ? {
            verifiedAt: verifiedAt.toISOString(),
            verifiedBy: staffRef(people, liaison.identityVerifiedBy),
            method,
          }
        : null,
    specialist: staffRef(people, liaison?.specialistUserId ?? null),
    applicantEmail: input.applicantEmail,
    unreadMessages: input.unreadMessages,
    pulse: input.pulse,
    abilities: input.abilities,
  };
}
