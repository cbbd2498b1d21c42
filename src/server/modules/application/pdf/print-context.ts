import type { Application } from '../../../../shared/contracts/application.js';
import type { HospitalProfile, PhoneDesk } from '../../../../shared/contracts/profile.js';
import type { Relationship } from '../../../../shared/domain/kinship.js';
import type { Locale } from '../../../../shared/i18n/locale.js';
import { relationshipNames } from '../../../../shared/i18n/relationship-names.js';

/**
 * What a printed form needs besides the applicant's answers, already in the form's language: the
 * renderers never look anything up, so they stay pure and every hospital fact comes from the profile.
 */
export interface PrintHospital {
  name: string;
  serviceName: string;
  liaisonCentreName: string;
  /** The second-opinion desk's number as published. */
  phone: string;
  /** When and how to call, e.g. 音声案内 4番 / 10:00–17:00（土・日・祝日・年末年始を除く）. */
  phoneHours: string;
  postalAddress: { postalCode: string; address: string; recipient: string };
  privacyPolicy: string;
  /** The zone that turns the submission instant into the printed date. */
  timeZone: string;
}

export interface PrintContext {
  caseNumber: string | null;
  /** ISO 8601 instant of submission; null for a draft printed before submitting. */
  submittedAt: string | null;
  locale: Locale;
  hospital: PrintHospital;
  departmentName: string;
  /** The condition's name, or the applicant's free text as entered. */
  conditionName: string;
  relationshipName: (relationship: Relationship) => string;
}

const weekdayNames: Record<Locale, readonly string[]> = {
  ja: ['日', '月', '火', '水', '木', '金', '土'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

function phoneHours(desk: PhoneDesk, locale: Locale): string {
  const closed = desk.closedWeekdays.map((day) => weekdayNames[locale][day] ?? '');
  if (locale === 'ja') {
    if (desk.closedOnNationalHolidays) closed.push('祝日');
    if (desk.yearEndBreak) closed.push('年末年始');
    const menu = desk.menuOption ? `音声案内 ${desk.menuOption}番 / ` : '';
    const except = closed.length > 0 ? `（${closed.join('・')}を除く）` : '';
    return `${menu}${desk.opensAt}–${desk.closesAt}${except}`;
  }
  if (desk.closedOnNationalHolidays) closed.push('public holidays');
  if (desk.yearEndBreak) closed.push('the New Year break');
  const menu = desk.menuOption ? `option ${desk.menuOption}, ` : '';
  const except = closed.length > 0 ? ` (closed ${closed.join(', ')})` : '';
  return `${menu}${desk.opensAt}–${desk.closesAt}${except}`;
}

export function printHospitalFrom(profile: HospitalProfile, locale: Locale): PrintHospital {
  const { postalAddress } = profile;
  return {
    name: profile.name[locale],
    serviceName: profile.serviceName[locale],
    liaisonCentreName: profile.liaisonCentreName[locale],
    phone: profile.phoneDesk.number,
    phoneHours: phoneHours(profile.phoneDesk, locale),
    postalAddress: {
      postalCode: postalAddress.postalCode,
      address: postalAddress.address[locale],
      recipient: `${postalAddress.institution[locale]} ${postalAddress.recipient[locale]}`,
    },
    privacyPolicy: profile.privacyPolicy[locale],
    timeZone: profile.timeZone,
  };
}

/**
 * The context for printing an application: department and condition names from the profile (a code the
 * profile no longer has, or a free-text condition, is printed as it is).
 */
export function printContextFor(
  profile: HospitalProfile,
  application: Pick<Application, 'consultation'>,
  options: { locale: Locale; caseNumber: string | null; submittedAt: string | null },
): PrintContext {
  const { department: departmentCode, condition } = application.consultation;
  const department = profile.departments.find((candidate) => candidate.code === departmentCode);
  const knownCondition = department?.conditions.find((candidate) => candidate.code === condition);
  return {
    caseNumber: options.caseNumber,
    submittedAt: options.submittedAt,
    locale: options.locale,
    hospital: printHospitalFrom(profile, options.locale),
    departmentName: department?.name[options.locale] ?? departmentCode,
    conditionName: knownCondition?.name[options.locale] ?? condition,
    relationshipName: (relationship) => relationshipNames[options.locale][relationship],
  };
}
