import type { TFunction } from 'i18next';
import type { Address, PersonName } from '../../../shared/contracts/application.js';
import type { LocalizedText } from '../../../shared/contracts/profile.js';
import { ageOn, isCalendarDate } from '../../../shared/domain/calendar.js';
import { formatJapaneseEraDate } from '../../../shared/domain/japanese-era.js';
import { relationshipNames } from '../../../shared/i18n/relationship-names.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { FormDraft } from './form-draft.js';
import { familyOnly, type StepContext, type StepId } from './steps.js';

/** One answer as the review shows it; `value` undefined means "not answered yet". */
export type ReviewRow = { label: string; value: string | undefined };
export type ReviewSection = { step: StepId; rows: ReviewRow[] };

type Words = { t: TFunction; locale: Locale; pick: (text: LocalizedText) => string; context: StepContext };

const dateTags: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

/** 2026年7月1日(水) / Wed 1 July 2026: the weekday helps to see whether the department holds clinics then. */
function calendarDate(date: string, locale: Locale, weekday: boolean): string {
  if (!isCalendarDate(date)) return date;
  return new Intl.DateTimeFormat(dateTags[locale], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(weekday ? { weekday: 'short' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

const filled = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function nameOf(name: Partial<PersonName> | undefined): string | undefined {
  const kanji = [name?.familyName, name?.givenName].filter(Boolean).join(' ');
  const kana = [name?.familyNameKana, name?.givenNameKana].filter(Boolean).join(' ');
  if (!kanji && !kana) return undefined;
  return kana ? `${kanji}（${kana}）` : kanji;
}

function addressOf(address: Partial<Address> | undefined): string | undefined {
  if (!address?.postalCode && !address?.city) return undefined;
  return [
    address.postalCode ? `〒${address.postalCode}` : '',
    address.prefecture,
    address.city,
    address.line2,
  ]
    .filter(Boolean)
    .join(' ');
}

function yesNo(value: boolean | undefined, words: Words): string | undefined {
  return value === undefined
    ? undefined
    : words.t(value ? 'application.review.yes' : 'application.review.no');
}

function birthOf(date: string | undefined, words: Words): string | undefined {
  if (!date || !isCalendarDate(date)) return undefined;
  const era = words.locale === 'ja' ? formatJapaneseEraDate(date) : null;
  return words.t('application.review.birth', {
    date: calendarDate(date, words.locale, false),
    era: era ? `（${era}）` : '',
    age: ageOn(date, words.context.today),
  });
}

function familyRows(draft: FormDraft, { t, locale }: Words): ReviewRow[] {
  const family = draft.attendance?.family ?? [];
  if (family.length === 0) return [{ label: t('application.review.labels.family'), value: undefined }];
  return family.flatMap((member, index) => [
    { label: t('application.family.member', { n: index + 1 }), value: nameOf(member.name) },
    {
      label: t('application.review.labels.relationship'),
      value: member.relationship && relationshipNames[locale][member.relationship],
    },
    {
      label: t('application.review.labels.livesWith'),
      value:
        member.livesWithPatient === undefined
          ? undefined
          : t(`precheck.questions.familyLivesWith.${member.livesWithPatient ? 'together' : 'apart'}`),
    },
  ]);
}

/** Every answer of the application, grouped by the screen that asks it, in the screens' order. */
export function reviewSections(draft: FormDraft, steps: readonly StepId[], words: Words): ReviewSection[] {
  const { t, pick, context } = words;
  const { patient, attendance, physician, consultation, preferences, declarations } = draft;
  const q = (key: string) => t(`application.review.labels.${key}`);
  const department = context.departments.find((candidate) => candidate.code === consultation?.department);
  const condition = department?.conditions.find(
    (candidate) => candidate.code === consultation?.condition,
  )?.name;

  const sections: Partial<Record<StepId, ReviewRow[]>> = {
    attendance: [
      {
        label: q('attendance'),
        value:
          attendance?.attendance && t(`precheck.questions.attendance.options.${attendance.attendance}.label`),
      },
    ],
    family: familyRows(draft, words),
    patient: [
      { label: q('name'), value: nameOf(patient?.name) },
      { label: q('birthDate'), value: birthOf(patient?.birthDate, words) },
      { label: q('sex'), value: patient?.sex && t(`application.patient.sexes.${patient.sex}`) },
    ],
    contact: [
      { label: q('address'), value: addressOf(patient?.address) },
      { label: q('phone'), value: filled(patient?.phone) },
      { label: q('email'), value: filled(patient?.email) },
    ],
    circumstances: [
      ...(familyOnly(draft)
        ? [
            {
              label: q('alive'),
              value: yesNo(patient?.deceased === undefined ? undefined : !patient.deceased, words),
            },
          ]
        : []),
      { label: q('livesInJapan'), value: yesNo(patient?.livesInJapan, words) },
      { label: q('japaneseNational'), value: yesNo(patient?.japaneseNational, words) },
      { label: q('insurance'), value: yesNo(patient?.hasJapaneseHealthInsurance, words) },
    ],
    consent: [
      {
        label: q('consent'),
        value:
          attendance?.patientConsent &&
          t(`precheck.questions.consent.options.${attendance.patientConsent}.label`),
      },
    ],
    physician: [
      { label: q('institution'), value: filled(physician?.institution) },
      { label: q('physicianDepartment'), value: filled(physician?.department) },
      { label: q('physicianName'), value: filled(physician?.name) },
      { label: q('address'), value: addressOf(physician?.address) },
      { label: q('phone'), value: filled(physician?.phone) },
      { label: q('physicianEmail'), value: filled(physician?.email) ?? t('application.review.none') },
      { label: q('agrees'), value: yesNo(physician?.agrees, words) },
    ],
    consultation: [
      { label: q('department'), value: department && pick(department.name) },
      { label: q('condition'), value: condition ? pick(condition) : filled(consultation?.condition) },
    ],
    details: [
      { label: q('currentDiagnosis'), value: filled(consultation?.currentDiagnosis) },
      { label: q('currentTreatment'), value: filled(consultation?.currentTreatment) },
      { label: q('questions'), value: filled(consultation?.questions) },
    ],
    purposes: [
      {
        label: q('purposes'),
        value:
          (consultation?.purposes ?? [])
            .map((purpose) => t(`precheck.questions.purposes.options.${purpose}`))
            .join('\n') || undefined,
      },
      { label: q('materials'), value: yesNo(consultation?.canProvideMaterials, words) },
    ],
    preferences: [
      {
        label: q('dates'),
        value:
          (preferences?.preferredDates ?? [])
            .map((date) => calendarDate(date, words.locale, true))
            .join('\n') || t('application.review.none'),
      },
      {
        label: q('timeOfDay'),
        value: preferences?.timeOfDay && t(`application.preferences.times.${preferences.timeOfDay}`),
      },
      { label: q('notes'), value: filled(preferences?.notes) ?? t('application.review.none') },
    ],
    declarations: [
      {
        label: q('privacy'),
        value: declarations?.privacyPolicyAccepted ? t('application.review.agreed') : undefined,
      },
      {
        label: q('inJapan'),
        value: declarations?.consultFromJapan ? t('application.review.agreed') : undefined,
      },
    ],
  };
  return steps.flatMap((step) => {
    const rows = sections[step];
    return rows ? [{ step, rows }] : [];
  });
}
