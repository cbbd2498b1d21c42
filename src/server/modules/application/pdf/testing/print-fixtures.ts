import type { Application } from '../../../../../shared/contracts/application.js';
import type { HospitalProfile } from '../../../../../shared/contracts/profile.js';
import type { Locale } from '../../../../../shared/i18n/locale.js';
import { demoHospital } from '../../../../db/seed/demo-hospital.js';
import { printContextFor, type PrintContext } from '../print-context.js';

/**
 * Realistic applications for the printing tests: an elderly patient of geriatrics attending with her
 * daughter, and a 16-year-old for whom only the parents attend.
 */
export function hanakoApplication(): Application {
  return {
    patient: {
      name: { familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ' },
      birthDate: '1946-05-03',
      sex: 'female',
      address: {
        postalCode: '1130033',
        prefecture: '東京都',
        city: '文京区本郷二丁目3-4',
        line2: '本郷ハイツ101',
      },
      phone: '03-3812-0000',
      email: 'hanako.yamada@example.jp',
      deceased: false,
      livesInJapan: true,
      japaneseNational: true,
      hasJapaneseHealthInsurance: true,
    },
    attendance: {
      attendance: 'patient_with_family',
      family: [
        {
          name: { familyName: '佐藤', givenName: '恵子', familyNameKana: 'サトウ', givenNameKana: 'ケイコ' },
          relationship: 'child',
          livesWithPatient: false,
        },
      ],
      patientConsent: 'none',
    },
    physician: {
      name: '鈴木 一郎',
      institution: '医療法人社団 本郷内科クリニック',
      department: '内科',
      address: { postalCode: '113-0034', prefecture: '東京都', city: '文京区湯島1-1-1' },
      phone: '03-3811-1111',
      email: 'suzuki@hongo-clinic.example.jp',
      agrees: true,
    },
    consultation: {
      department: 'geriatrics',
      condition: 'polypharmacy',
      currentDiagnosis: '高血圧症、2型糖尿病、骨粗鬆症。物忘れが増え、軽度認知障害の疑いと言われています。',
      currentTreatment: '降圧薬2種類、血糖降下薬、骨粗鬆症治療薬など計9種類の薬を服用しています。',
      questions:
        '薬の数が多く、ふらつきや食欲低下があります。減らせる薬があるか、専門医のご意見を伺いたいです。',
      purposes: ['treatment_opinion', 'prognosis_opinion'],
      canProvideMaterials: true,
    },
    preferences: {
      preferredDates: ['2026-12-07', '2026-12-09'],
      timeOfDay: 'morning',
      notes: '耳が少し遠いため、ゆっくり話していただけると助かります。',
    },
    declarations: { privacyPolicyAccepted: true, consultFromJapan: true },
  };
}

/** A 16-year-old whose parents attend alone: no consent form is needed (R-ELIG-02). */
export function teenagerFamilyOnlyApplication(): Application {
  const base = hanakoApplication();
  return {
    ...base,
    patient: {
      ...base.patient,
      name: { familyName: '田中', givenName: '翔太', familyNameKana: 'タナカ', givenNameKana: 'ショウタ' },
      birthDate: '2010-04-01',
      sex: 'male',
      email: 'tanaka.family@example.jp',
    },
    attendance: {
      attendance: 'family_only',
      family: [
        {
          name: { familyName: '田中', givenName: '美咲', familyNameKana: 'タナカ', givenNameKana: 'ミサキ' },
          relationship: 'parent',
          livesWithPatient: true,
        },
        {
          name: {
            familyName: '田中',
            givenName: '健一',
            familyNameKana: 'タナカ',
            givenNameKana: 'ケンイチ',
          },
          relationship: 'parent',
          livesWithPatient: true,
        },
      ],
      patientConsent: 'none',
    },
    consultation: {
      ...base.consultation,
      department: 'pediatrics',
      condition: 'pediatric_epilepsy',
      purposes: ['diagnosis_opinion'],
    },
  };
}

export function printContext(
  application: Application,
  overrides: Partial<Omit<PrintContext, 'hospital'>> & { locale?: Locale; profile?: HospitalProfile } = {},
): PrintContext {
  const { profile = demoHospital, locale = 'ja', ...rest } = overrides;
  return {
    ...printContextFor(profile, application, {
      locale,
      caseNumber: 'SO-2026-00042',
      submittedAt: '2026-11-27T01:30:00Z',
    }),
    ...rest,
  };
}
