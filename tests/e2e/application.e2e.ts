import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  fillSignIn,
  linkIn,
  signIn,
  uniqueEmail,
  unexpectedErrors,
  verifiedPatient,
  waitForMail,
} from './support/accounts.js';
import {
  checkScreen,
  checklistCodes,
  fillName,
  saved,
  stepAfter,
  uploadRequired,
  walk,
  yes,
} from './support/application.js';
import { collectPageErrors, expectAccessible, launchBrowser } from './support/browser.js';

const baseUrl = inject('baseUrl');
const phone = { width: 390, height: 844 };
/** A directory (e.g. /tmp/application-shots) to keep phone screenshots in, to look at; nothing compares them. */
const screenshotDir = process.env.APPLICATION_SCREENSHOTS;
const journeyTimeout = 240_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function open(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: phone, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  return { context, page, errors: collectPageErrors(page) };
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (screenshotDir) await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** 1 January of the year that makes the patient this old today (JST). */
function bornYearsAgo(years: number) {
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric' }).format());
  return { year: year - years, month: 1, day: 1 };
}

async function signedInPatient(page: Page, name: string) {
  const patient = await verifiedPatient(baseUrl, name);
  await signIn(page, baseUrl, patient.email, patient.password);
  await page.getByRole('heading', { level: 1, name: 'アカウント設定' }).waitFor();
  return patient;
}

/** The pre-check of a family attending alone for a 16-year-old in paediatrics, up to its outcome. */
async function precheckForTeenager(page: Page): Promise<void> {
  const birth = bornYearsAgo(16);
  await page.goto(`${baseUrl}/precheck`);
  await page.getByRole('button', { name: 'はじめる' }).click();
  const answers: Record<string, () => Promise<void>> = {
    attendance: () => page.getByRole('radio', { name: '家族だけ' }).click(),
    familyRelationship: () =>
      page
        .getByLabel('1人目の家族')
        .selectOption({ label: '父母' })
        .then(() => undefined),
    birthDate: async () => {
      await page.getByLabel('生まれた年').selectOption(String(birth.year));
      await page.getByLabel('月', { exact: true }).selectOption(String(birth.month));
      await page.getByLabel('日', { exact: true }).selectOption(String(birth.day));
    },
    purposes: () => page.getByRole('checkbox', { name: '今の治療について、意見を聞きたい' }).click(),
    department: () => page.getByRole('radio', { name: '小児科', exact: true }).click(),
    condition: () => page.getByRole('radio', { name: '小児てんかん' }).click(),
  };
  for (;;) {
    const question = page.getByTestId('question');
    await page.locator('[data-testid="question"], [data-testid="precheck-outcome"]').first().waitFor();
    if ((await page.getByTestId('precheck-outcome').count()) > 0) return;
    const step = (await question.getAttribute('data-step')) ?? '';
    await (answers[step] ?? (() => yes(page)))();
    await page.getByRole('button', { name: /^(次へ|結果を見る)$/ }).click();
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="question"]')?.getAttribute('data-step') !== before,
      step,
    );
  }
}

