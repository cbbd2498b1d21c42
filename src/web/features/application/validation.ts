import type { Address, PersonName } from '../../../shared/contracts/application.js';
import { isCalendarDate } from '../../../shared/domain/calendar.js';
import type { FormDraft } from './form-draft.js';
import { isKanaName } from './kana.js';
import { isJapanesePhone } from './phone.js';
import { isPostalCode } from './postal-code.js';
import { familyOnly, type StepContext, type StepId } from './steps.js';

/**
 * What still stops "next" on a screen: field key ("patient.phone") → the i18n key saying how to fix it.
 * The server checks the same again at submission; these checks only save the person a round trip.
 */
export type Problems = Record<string, string>;

const e = (key: string) => `application.errors.${key}`;
const blank = (value: string | undefined) => (value ?? '').trim() === '';
const required = (value: string | undefined) => (blank(value) ? e('required') : undefined);
const chosen = (value: unknown) => (value === undefined ? e('choose') : undefined);

/** Roughly what the server's z.email accepts; the server has the last word. */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const email = (value: string | undefined) => {
  if (blank(value)) return e('required');
  return emailPattern.test((value ?? '').normalize('NFKC').trim()) ? undefined : e('email');
};
const phone = (value: string | undefined) => {
  if (blank(value)) return e('required');
  return isJapanesePhone(value ?? '') ? undefined : e('phone');
};
const kana = (value: string | undefined) => {
  if (blank(value)) return e('required');
  return isKanaName(value ?? '') ? undefined : e('kana');
};

function collect(entries: [string, string | undefined][]): Problems {
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => entry[1] !== undefined));
}

function nameProblems(prefix: string, name: Partial<PersonName> | undefined): [string, string | undefined][] {
  return [
    [`${prefix}.familyName`, required(name?.familyName)],
    [`${prefix}.givenName`, required(name?.givenName)],
    [`${prefix}.familyNameKana`, kana(name?.familyNameKana)],
    [`${prefix}.givenNameKana`, kana(name?.givenNameKana)],
  ];
}

function addressProblems(
  prefix: string,
  address: Partial<Address> | undefined,
): [string, string | undefined][] {
  const postal = address?.postalCode;
  return [
    [
      `${prefix}.postalCode`,
      blank(postal) ? e('required') : isPostalCode(postal ?? '') ? undefined : e('postalCode'),
    ],
    [`${prefix}.prefecture`, blank(address?.prefecture) ? e('choose') : undefined],
    [`${prefix}.city`, required(address?.city)],
  ];
}

function birthDateProblem(birthDate: string | undefined, today: string): string | undefined {
  if (!birthDate) return e('birthDate');
  if (!isCalendarDate(birthDate)) return e('birthDateInvalid');
  return birthDate > today ? e('birthDateFuture') : undefined;
}

function familyProblems(draft: FormDraft): [string, string | undefined][] {
  const family = draft.attendance?.family ?? [];
  if (family.length === 0) return [['attendance.family', e('familyMember')]];
  return family.flatMap((member, index): [string, string | undefined][] => [
    ...nameProblems(`attendance.family.${index}.name`, member.name),
    [`attendance.family.${index}.relationship`, chosen(member.relationship)],
    [`attendance.family.${index}.livesWithPatient`, chosen(member.livesWithPatient)],
  ]);
}

function preferenceProblems(draft: FormDraft, today: string): [string, string | undefined][] {
  const dates = draft.preferences?.preferredDates ?? [];
  return [
    ...dates.map((date, index): [string, string | undefined] => [
      `preferences.preferredDates.${index}`,
      !isCalendarDate(date) ? e('date') : date <= today ? e('dateFuture') : undefined,
    ]),
    ['preferences.timeOfDay', chosen(draft.preferences?.timeOfDay)],
  ];
}

/** The problems of one screen; an empty object when it may be left. */
export function stepProblems(step: StepId, draft: FormDraft, context: StepContext): Problems {
  const { patient, attendance, physician, consultation, declarations } = draft;
  switch (step) {
    case 'attendance':
      return collect([['attendance.attendance', chosen(attendance?.attendance)]]);
    case 'family':
      return collect(familyProblems(draft));
    case 'patient':
      return collect([
        ...nameProblems('patient.name', patient?.name),
        ['patient.birthDate', birthDateProblem(patient?.birthDate, context.today)],
        ['patient.sex', chosen(patient?.sex)],
      ]);
    case 'contact':
      return collect([
        ...addressProblems('patient.address', patient?.address),
        ['patient.phone', phone(patient?.phone)],
        ['patient.email', email(patient?.email)],
      ]);
    case 'circumstances':
      return collect([
        ['patient.deceased', familyOnly(draft) ? chosen(patient?.deceased) : undefined],
        ['patient.livesInJapan', chosen(patient?.livesInJapan)],
        ['patient.japaneseNational', chosen(patient?.japaneseNational)],
        ['patient.hasJapaneseHealthInsurance', chosen(patient?.hasJapaneseHealthInsurance)],
      ]);
    case 'consent':
      return collect([['attendance.patientConsent', chosen(attendance?.patientConsent)]]);
    case 'physician':
      return collect([
        ['physician.name', required(physician?.name)],
        ['physician.institution', required(physician?.institution)],
        ['physician.department', required(physician?.department)],
        ...addressProblems('physician.address', physician?.address),
        ['physician.phone', phone(physician?.phone)],
        ['physician.email', blank(physician?.email) ? undefined : email(physician?.email)],
        ['physician.agrees', chosen(physician?.agrees)],
      ]);
    case 'consultation':
      return collect([
        [
          'consultation.department',
          context.departments.some((department) => department.code === consultation?.department)
            ? undefined
            : e('choose'),
        ],
        ['consultation.condition', blank(consultation?.condition) ? e('condition') : undefined],
      ]);
    case 'details':
      return collect([
        ['consultation.currentDiagnosis', required(consultation?.currentDiagnosis)],
        ['consultation.currentTreatment', required(consultation?.currentTreatment)],
        ['consultation.questions', required(consultation?.questions)],
      ]);
    case 'purposes':
      return collect([
        ['consultation.purposes', (consultation?.purposes ?? []).length > 0 ? undefined : e('purposes')],
        ['consultation.canProvideMaterials', chosen(consultation?.canProvideMaterials)],
      ]);
    case 'preferences':
      return collect(preferenceProblems(draft, context.today));
    case 'declarations':
      return collect([
        [
          'declarations.privacyPolicyAccepted',
          declarations?.privacyPolicyAccepted ? undefined : e('privacy'),
        ],
        ['declarations.consultFromJapan', declarations?.consultFromJapan ? undefined : e('inJapan')],
      ]);
    case 'documents':
    case 'review':
      return {};
  }
}
