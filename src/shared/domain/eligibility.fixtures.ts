import type { EligibilityAnswers } from '../contracts/eligibility.js';

/** Test factory (not a test file); imports nothing from server so shared stays self-contained. */
export const ASOF = '2026-12-01';

/** A patient who may consult: every test changes only what it is about. */
export function answers(overrides: Partial<EligibilityAnswers> = {}): EligibilityAnswers {
  return {
    patient: {
      birthDate: '1950-04-01',
      deceased: false,
      livesInJapan: true,
      japaneseNational: true,
      hasJapaneseHealthInsurance: true,
    },
    attendance: 'patient',
    family: [],
    patientConsent: 'none',
    primaryPhysicianAgrees: true,
    canProvideMaterials: true,
    purposes: ['diagnosis_opinion'],
    department: 'geriatrics',
    consultFromJapan: true,
    ...overrides,
  };
}

export const patient = (p: Partial<EligibilityAnswers['patient']>) => ({ ...answers().patient, ...p });