describe('the online application on a phone', () => {
  it(
    'R-ELIG-02, R-DOC-03: pre-check → sign up → family alone for a 16-year-old → documents → sent, with a case number',
    async () => {
      const { context, page, errors } = await open();
      await precheckForTeenager(page);
      expect(await page.getByTestId('precheck-outcome').getAttribute('data-outcome')).toBe('eligible');
      await page.getByTestId('sign-up-to-apply').click();

      const email = uniqueEmail('teen-parent');
      const password = 'hongo-no-sakura-2026';
      await page.getByLabel('患者さんのお名前').fill('山田 翔太');
      await page.getByRole('textbox', { name: 'メールアドレス' }).fill(email);
      await page.getByRole('textbox', { name: 'パスワード', exact: true }).fill(password);
      await page.getByRole('button', { name: 'アカウントを作る' }).click();
      await page.getByTestId('check-mail').waitFor();
      // The way back to the application travels through the mail (a path of this site only).
      const link = linkIn(await waitForMail(baseUrl, email, 'verify_email'), baseUrl);
      expect(link).toContain('/account/verify-email?next=%2Fapplications%2Fnew#token=');
      await page.goto(link);
      await page.getByTestId('verified').waitFor();
      await page.getByRole('link', { name: 'ログインする' }).click();
      await fillSignIn(page, email, password);
      await page.waitForURL(/\/applications\/[0-9a-f-]+\/edit\/attendance$/);

      // The pre-check's answers are there; its copy on the device is gone.
      expect(await page.getByRole('radio', { name: '家族だけ' }).getAttribute('aria-checked')).toBe('true');
      expect(await page.evaluate(() => window.localStorage.getItem('consilium.precheck.v1'))).toBeNull();
      const asked = await walk(
        page,
        {
          family: [{ name: ['山田', '花子', 'やまだ', 'ﾊﾅｺ'] }],
          patient: { name: ['山田', '翔太', 'やまだ', 'しょうた'], sex: '男性' },
          diagnosis: '小児てんかん（焦点てんかん）',
        },
        'documents',
        null,
        async (step) => {
          if (step === 'family' || step === 'patient') await screenshot(page, `step-${step}`);
        },
      );
      // Under 18: no consent form asked for (R-ELIG-02).
      expect(asked).toEqual([
        'attendance',
        'family',
        'patient',
        'contact',
        'circumstances',
        'physician',
        'consultation',
        'details',
        'purposes',
        'preferences',
      ]);

      await page.getByTestId('checklist-item').first().waitFor();
      const codes = await checklistCodes(page);
      expect(codes).toContain('RELATIONSHIP_PROOF_INSURANCE_CARD');
      expect(codes).toContain('PROXY_IDENTITY_DOCUMENTS');
      expect(codes).not.toContain('PATIENT_CONSENT_FORM');
      await uploadRequired(page);
      await screenshot(page, 'step-documents');
      await page.getByTestId('next').click();
      await walk(
        page,
        { patient: { name: ['', '', '', ''], sex: '' }, diagnosis: '' },
        'review',
        'documents',
      );

      const review = await page.locator('main').innerText();
      expect(review).toContain('山田 翔太（ヤマダ ショウタ）');
      expect(review).toContain('山田 花子（ヤマダ ハナコ）');
      expect(review).toContain('〒113-8655 東京都 文京区本郷7-3-1');
      expect(review).toContain('090-1234-5678');
      expect(await page.locator('[data-pdf]').count()).toBe(2);
      await screenshot(page, 'step-review');
      await page.getByTestId('submit').click();

      await page.getByTestId('case-status-page').waitFor();
      expect(await page.getByTestId('submitted').innerText()).toMatch(/受付番号は \d{4}-\d+ です/);
      expect(await page.getByTestId('case-number').innerText()).toMatch(/^受付番号 \d{4}-\d+$/);
      expect(await page.getByTestId('status-label').innerText()).toBe('申し込みを受け付けました');
      // Who acts now, and the phone desk with whether it is open right now.
      expect(await page.getByTestId('next-actor').innerText()).not.toBe('');
      const status = page.getByTestId('case-status-page');
      expect(await status.getByTestId('phone-desk-status').count()).toBe(1);
      expect(await status.getByTestId('status-timeline').innerText()).toContain('申し込みを送信しました');
      expect(await status.getByTestId('withdraw').count()).toBe(1);
      await expectAccessible(page);
      await screenshot(page, 'status');

      // Withdrawing says first that it cannot be undone.
      await status.getByTestId('withdraw-open').click();
      const dialog = page.getByRole('dialog', { name: '申し込みを取り下げますか' });
      expect(await dialog.innerText()).toContain('元に戻せません');
      await expectAccessible(page);
      await dialog.getByRole('button', { name: '取り下げる' }).click();
      await page.locator('[data-testid="case-status-page"][data-status="withdrawn"]').waitFor();
      expect(await page.getByTestId('status-label').innerText()).toBe('申し込みを取り下げました');
      expect(await page.getByTestId('withdraw').count()).toBe(0);
      expect(unexpectedErrors(errors)).toEqual([]);
      await context.close();
    },
    journeyTimeout,
  );

  it(
    'R-DOC-02, R-DOC-04: the daughter of an 80-year-old geriatrics patient living apart; PDFs carry the Japanese text',
    async () => {
      const { context, page, errors } = await open();
      await signedInPatient(page, '山田 太郎');
      // No pre-check on this device: the application starts empty.
      await page.goto(`${baseUrl}/applications/new`);
      const asked = await walk(
        page,
        {
          attendance: '家族だけ',
          family: [{ name: ['鈴木', '恵子', 'スズキ', 'ケイコ'], relationship: '子', together: false }],
          patient: { name: ['山田', '太郎', 'ﾔﾏﾀﾞ', 'ﾀﾛｳ'], sex: '男性', birth: bornYearsAgo(80) },
          consent: 'はい、署名してもらえる（署名ずみ）',
          consultation: { department: '老年病科', condition: '認知症' },
          purposes: ['今の診断について、意見を聞きたい'],
          diagnosis: 'アルツハイマー型認知症の疑い',
        },
        'documents',
      );
      expect(asked).toContain('consent');
      await page.getByTestId('checklist-item').first().waitFor();
      const codes = await checklistCodes(page);
      for (const code of [
        'PATIENT_CONSENT_FORM',
        'RELATIONSHIP_PROOF_FAMILY_REGISTER',
        'PROXY_IDENTITY_DOCUMENTS',
        'MEDICATION_LIST',
      ]) {
        expect(codes).toContain(code);
      }
      expect(codes).not.toContain('RELATIONSHIP_PROOF_RESIDENT_RECORD');
      await page.getByTestId('next').click();
      await walk(
        page,
        { patient: { name: ['', '', '', ''], sex: '' }, diagnosis: '' },
        'review',
        'documents',
      );

      // The printable forms, consent form included, hold what was typed in Japanese.
      expect(await page.locator('[data-pdf]').count()).toBe(3);
      const texts: Record<string, string> = {};
      for (const link of await page.locator('[data-pdf]').all()) {
        const kind = (await link.getAttribute('data-pdf')) ?? '';
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        const file = await download.path();
        texts[kind] = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
      }
      expect(texts.application).toContain('山田');
      expect(texts.application).toContain('ヤマダ');
      expect(texts.application).toContain('鈴木');
      expect(texts['consultation-sheet']).toContain('アルツハイマー型認知症の疑い');
      expect(texts['consent-form']).toContain('山田');

      // Sending before the files are in leads to the documents screen, saying which are missing.
      await page.getByTestId('submit').click();
      await page.getByTestId('documents-missing').waitFor();
      expect(await page.getByTestId('documents-missing').innerText()).toMatch(/お薬手帳|薬/);
      await checkScreen(page, 'documents after a refused submission');
      expect(unexpectedErrors(errors)).toEqual([]);
      await context.close();
    },
    journeyTimeout,
  );

  it(
    'keeps a draft through back, a reload and a second device; a save from the other device is said plainly',
    async () => {
      const first = await open();
      const patient = await signedInPatient(first.page, '佐藤 花');
      await first.page.goto(`${baseUrl}/applications/new`);
      await stepAfter(first.page, null);
      await first.page.getByRole('radio', { name: '患者さん本人だけ' }).click();
      await first.page.getByTestId('next').click();
      await stepAfter(first.page, 'attendance');
      await saved(first.page, async () => {
        await fillName(first.page, 'patient', ['佐藤', '花', 'さとう', 'はな']);
        // Leaving the field writes the reading in katakana.
        await first.page.getByTestId('patient-givenName').focus();
      });
      expect(await first.page.getByTestId('patient-familyNameKana').inputValue()).toBe('サトウ');
      await first.page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
      expect(await first.page.getByTestId('save-state').innerText()).toMatch(/保存しました \d{2}:\d{2}/);

      await first.page.reload();
      await stepAfter(first.page, null);
      expect(await first.page.getByTestId('patient-familyName').inputValue()).toBe('佐藤');
      expect(await first.page.getByTestId('patient-givenNameKana').inputValue()).toBe('ハナ');
      expect(first.page.url()).not.toContain('佐藤');

      // Back loses nothing, even a number only half typed.
      await first.page.getByTestId('back').click();
      await stepAfter(first.page, 'patient');
      await first.page.getByTestId('next').click();
      await stepAfter(first.page, 'attendance');
      expect(await first.page.getByTestId('patient-givenName').inputValue()).toBe('花');

      const second = await open();
      await signIn(second.page, baseUrl, patient.email, patient.password);
      await second.page.getByRole('heading', { level: 1, name: 'アカウント設定' }).waitFor();
      await second.page.goto(`${baseUrl}/applications`);
      await second.page.getByTestId('case-card').first().waitFor();
      await expectAccessible(second.page);
      await second.page.getByRole('link', { name: '続きを入力する' }).click();
      // The second device resumes at the first unanswered screen, with the same answers.
      expect(await stepAfter(second.page, null)).toBe('patient');
      expect(await second.page.getByTestId('patient-familyName').inputValue()).toBe('佐藤');
      expect(await second.page.getByTestId('patient-familyNameKana').inputValue()).toBe('サトウ');
      await saved(second.page, async () => {
        await second.page.getByTestId('patient-givenName').fill('花子');
        await second.page.getByTestId('patient-sex').getByRole('radio', { name: '女性' }).click();
      });

      // The first device saves on top of an older version: it loads the newer one and says so.
      await first.page.getByTestId('patient-givenNameKana').fill('はなこ');
      await first.page.getByTestId('next').click();
      await first.page.getByTestId('reloaded').waitFor();
      expect(await first.page.getByTestId('patient-givenName').inputValue()).toBe('花子');
      await expectAccessible(first.page);
      await screenshot(first.page, 'reloaded');
      expect(unexpectedErrors(first.errors)).toEqual([]);
      expect(unexpectedErrors(second.errors)).toEqual([]);
      await first.context.close();
      await second.context.close();
    },
    journeyTimeout,
  );
});
