import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible } from './browser.js';

/** The online application's screens as a person fills them in, for tests/e2e/application.e2e.ts. */

/** A small valid one-page PDF, different for each label, as a scanned document would be. */
export function minimalPdf(label: string): Buffer {
  const content = `BT /F1 12 Tf 20 100 Td (${label}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The application screen on display, once it has replaced `previous`. */
export async function stepAfter(page: Page, previous: string | null): Promise<string> {
  const handle = await page.waitForFunction((before) => {
    const step = document.querySelector('[data-testid="application-step"]')?.getAttribute('data-step');
    return step && step !== before ? step : false;
  }, previous);
  return String(await handle.jsonValue());
}

/** Waits for the draft save that `action` starts (at once, or after the pause in typing). */
export async function saved(page: Page, action: () => Promise<void>): Promise<void> {
  const response = page.waitForResponse(
    (candidate) => candidate.request().method() === 'PUT' && candidate.url().endsWith('/application'),
  );
  await action();
  expect((await response).status()).toBe(200);
}

/** Every screen: axe clean, nothing wider than the phone, focus on the heading the person arrived at. */
export async function checkScreen(page: Page, what: string): Promise<void> {
  await expectAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, what).toBeLessThanOrEqual(0);
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  expect(focused, what).toBe('step-heading');
}

type Name = [family: string, given: string, familyKana: string, givenKana: string];
export type Journey = {
  attendance?: string;
  family?: { name: Name; relationship?: string; together?: boolean }[];
  patient: { name: Name; sex: string; birth?: { year: number; month: number; day: number } };
  consent?: string;
  consultation?: { department: string; condition: string };
  purposes?: string[];
  diagnosis: string;
};

export async function fillName(page: Page, prefix: string, [family, given, familyKana, givenKana]: Name) {
  await page.getByTestId(`${prefix}-familyName`).fill(family);
  await page.getByTestId(`${prefix}-givenName`).fill(given);
  await page.getByTestId(`${prefix}-familyNameKana`).fill(familyKana);
  await page.getByTestId(`${prefix}-givenNameKana`).fill(givenKana);
}

export const yes = (scope: Page | Locator) => scope.getByRole('radio', { name: /^はい/ }).first().click();

/** Answers one screen of the application the way the journey says (pre-filled answers are kept). */
export async function answer(page: Page, step: string, journey: Journey): Promise<void> {
  switch (step) {
    case 'attendance':
      if (journey.attendance) await page.getByRole('radio', { name: journey.attendance }).click();
      return;
    case 'family':
      for (const [index, member] of (journey.family ?? []).entries()) {
        await fillName(page, `family-${index + 1}`, member.name);
        if (member.relationship) {
          await page
            .getByTestId(`family-${index + 1}-relationship`)
            .selectOption({ label: member.relationship });
        }
        if (member.together !== undefined) {
          const card = page.getByRole('region', { name: `${index + 1}人目のご家族` });
          await card.getByRole('radio', { name: member.together ? /^はい/ : /^いいえ/ }).click();
        }
      }
      return;
    case 'patient': {
      await fillName(page, 'patient', journey.patient.name);
      const birth = journey.patient.birth;
      if (birth) {
        await page.getByTestId('birth-year').selectOption(String(birth.year));
        await page.getByTestId('birth-month').selectOption(String(birth.month));
        await page.getByTestId('birth-day').selectOption(String(birth.day));
      }
      await page.getByTestId('patient-sex').getByRole('radio', { name: journey.patient.sex }).click();
      return;
    }
    case 'contact':
      // Full-width digits and no hyphens, as a Japanese keyboard gives them.
      await page.getByTestId('patient-address-postal-code').fill('１１３８６５５');
      await page.getByTestId('patient-address-prefecture').selectOption('東京都');
      await page.getByTestId('patient-address-city').fill('文京区本郷7-3-1');
      await page.getByTestId('patient-phone').fill('０９０１２３４５６７８');
      return;
    case 'circumstances':
      for (const group of await page.getByRole('radiogroup').all()) await yes(group);
      return;
    case 'consent':
      await page.getByRole('radio', { name: journey.consent ?? '' }).click();
      return;
    case 'physician':
      await page.getByTestId('physician-institution').fill('本郷ファミリークリニック');
      await page.getByTestId('physician-department').fill('内科');
      await page.getByTestId('physician-name').fill('佐藤 一郎');
      await page.getByTestId('physician-address-postal-code').fill('113-0033');
      await page.getByTestId('physician-address-prefecture').selectOption('東京都');
      await page.getByTestId('physician-address-city').fill('文京区本郷3-1-1');
      await page.getByTestId('physician-phone').fill('03-3812-0000');
      await yes(page);
      return;
    case 'consultation':
      if (journey.consultation) {
        await page
          .getByTestId('department-choices')
          .getByRole('radio', { name: journey.consultation.department, exact: true })
          .click();
        await page
          .getByTestId('condition-choices')
          .getByRole('radio', { name: journey.consultation.condition })
          .click();
      }
      return;
    case 'details':
      await page.getByTestId('details-currentDiagnosis').fill(journey.diagnosis);
      await page.getByTestId('details-currentTreatment').fill('内服薬で治療しています。');
      await page.getByTestId('details-questions').fill('今の治療のほかに、選べる治療はありますか。');
      return;
    case 'purposes':
      for (const purpose of journey.purposes ?? [])
        await page.getByRole('checkbox', { name: purpose }).click();
      await yes(page);
      return;
    case 'preferences':
      await page.getByTestId('add-date').click();
      await page.getByTestId('time-of-day').getByRole('radio', { name: '午前' }).click();
      return;
    case 'declarations':
      await page.getByLabel('個人情報の取り扱いを読み、同意します。').check();
      await page.getByLabel('ビデオ通話には、日本国内から参加します。').check();
      return;
  }
}

/**
 * Through the application's screens from the current one (checking each), up to `stopAt`; `onScreen`
 * sees each screen once it is answered (for screenshots).
 */
export async function walk(
  page: Page,
  journey: Journey,
  stopAt: string,
  from: string | null = null,
  onScreen: (step: string) => Promise<void> = () => Promise.resolve(),
): Promise<string[]> {
  const asked: string[] = [];
  let step = await stepAfter(page, from);
  while (step !== stopAt) {
    asked.push(step);
    await checkScreen(page, step);
    await answer(page, step, journey);
    await onScreen(step);
    await page.getByTestId('next').click();
    step = await stepAfter(page, step);
  }
  await checkScreen(page, stopAt);
  return asked;
}

export const checklistCodes = (page: Page) =>
  page
    .getByTestId('checklist-item')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-code') ?? ''));

/** Uploads a small PDF for every document the checklist wants uploaded, and waits for each receipt. */
export async function uploadRequired(page: Page): Promise<void> {
  const onlineOrLater = new Set(['APPLICATION_FORM', 'CONSULTATION_SHEET', 'PATIENT_IDENTITY_DOCUMENT']);
  for (const code of await checklistCodes(page)) {
    if (onlineOrLater.has(code)) continue;
    const item = page.locator(`[data-testid="checklist-item"][data-code="${code}"]`);
    await item.getByTestId('files-input').setInputFiles({
      name: `${code.toLowerCase()}.pdf`,
      mimeType: 'application/pdf',
      buffer: minimalPdf(code),
    });
    await item.locator('[data-testid="checklist-state"][data-state="received"]').waitFor({ timeout: 60_000 });
  }
}
