import type { Department, HospitalProfile } from '../../../shared/contracts/profile.js';

/**
 * The demo hospital: the facts of the published guide (shared/reference). This file is the only place
 * where hospital facts are written down; everything else reads them from the profile tables.
 * Consultation weekdays and disease lists are demo values (the guide publishes them separately).
 */
const t = (ja: string, en: string) => ({ ja, en });

const condition = (code: string, ja: string, en: string) => ({ code, name: t(ja, en) });

const departments: Department[] = [
  {
    code: 'general_surgery',
    name: t('一般外科', 'General Surgery'),
    consultationWeekdays: [2, 4],
    conditions: [
      condition(
        'gastric_cancer_peritoneal_dissemination',
        '腹膜播種を伴う胃癌',
        'Gastric cancer with peritoneal dissemination',
      ),
      condition('gastric_cancer', '胃癌', 'Gastric cancer'),
      condition('colorectal_cancer', '大腸癌', 'Colorectal cancer'),
      condition('esophageal_cancer', '食道癌', 'Oesophageal cancer'),
    ],
    documentRules: [
      {
        document: 'DEPARTMENT_REFERRAL_ANNEX',
        conditionCode: 'gastric_cancer_peritoneal_dissemination',
        note: t(
          '一般外科の所定の診療情報提供書別紙を、主治医に記載していただいてください。',
          "Ask your primary physician to fill in the General Surgery department's own referral-letter annex.",
        ),
      },
    ],
  },
  {
    code: 'geriatrics',
    name: t('老年病科', 'Geriatric Medicine'),
    consultationWeekdays: [1, 3],
    conditions: [
      condition('dementia', '認知症', 'Dementia'),
      condition('frailty_sarcopenia', 'フレイル・サルコペニア', 'Frailty and sarcopenia'),
      condition('polypharmacy', '多剤服用（ポリファーマシー）', 'Polypharmacy'),
      condition('osteoporosis', '骨粗鬆症', 'Osteoporosis'),
    ],
    documentRules: [
      {
        document: 'MEDICATION_LIST',
        conditionCode: null,
        note: t(
          '服用しているお薬のリスト、またはお薬手帳のコピーをお送りください。',
          'Send a list of the medicines you take, or a copy of your medication notebook.',
        ),
      },
    ],
  },
  {
    code: 'cardiology',
    name: t('循環器内科', 'Cardiology'),
    consultationWeekdays: [1, 4],
    conditions: [
      condition('heart_failure', '心不全', 'Heart failure'),
      condition('arrhythmia', '不整脈', 'Arrhythmia'),
      condition('ischemic_heart_disease', '虚血性心疾患', 'Ischaemic heart disease'),
      condition('valvular_heart_disease', '心臓弁膜症', 'Valvular heart disease'),
    ],
    documentRules: [],
  },
  {
    code: 'gastroenterology',
    name: t('消化器内科', 'Gastroenterology'),
    consultationWeekdays: [2, 5],
    conditions: [
      condition('inflammatory_bowel_disease', '炎症性腸疾患', 'Inflammatory bowel disease'),
      condition('hepatocellular_carcinoma', '肝細胞癌', 'Hepatocellular carcinoma'),
      condition('pancreatic_cancer', '膵癌', 'Pancreatic cancer'),
    ],
    documentRules: [],
  },
  {
    code: 'respiratory_medicine',
    name: t('呼吸器内科', 'Respiratory Medicine'),
    consultationWeekdays: [3],
    conditions: [
      condition('lung_cancer', '肺癌', 'Lung cancer'),
      condition('interstitial_pneumonia', '間質性肺炎', 'Interstitial pneumonia'),
      condition('copd', '慢性閉塞性肺疾患（COPD）', 'Chronic obstructive pulmonary disease (COPD)'),
    ],
    documentRules: [],
  },
  {
    code: 'neurology',
    name: t('脳神経内科', 'Neurology'),
    consultationWeekdays: [2],
    conditions: [
      condition('parkinsons_disease', 'パーキンソン病', "Parkinson's disease"),
      condition('als', '筋萎縮性側索硬化症（ALS）', 'Amyotrophic lateral sclerosis (ALS)'),
      condition('multiple_sclerosis', '多発性硬化症', 'Multiple sclerosis'),
    ],
    documentRules: [],
  },
  {
    code: 'hematology_oncology',
    name: t('血液・腫瘍内科', 'Haematology and Oncology'),
    consultationWeekdays: [1, 5],
    conditions: [
      condition('leukemia', '白血病', 'Leukaemia'),
      condition('malignant_lymphoma', '悪性リンパ腫', 'Malignant lymphoma'),
      condition('multiple_myeloma', '多発性骨髄腫', 'Multiple myeloma'),
    ],
    documentRules: [],
  },
  {
    code: 'urology',
    name: t('泌尿器科・男性科', 'Urology and Andrology'),
    consultationWeekdays: [3, 5],
    conditions: [
      condition('prostate_cancer', '前立腺癌', 'Prostate cancer'),
      condition('bladder_cancer', '膀胱癌', 'Bladder cancer'),
      condition('renal_cell_carcinoma', '腎細胞癌', 'Renal cell carcinoma'),
    ],
    documentRules: [],
  },
  {
    code: 'orthopaedic_surgery',
    name: t('整形外科・脊椎外科', 'Orthopaedic and Spine Surgery'),
    consultationWeekdays: [4],
    conditions: [
      condition('spinal_canal_stenosis', '脊柱管狭窄症', 'Spinal canal stenosis'),
      condition('knee_osteoarthritis', '変形性膝関節症', 'Knee osteoarthritis'),
      condition('bone_soft_tissue_tumor', '骨・軟部腫瘍', 'Bone and soft-tissue tumours'),
    ],
    documentRules: [],
  },
  {
    code: 'ophthalmology',
    name: t('眼科', 'Ophthalmology'),
    consultationWeekdays: [1],
    conditions: [
      condition('glaucoma', '緑内障', 'Glaucoma'),
      condition('retinal_detachment', '網膜剥離', 'Retinal detachment'),
      condition('macular_degeneration', '加齢黄斑変性', 'Age-related macular degeneration'),
    ],
    documentRules: [],
  },
  {
    code: 'pediatrics',
    name: t('小児科', 'Paediatrics'),
    consultationWeekdays: [3],
    conditions: [
      condition('congenital_heart_disease', '先天性心疾患', 'Congenital heart disease'),
      condition('pediatric_cancer', '小児がん', 'Childhood cancer'),
      condition('pediatric_epilepsy', '小児てんかん', 'Childhood epilepsy'),
    ],
    documentRules: [],
  },
];

