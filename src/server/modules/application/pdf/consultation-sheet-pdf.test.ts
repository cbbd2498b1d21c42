import { describe, expect, it } from 'vitest';
import type { Application } from '../../../../shared/contracts/application.js';
import { renderConsultationSheetPdf } from './consultation-sheet-pdf.js';
import { BODY_WIDTH, MARGIN_X } from './form-style.js';
import { extractPdf, squeeze, wordBoxes } from './testing/pdf-text.js';
import { hanakoApplication, printContext } from './testing/print-fixtures.js';

function withConsultation(changes: Partial<Application['consultation']>): Application {
  const application = hanakoApplication();
  return { ...application, consultation: { ...application.consultation, ...changes } };
}

/** Numbered Japanese sentences up to the contract's 4,000 characters: no spaces to break at. */
function longJapaneseQuestions(): string {
  const sentence = (n: number) =>
    `【${n}】夜間の頻尿とふらつきがあり、睡眠薬（ゾルピデム）と降圧薬の組み合わせが原因ではないかと心配しています。`;
  let text = '';
  for (let n = 1; ; n += 1) {
    const next = `${text}${n % 5 === 0 ? '\n' : ''}${sentence(n)}`;
    if (next.length > 4000) return text;
    text = next;
  }
}

describe('renderConsultationSheetPdf', () => {
  it('R-DOC-01 prints the diagnosis, the treatment, the questions and the purposes', async () => {
    const application = hanakoApplication();
    const pdf = await extractPdf(await renderConsultationSheetPdf(application, printContext(application)));
    const text = squeeze(pdf.pages.join(''));
    for (const expected of [
      '相談シート',
      '山田花子',
      'ヤマダハナコ',
      '1946年5月3日（昭和21年）',
      '老年病科',
      '多剤服用（ポリファーマシー）',
      '現在の治療についての意見',
      '今後の治療方針・見通しについての意見',
      squeeze(application.consultation.currentDiagnosis),
      squeeze(application.consultation.currentTreatment),
      squeeze(application.consultation.questions),
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('現在の診断についての意見');
    expect(pdf.pages).toHaveLength(1);
  });

  it('a long question wraps by character width and continues on further pages, nothing lost', async () => {
    const questions = longJapaneseQuestions();
    const application = withConsultation({ questions });
    const bytes = await renderConsultationSheetPdf(application, printContext(application));
    const pdf = await extractPdf(bytes);

    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(squeeze(pdf.pages[1] ?? '')).toContain('専門医に聞きたいこと（続き）');
    expect(squeeze(pdf.pages.at(-1) ?? '')).toContain(`${pdf.pages.length}/${pdf.pages.length}`);
    // The body of every page, one after the other, holds the whole text once the box labels are gone.
    const body = squeeze(pdf.bodies.join('')).replaceAll('専門医に聞きたいこと（続き）', '');
    expect(body).toContain(squeeze(questions));

    const words = await wordBoxes(bytes);
    expect(words.length).toBeGreaterThan(100);
    for (const word of words) {
      expect(word.xMin).toBeGreaterThanOrEqual(MARGIN_X - 0.5);
      expect(word.xMax).toBeLessThanOrEqual(MARGIN_X + BODY_WIDTH + 0.5);
    }
  });

  it('keeps English words whole when wrapping', async () => {
    const questions = Array.from(
      { length: 40 },
      (_, i) =>
        `Question ${i + 1}: could the dizziness be caused by the combination of antihypertensives and zolpidem?`,
    ).join(' ');
    const application = withConsultation({ questions, currentDiagnosis: 'Hypertension; type 2 diabetes.' });
    const pdf = await extractPdf(
      await renderConsultationSheetPdf(application, printContext(application, { locale: 'en' })),
    );
    const printed = new Set(pdf.bodies.join(' ').split(/\s+/));
    for (const word of new Set(questions.split(' '))) expect(printed).toContain(word);
    expect(squeeze(pdf.pages[0] ?? '')).toContain('Questionsforthespecialist');
    expect(squeeze(pdf.pages[0] ?? '')).toContain('Anopiniononthecurrenttreatment');
  });

  it('keeps the applicant’s line breaks', async () => {
    const application = withConsultation({
      currentTreatment: '一、降圧薬\n二、血糖降下薬\n三、骨粗鬆症治療薬',
    });
    const pdf = await extractPdf(await renderConsultationSheetPdf(application, printContext(application)));
    const lines = (pdf.pages[0] ?? '').split('\n').map((line) => line.trim());
    expect(lines).toEqual(expect.arrayContaining(['一、降圧薬', '二、血糖降下薬', '三、骨粗鬆症治療薬']));
  });
});
