import type { DepartmentView } from '../../../shared/contracts/departments.js';
import type { FormDraft } from './form-draft.js';
import type { StepContext } from './steps.js';

/** Fixtures for the unit tests beside this file: a small hospital and one whole application. */

const department = (code: string, ja: string, conditions: string[] = []): DepartmentView => ({
  code,
  name: { ja, en: code },
  consultationWeekdays: [1, 3],
  conditions: conditions.map((condition) => ({ code: condition, name: { ja: condition, en: condition } })),
  documentRequirements: [],
});

export const testContext: StepContext = {
  today: '2026-06-15',
  consentExemptUnderAge: 18,
  departments: [department('geriatrics', '老年病科', ['dementia']), department('pediatrics', '小児科')],
};

const address = { postalCode: '113-8655', prefecture: '東京都', city: '文京区本郷7-3-1' };

/** Everything answered, for the daughter of an 80-year-old patient who attends alone. */
export function completeDraft(): FormDraft {
  return {
    patient: {
      name: { familyName: '山田', givenName: '太郎', familyNameKana: 'ヤマダ', givenNameKana: 'タロウ' },
      birthDate: '1946-01-01',
      sex: 'male',
      address,
      phone: '03-5800-8630',
      email: 'taro@example.jp',
      deceased: false,
      livesInJapan: true,
      japaneseNational: true,
      hasJapaneseHealthInsurance: true,
    },
    attendance: {
      attendance: 'family_only',
      family: [
        {
          name: { familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ' },
          relationship: 'child',
          livesWithPatient: false,
        },
      ],
      patientConsent: 'signed',
    },
    physician: {
      name: '佐藤 一郎',
      institution: '本郷クリニック',
      department: '内科',
      address,
      phone: '03-1234-5678',
      agrees: true,
    },
    consultation: {
      department: 'geriatrics',
      condition: 'dementia',
      currentDiagnosis: 'アルツハイマー型認知症',
      currentTreatment: '内服薬',
      questions: '今の治療でよいか',
      purposes: ['treatment_opinion'],
      canProvideMaterials: true,
    },
    preferences: { preferredDates: ['2026-07-01'], timeOfDay: 'morning' },
    declarations: { privacyPolicyAccepted: true, consultFromJapan: true },
  };
}
