import { describe, expect, it } from 'vitest';
import type { Application } from '../../../../shared/contracts/application.js';
import type { PatientConsent } from '../../../../shared/contracts/eligibility.js';
import { renderConsentFormPdf } from './consent-form-pdf.js';
import { extractPdf, squeeze } from './testing/pdf-text.js';
import { hanakoApplication, printContext } from './testing/print-fixtures.js';

const UNABLE_NOTE = '病状等により本人が署名できないため、その旨を記載します';

/** Hanako's daughter consults alone. */
function familyOnly(
  patientConsent: PatientConsent,
  family?: Application['attendance']['family'],
): Application {
  const application = hanakoApplication();
  return {
    ...application,
    attendance: {
      attendance: 'family_only',
      family: family ?? application.attendance.family,
      patientConsent,
    },
  };
}

async function render(application: Application, locale: 'ja' | 'en' = 'ja') {
  const bytes = await renderConsentFormPdf(application, printContext(application, { locale }));
  const pdf = await extractPdf(bytes);
  return { bytes, pdf, text: squeeze(pdf.pages.join('')) };
}

describe('renderConsentFormPdf', () => {
  it('R-ELIG-02 R-DOC-02 is prefilled with the patient and the family members who consult', async () => {
    const { bytes, pdf, text } = await render(familyOnly('signed'));
    for (const expected of [
      '相談同意書',
      '東京大学医学部附属病院御中',
      '私は、東京大学医学部附属病院のオンライン・セカンドオピニオン外来において、下記の家族が私に代わって相談することに同意します。',
      '山田花子',
      'ヤマダハナコ',
      '1946年5月3日（昭和21年）',
      '佐藤恵子サトウケイコ子別居',
      '記入日',
      '年月日',
      '患者本人署名',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.info).toMatch(/Title:\s+オンライン・セカンドオピニオン外来 相談同意書/);
    expect(bytes.length).toBeLessThan(150_000);
  });

  it('R-ELIG-02 prints the unable-to-sign box, with room for the reason and the family member, only for that option', async () => {
    const unable = await render(familyOnly('unable_to_sign_noted'));
    expect(unable.text).toContain(UNABLE_NOTE);
    expect(unable.text).toContain('署名できない理由');
    expect(unable.text).toContain('記載した家族氏名（署名）');
    expect(unable.pdf.pages).toHaveLength(1);

    for (const consent of ['signed', 'none'] as const) {
      const { text } = await render(familyOnly(consent));
      expect(text).not.toContain(UNABLE_NOTE);
      expect(text).not.toContain('署名できない理由');
    }
  });

  it('R-ELIG-02 lists every attending family member', async () => {
    const { text } = await render(
      familyOnly('signed', [
        ...hanakoApplication().attendance.family,
        {
          name: { familyName: '山田', givenName: '太郎', familyNameKana: 'ヤマダ', givenNameKana: 'タロウ' },
          relationship: 'spouse',
          livesWithPatient: true,
        },
        {
          name: { familyName: '山田', givenName: '美紀', familyNameKana: 'ヤマダ', givenNameKana: 'ミキ' },
          relationship: 'child_in_law',
          livesWithPatient: true,
        },
      ]),
    );
    expect(text).toContain('佐藤恵子サトウケイコ子別居');
    expect(text).toContain('山田太郎ヤマダタロウ配偶者同居');
    expect(text).toContain('山田美紀ヤマダミキ子の配偶者同居');
  });

  it('leaves rows to write in when no family member is named yet', async () => {
    const { pdf, text } = await render(familyOnly('signed', []));
    expect(text).toContain('私に代わって相談する家族');
    expect(pdf.pages).toHaveLength(1);
  });

  it('R-ELIG-02 has an English variant with the entered names as entered', async () => {
    const { text } = await render(familyOnly('unable_to_sign_noted'), 'en');
    for (const expected of [
      'Consentform',
      'To:TheUniversityofTokyoHospital',
      'IagreethatthefamilymembersnamedbelowconsulttheOnlineSecond-OpinionOutpatientServiceofTheUniversityofTokyoHospitalonmybehalf.',
      '山田花子',
      '佐藤恵子',
      'Child',
      '3May1946(Shōwa21)',
      "Patient'ssignature",
      'Thepatientcannotsignbecauseoftheircondition;thisisnotedhere',
      'Whythepatientcannotsign',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('相談同意書');
  });

  it('renders several forms at once, each with its own patient (the parsed font is shared)', async () => {
    const applications = ['花子', '次郎', '三郎'].map((givenName) => {
      const application = familyOnly('signed');
      return {
        ...application,
        patient: { ...application.patient, name: { ...application.patient.name, givenName } },
      };
    });
    const texts = await Promise.all(
      applications.map(async (application) => (await render(application)).text),
    );
    expect(
      texts.map((text) => ['花子', '次郎', '三郎'].filter((name) => text.includes(`山田${name}`))),
    ).toEqual([['花子'], ['次郎'], ['三郎']]);
  });
});