export const demoHospital: HospitalProfile = {
  name: t('東京大学医学部附属病院', 'The University of Tokyo Hospital'),
  serviceName: t('オンライン・セカンドオピニオン外来', 'Online Second-Opinion Outpatient Service'),
  liaisonCentreName: t('地域医療連携センター', 'Regional Medical Liaison Centre'),
  timeZone: 'Asia/Tokyo',
  fees: {
    tiers: [
      { code: 'up_to_30', maxSeconds: 1800, amountYen: 44000 },
      { code: 'up_to_60', maxSeconds: 3600, amountYen: 88000 },
    ],
    consumptionTaxPercent: 10,
    insuranceCovered: false,
  },
  consultation: { unitMinutes: 30, maxMinutes: 60, slotWindowMinutes: 30, readyBeforeMinutes: 5 },
  phoneDesk: {
    name: t(
      '東大病院予約センター セカンドオピニオン担当',
      'Second-opinion desk, UTokyo Hospital appointment centre',
    ),
    number: '03-5800-8630',
    menuOption: '4',
    opensAt: '10:00',
    closesAt: '17:00',
    closedWeekdays: [0, 6],
    closedOnNationalHolidays: true,
    yearEndBreak: { from: '12-29', to: '01-03' },
  },
  postalAddress: {
    postalCode: '113-8655',
    address: t('東京都文京区本郷7-3-1', '7-3-1 Hongo, Bunkyo-ku, Tokyo'),
    institution: t('東京大学医学部附属病院', 'The University of Tokyo Hospital'),
    recipient: t(
      '地域医療連携センター セカンドオピニオン外来担当',
      'Regional Medical Liaison Centre, Second-Opinion Outpatient Service',
    ),
  },
  privacyPolicy: t(
    '当院は、お預かりした個人情報を、セカンドオピニオンの実施と診療記録の保管のためにのみ利用します。詳しくは当院の個人情報保護方針をご確認ください。同意いただけない場合、相談をお受けいただくことはできません。',
    'We use the personal information you give us only to provide the second opinion and to keep the medical record. See the hospital’s privacy policy for details. Without your consent we cannot hold the consultation.',
  ),
  kinship: { maxDegree: 3, includeInLaws: true },
  consentExemptUnderAge: 18,
  departments,
};
