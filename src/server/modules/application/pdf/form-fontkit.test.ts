import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { formFontBytes } from './form-fonts.js';
import { formFontkit } from './form-fontkit.js';
import { rasterizeFirstPage } from './testing/pdf-text.js';

/**
 * Japanese only: pdf-lib's whole-font embedding, the reference here, misplaces some Latin text (digits
 * after Latin letters), which the subset prints correctly.
 */
const SAMPLE = [
  '申込書 相談シート 相談同意書 山田 花子 ヤマダ ハナコ 昭和21年5月3日',
  '東京都文京区本郷7-3-1 東京大学医学部附属病院 地域医療連携センター',
  '病状等により本人が署名できないため、その旨を記載します。',
  '「ゾルピデム」（睡眠薬）、降圧薬２種類、お薬手帳のコピー',
];

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

async function renderSample(kit: Fontkit, subset: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(kit);
  const font = await doc.embedFont((await formFontBytes()).regular, { subset });
  const page = doc.addPage([595.28, 300]);
  SAMPLE.forEach((line, i) => page.drawText(line, { x: 20, y: 260 - i * 40, size: 16, font }));
  return doc.save();
}

describe('formFontkit', () => {
  // The whole font (5 MB) is embedded and compressed once: it is the reference for both tests.
  let reference: Promise<Buffer> | undefined;
  const wholeFont = () => (reference ??= renderSample(fontkit, false).then((pdf) => rasterizeFirstPage(pdf)));

  it('a subset prints exactly like the whole font embedded', async () => {
    const subset = await renderSample(formFontkit, true);
    expect(subset.length).toBeLessThan(100_000);
    expect((await rasterizeFirstPage(subset)).equals(await wholeFont())).toBe(true);
  });

  it('is still needed: the stock fontkit subset loses glyphs (pdf-lib#1232)', async () => {
    // When this fails, pdf-lib's fontkit has been fixed and form-fontkit.ts's long-loca patch can go.
    const stock = await renderSample(fontkit, true);
    expect((await rasterizeFirstPage(stock)).equals(await wholeFont())).toBe(false);
  });
});
