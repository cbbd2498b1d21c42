import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Application } from '../contracts/application.js';
import type { EligibilityAnswers } from '../contracts/eligibility.js';

/** The eligibility questions (SPEC §4) as answered by a complete application. */
export function eligibilityAnswersOf(application: Application): EligibilityAnswers {
  const { patient, attendance, physician, consultation, declarations } = application;
  return {
    patient: {
      birthDate: patient.birthDate,
      deceased: patient.deceased,
      livesInJapan: patient.livesInJapan,
      japaneseNational: patient.japaneseNational,
      hasJapaneseHealthInsurance: patient.hasJapaneseHealthInsurance,
    },
    attendance: attendance.attendance,
    family:
      attendance.attendance === 'patient'
        ? []
        : attendance.family.map((member) => ({
            relationship: member.relationship,
            livesWithPatient: member.livesWithPatient,
          })),
    patientConsent: attendance.patientConsent,
    primaryPhysicianAgrees: physician.agrees,
    canProvideMaterials: consultation.canProvideMaterials,
    purposes: consultation.purposes,
    department: consultation.department,
    condition: consultation.condition,
    consultFromJapan: declarations.consultFromJapan,
  };
}

/**
 * R-DOC-07: the contact phone must reach someone on weekday daytime, so it must be a real Japanese
 * number (fixed or mobile; a service number such as 0120 cannot be called back reliably). Hyphens,
 * spaces and full-width digits are fine.
 */
export function isWeekdayReachablePhone(phone: string): boolean {
  const parsed = parsePhoneNumberFromString(phone.normalize('NFKC'), 'JP');
  if (!parsed?.isValid() || parsed.country !== 'JP') return false;
  const type = parsed.getType();
  return type === 'FIXED_LINE' || type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' || type === 'VOIP';
}
