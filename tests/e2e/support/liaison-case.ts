import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { addDays, calendarDateIn } from '../../../src/shared/domain/calendar.js';

/** What the liaison journey needs to set a case up: a request made by the page itself, files, answers. */

/** A request made by the page (its session cookie, its Origin). */
export { fetchFromPage as requestFromPage } from './documents.js';

/** A small real PDF in `dir` (the server decides by content, so it must start like one). */
export function writePdf(dir: string, name: string): string {
  const file = path.join(dir, name);
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    'trailer << /Root 1 0 R >>',
    `%${name}`,
    '%%EOF',
  ];
  fs.writeFileSync(file, body.join('\n'));
  return file;
}

/** A small PNG in `dir`, standing in for the photo of an identity card. */
export function writePng(dir: string, name: string): string {
  const png = new PNG({ width: 96, height: 60 });
  for (let i = 0; i < png.data.length; i += 4) {
    const pixel = i / 4;
    const light = (pixel % 96 < 32 ? 220 : 120) - (Math.floor(pixel / 96) % 20);
    png.data.set([light, light, 255 - light, 255], i);
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, PNG.sync.write(png));
  return file;
}

export const journeyText = {
  diagnosis: '胃癌（ステージII）と診断され、手術を勧められています。',
  questions: '手術の前に抗がん剤治療をする選択肢はありますか。',
};

/**
 * A complete application for general surgery (the demo doctor's department), the patient attending
 * alone: the printing fixture's patient (print-fixtures.ts) as JSON, with preferred dates ahead of today.
 */
export function generalSurgeryApplication(email: string) {
  const today = calendarDateIn(new Date(), 'Asia/Tokyo');
  return {
    patient: {
      name: { familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ' },
      birthDate: '1956-05-03',
      sex: 'female',
      address: {
        postalCode: '1130033',
        prefecture: '東京都',
        city: '文京区本郷二丁目3-4',
        line2: '本郷ハイツ101',
      },
      phone: '03-3812-0000',
      email,
      deceased: false,
      livesInJapan: true,
      japaneseNational: true,
      hasJapaneseHealthInsurance: true,
    },
    attendance: { attendance: 'patient', family: [], patientConsent: 'none' },
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
      department: 'general_surgery',
      condition: 'gastric_cancer',
      currentDiagnosis: journeyText.diagnosis,
      currentTreatment: '内服薬で経過をみています。',
      questions: journeyText.questions,
      purposes: ['treatment_opinion'],
      canProvideMaterials: true,
    },
    preferences: { preferredDates: [addDays(today, 21), addDays(today, 23)], timeOfDay: 'morning' },
    declarations: { privacyPolicyAccepted: true, consultFromJapan: true },
  };
}
