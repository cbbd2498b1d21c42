import type { ReasonCode } from '../contracts/eligibility.js';
import type { DocumentCode, HospitalProfile } from '../contracts/profile.js';

export type RulesLocale = 'ja' | 'en';

interface RulesMessages {
  reasons: Record<ReasonCode, string>;
  documents: Record<DocumentCode, string>;
}

/**
 * Texts for the eligibility pre-check. Hospital settings are placeholders ({{maxDegree}},
 * {{consentExemptUnderAge}}) filled from the profile by `reasonMessage`, never written here.
 * The Japanese is for anxious, often elderly readers: plain, polite, and saying what to do next.
 */
export const rulesMessages: Record<RulesLocale, RulesMessages> = {
  ja: {
    reasons: {
      REQUESTER_NOT_ELIGIBLE:
        'ご相談は、原則として患者さんご本人にお受けいただきます。ご本人がご相談できない場合は、{{maxDegree}}親等以内のご家族（配偶者を含みます）がご相談いただけます。それ以外の方からのご相談はお受けできません。ご家族が受ける場合は、ご相談される方全員と患者さんとのご関係をお知らせください。',
      PATIENT_CONSENT_MISSING:
        'ご家族だけでご相談いただく場合は、患者さんご本人が署名した「相談同意書」が必要です（患者さんが{{consentExemptUnderAge}}歳未満の場合は不要です）。ご病状などで署名が難しい場合は、その旨を書面に書き添えていただければお受けできます。',
      PATIENT_DECEASED:
        'お亡くなりになった患者さんについてのご相談は、お受けしておりません。心よりお悔やみ申し上げます。',
      WANTS_EXAMINATION_OR_TREATMENT:
        'セカンドオピニオンは、専門医が意見をお伝えする場で、当院での検査や治療は行いません。当院での診察や治療をご希望の場合は、主治医に紹介状を書いていただき、通常の外来を受診してください。',
      WANTS_TRANSFER:
        '最初から当院への転院をご希望の場合は、セカンドオピニオンではお受けできません。主治医にご相談のうえ、紹介状をお持ちになって通常の外来を受診してください。',
      COMPLAINT_OR_LITIGATION:
        '主治医へのご不満、医療事故（医療過誤）や裁判に関するご相談は、お受けできません。お住まいの都道府県などにある「医療安全支援センター」の相談窓口をご利用ください。',
      MEDICAL_COST_QUESTION:
        '医療費の内容や、医療費の助成・給付に関するご相談は、お受けできません。ご加入の健康保険の窓口や、お住まいの市区町村の窓口にお問い合わせください。',
      NO_PRIMARY_PHYSICIAN_CONSENT:
        'セカンドオピニオンには、主治医のご了解と紹介状（診療情報提供書）が必ず必要です。まずは主治医に、セカンドオピニオンを受けたいことをお話しください。',
      MATERIALS_UNAVAILABLE:
        'ご相談には、紹介状・検査結果・画像など、当院が指定する資料が必要です。資料をご用意いただけない場合はお受けできません。資料の準備について、主治医にご相談ください。',
      NO_SPECIALIST_AVAILABLE:
        'お選びの分野には、ご相談に対応できる専門の医師が当院におりません。相談できる診療科の一覧をご覧になり、主治医と相談して診療科をお選びください。',
      CONDITION_NEEDS_REVIEW:
        'ご相談の病気は、この診療科の対象疾患の一覧にありません。お受けできるかどうかは、お申し込みの後に当院で確認し、お電話でご連絡します。このままお申し込みいただけます。',
      FOREIGN_RESIDENT_WITHOUT_JAPANESE_INSURANCE:
        '国外にお住まいで、日本の健康保険証をお持ちでない外国籍の患者さんのご相談は、お受けしておりません。',
      OUTSIDE_JAPAN:
        'オンライン・セカンドオピニオンは、日本国内からのご利用に限られます。海外からはご相談いただけません。日本国内からご参加いただける場合は、回答を選び直してください。',
      NO_OPINION_REQUESTED:
        'セカンドオピニオンでは、今の診断や治療について、また今後の治療法や見通しについて、専門医が意見をお伝えします。ご相談になりたい内容を、この中から1つ以上お選びください。',
    },
    documents: {
      APPLICATION_FORM: 'セカンドオピニオン外来申込書',
      CONSULTATION_SHEET: 'セカンドオピニオン外来相談シート',
      REFERRAL_LETTER: '診療情報提供書（紹介状）',
      CLINICAL_DATA: '検査データ・画像（血液検査、心電図、レントゲン、CT・MRI、病理検査の報告書など）',
      PATIENT_CONSENT_FORM: '患者さんご本人が署名した相談同意書',
      PROXY_IDENTITY_DOCUMENTS: 'ご相談されるご家族全員の身分証明書の写し（運転免許証、健康保険証など）',
      RELATIONSHIP_PROOF_RESIDENT_RECORD: '患者さんとの続柄がわかる書類（同居の場合：住民票など）',
      RELATIONSHIP_PROOF_FAMILY_REGISTER: '患者さんとの続柄がわかる書類（別居の場合：戸籍謄本など）',
      RELATIONSHIP_PROOF_INSURANCE_CARD: '患者さんとの続柄がわかる書類の写し（健康保険証など）',
      MEDICATION_LIST: '服用しているお薬のリスト、またはお薬手帳のコピー',
      DEPARTMENT_REFERRAL_ANNEX: '診療科所定の診療情報提供書別紙',
      PATIENT_IDENTITY_DOCUMENT: '患者さんご本人の身分証明書の画像（運転免許証、健康保険証など）',
    },
  },
  en: {
    reasons: {
      REQUESTER_NOT_ELIGIBLE:
        'In principle the patient consults in person. If the patient cannot, family within {{maxDegree}} degrees of kinship (including the spouse) may consult. We cannot accept consultations from anyone else. If family will attend, tell us how each of them is related to the patient.',
      PATIENT_CONSENT_MISSING:
        'When only family attend, we need a consent form signed by the patient (not needed if the patient is under {{consentExemptUnderAge}}). If the patient cannot sign because of their condition, a written note saying so is enough.',
      PATIENT_DECEASED:
        'We cannot give a second opinion about a patient who has died. Please accept our sincere condolences.',
      WANTS_EXAMINATION_OR_TREATMENT:
        'A second opinion is advice from a specialist; no examination or treatment takes place. If you would like to be examined or treated here, ask your primary physician for a referral letter and visit our regular outpatient clinic.',
      WANTS_TRANSFER:
        'If you want to transfer to this hospital from the outset, a second opinion is not the right service. Talk to your primary physician and visit our regular outpatient clinic with a referral letter.',
      COMPLAINT_OR_LITIGATION:
        'We cannot advise on dissatisfaction with your primary physician, medical malpractice or lawsuits. The Medical Safety Support Centre of your prefecture can help with these.',
      MEDICAL_COST_QUESTION:
        'We cannot answer questions about medical costs or medical benefits. Please ask your health insurer or your city office.',
      NO_PRIMARY_PHYSICIAN_CONSENT:
        'A second opinion always needs your primary physician’s agreement and referral letter. Please start by telling your primary physician that you would like a second opinion.',
      MATERIALS_UNAVAILABLE:
        'We need the referral letter, test results and images we ask for. Without them we cannot give an opinion. Please ask your primary physician to help you prepare them.',
      NO_SPECIALIST_AVAILABLE:
        'We have no specialist for this field. Please look at the list of departments that offer second opinions and choose one together with your primary physician.',
      CONDITION_NEEDS_REVIEW:
        'This condition is not on the department’s list. You can still apply: we will check whether we can help and call you.',
      FOREIGN_RESIDENT_WITHOUT_JAPANESE_INSURANCE:
        'We cannot offer second opinions to foreign nationals who live outside Japan and have no Japanese health insurance.',
      OUTSIDE_JAPAN:
        'The online second opinion can only be used from inside Japan. If you can join from Japan, please change your answer.',
      NO_OPINION_REQUESTED:
        'A second opinion covers your current diagnosis and treatment, and future treatment options and outlook. Please choose at least one of these.',
    },
    documents: {
      APPLICATION_FORM: 'Second-opinion application form',
      CONSULTATION_SHEET: 'Second-opinion consultation sheet',
      REFERRAL_LETTER: 'Referral letter from your primary physician',
      CLINICAL_DATA: 'Test results and images (blood tests, ECG, X-ray, CT/MRI, pathology reports…)',
      PATIENT_CONSENT_FORM: 'Consent form signed by the patient',
      PROXY_IDENTITY_DOCUMENTS:
        'Copy of an identity document of every attending family member (driving licence, health insurance card…)',
      RELATIONSHIP_PROOF_RESIDENT_RECORD:
        'Proof of relationship to the patient (living together: resident record)',
      RELATIONSHIP_PROOF_FAMILY_REGISTER:
        'Proof of relationship to the patient (living apart: family register)',
      RELATIONSHIP_PROOF_INSURANCE_CARD:
        'Copy of a document showing the relationship to the patient (health insurance card…)',
      MEDICATION_LIST: 'List of the medicines you take, or a copy of your medication notebook',
      DEPARTMENT_REFERRAL_ANNEX: 'The department’s own referral-letter annex',
      PATIENT_IDENTITY_DOCUMENT:
        'Image of the patient’s identity document (driving licence, health insurance card…)',
    },
  },
};

type MessageSettings = Pick<HospitalProfile, 'kinship' | 'consentExemptUnderAge'>;

/** The reason text with the hospital's settings filled in. */
export function reasonMessage(locale: RulesLocale, code: ReasonCode, settings: MessageSettings): string {
  return rulesMessages[locale].reasons[code]
    .replaceAll('{{maxDegree}}', String(settings.kinship.maxDegree))
    .replaceAll('{{consentExemptUnderAge}}', String(settings.consentExemptUnderAge));
}

export function documentTitle(locale: RulesLocale, code: DocumentCode): string {
  return rulesMessages[locale].documents[code];
}
