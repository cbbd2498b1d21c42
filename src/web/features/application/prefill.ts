import type { EligibilityRequestInput } from '../../../shared/contracts/eligibility.js';
import type { FormDraft } from './form-draft.js';

/**
 * A new application starts from the pre-check the person just answered on this device, so nothing is
 * asked twice. Family members come with their relationship and household, their names still to type.
 */
export function draftFromPrecheck(answers: EligibilityRequestInput): FormDraft {
  const { patient, attendance } = answers;
  return {
    patient: {
      birthDate: patient.birthDate,
      deceased: patient.deceased,
      livesInJapan: patient.livesInJapan,
      japaneseNational: patient.japaneseNational,
      hasJapaneseHealthInsurance: patient.hasJapaneseHealthInsurance,
    },
    attendance: {
      attendance,
      family:
        attendance === 'patient'
          ? []
          : (answers.family ?? []).map((member) => ({
              name: {},
              relationship: member.relationship,
              livesWithPatient: member.livesWithPatient,
            })),
      ...(answers.patientConsent === undefined ? {} : { patientConsent: answers.patientConsent }),
    },
    physician: { agrees: answers.primaryPhysicianAgrees },
    consultation: {
      department: answers.department,
      ...(answers.condition === undefined ? {} : { condition: answers.condition }),
      purposes: [...answers.purposes],
      canProvideMaterials: answers.canProvideMaterials,
    },
    declarations: { consultFromJapan: answers.consultFromJapan },
  };
}
