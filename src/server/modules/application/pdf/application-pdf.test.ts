import { describe, expect, it } from 'vitest';
import { demoHospital } from '../../../db/seed/demo-hospital.js';
import { renderApplicationPdf } from './application-pdf.js';
import { extractPdf, squeeze, type ExtractedPdf } from './testing/pdf-text.js';
import { hanakoApplication, printContext, teenagerFamilyOnlyApplication } from './testing/print-fixtures.js';

/** Measured: about 55 KB with both weights subset; the whole font alone would be over 5 MB. */
const MAX_BYTES = 200_000;

async function rendered(
  application = hanakoApplication(),
  overrides: Parameters<typeof printContext>[1] = {},
): Promise<{ bytes: Uint8Array; pdf: ExtractedPdf; text: string }> {
  const bytes = await renderApplicationPdf(application, printContext(application, overrides));
  const pdf = await extractPdf(bytes);
  return { bytes, pdf, text: squeeze(pdf.pages.join('')) };
}

describe('renderApplicationPdf', () => {
  // Most tests read the same form: render it once.
  let hanako: ReturnType<typeof rendered> | undefined;
  const hanakoPdf = () => (hanako ??= rendered());

  it('R-DOC-01 prints the patient as entered, with the era beside the birth date', async () => {
    const { text } = await hanakoPdf();
    for (const expected of [
      '山田花子',
      'ヤマダハナコ',
      '1946年5月3日（昭和21年）',
      '80歳',
      '女性',
      '〒113-0033東京都文京区本郷二丁目3-4本郷ハイツ101',
      '03-3812-0000',
      'hanako.yamada@example.jp',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('R-ELIG-01 prints each attending family member with the relationship in words', async () => {
    const { pdf } = await hanakoPdf();
    const row = pdf.pages[0]?.split('\n').find((line) => line.includes('佐藤 恵子'));
    expect(row).toMatch(/佐藤 恵子\s+サトウ ケイコ\s+子\s+別居/);
    expect(squeeze(pdf.pages.join(''))).toContain('患者本人と家族');
  });

  it('prints the primary physician, the department and condition by name, and the preferred dates', async () => {
    const { text } = await hanakoPdf();
    for (const expected of [
      '医療法人社団本郷内科クリニック',
      '内科',
      '鈴木一郎',
      '〒113-0034東京都文京区湯島1-1-1',
      'suzuki@hongo-clinic.example.jp',
      '了承を得ている',
      '老年病科',
      '多剤服用（ポリファーマシー）',
      '2026年12月7日(月)、2026年12月9日(水)',
      '午前',
      '耳が少し遠いため、ゆっくり話していただけると助かります。',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('polypharmacy');
  });

  it('R-DOC-07 R-DOC-08 asks for a weekday daytime phone and prints the privacy consent', async () => {
    const { text } = await hanakoPdf();
    expect(text).toContain('平日の日中につながる番号');
    expect(text).toContain('個人情報の取扱いに同意します。');
    expect(text).toContain(squeeze(demoHospital.privacyPolicy.ja));
    expect(text).toContain('日本国内から相談します');
  });

  it('R-CONTACT-01 R-CONTACT-02 carries the case number, submission date and hospital contact on every page', async () => {
    const { pdf } = await hanakoPdf();
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    pdf.pages.forEach((page, index) => {
      const text = squeeze(page);
      expect(text).toContain('受付番号SO-2026-00042');
      expect(text).toContain('東京大学医学部附属病院');
      expect(text).toContain('03-5800-8630');
      expect(text).toContain('〒113-8655東京都文京区本郷7-3-1');
      expect(text).toContain(`${index + 1}/${pdf.pages.length}`);
    });
    expect(squeeze(pdf.pages[0] ?? '')).toContain('申込日2026年11月27日（令和8年）');
  });

  it('is a small A4 document with a title and the hospital as author', async () => {
    const { bytes, pdf } = await hanakoPdf();
    expect(bytes.length).toBeLessThan(MAX_BYTES);
    expect(pdf.info).toMatch(/Title:\s+オンライン・セカンドオピニオン外来 申込書/);
    expect(pdf.info).toMatch(/Author:\s+東京大学医学部附属病院/);
    expect(pdf.info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    // The patient's name stays out of the metadata that file lists and window titles show.
    expect(pdf.info).not.toContain('山田');
  });

  it('R-ELIG-02 a family-only application of a 16-year-old lists both parents and the age', async () => {
    const { text } = await rendered(teenagerFamilyOnlyApplication());
    for (const expected of [
      '田中翔太',
      'タナカショウタ',
      '2010年4月1日（平成22年）16歳',
      '家族のみ（患者本人は参加しない）',
      '田中美咲タナカミサキ父母同居',
      '田中健一タナカケンイチ父母同居',
      '小児科',
      '小児てんかん',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints English labels and the entered text as entered', async () => {
    const { text } = await rendered(hanakoApplication(), { locale: 'en' });
    for (const expected of [
      'Applicationform',
      'Dateofbirth',
      '3May1946(Shōwa21),age80',
      '山田花子',
      'ヤマダハナコ',
      'GeriatricMedicine',
      'Polypharmacy',
      'Child',
      'Livesapart',
      'Mon,7Dec2026;Wed,9Dec2026',
      'TheUniversityofTokyoHospital',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('申込書');
  });

  it('takes every hospital fact from the context', async () => {
    const application = hanakoApplication();
    const context = printContext(application);
    const other = {
      ...context,
      hospital: {
        ...context.hospital,
        name: '港北総合病院',
        phone: '045-000-1234',
        postalAddress: { postalCode: '222-0000', address: '横浜市港北区1-1', recipient: '医療連携室' },
      },
    };
    const text = squeeze((await extractPdf(await renderApplicationPdf(application, other))).pages.join(''));
    expect(text).toContain('港北総合病院');
    expect(text).toContain('045-000-1234');
    expect(text).toContain('〒222-0000横浜市港北区1-1医療連携室');
    expect(text).not.toContain('東京大学');
    expect(text).not.toContain('03-5800-8630');
  });

  it('prints a draft without a case number or submission date', async () => {
    const { text } = await rendered(hanakoApplication(), { caseNumber: null, submittedAt: null });
    expect(text).toContain('受付番号—');
    expect(text).toContain('申込日未提出');
    expect(text).toContain('1946年5月3日（昭和21年）');
    expect(text).not.toContain('80歳');
  });

  it('prints variant kanji and survives characters the font lacks', async () => {
    const application = hanakoApplication();
    application.patient.name = {
      familyName: '髙𠮷',
      givenName: '﨑子',
      familyNameKana: 'タカヨシ',
      givenNameKana: 'サキコ',
    };
    application.preferences = {
      preferredDates: [],
      timeOfDay: 'no_preference',
      notes: 'よろしくお願いします😀\u0007',
    };
    delete application.physician.email;
    const { text } = await rendered(application);
    expect(text).toContain('髙𠮷﨑子');
    expect(text).toContain('よろしくお願いします');
    expect(text).toContain('希望日なし');
    expect(text).toContain('指定なし');
  });
});
