import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDetailSchema, submitResponseSchema } from '../../src/shared/contracts/cases.js';
import { hospitalProfileSchema } from '../../src/shared/contracts/profile.js';
import { addDays, calendarDateIn } from '../../src/shared/domain/calendar.js';
import { isPhoneDeskDay } from '../../src/shared/domain/phone-desk.js';
import { enrolAuthenticator, signIn, uniqueEmail, unexpectedErrors } from './support/accounts.js';
import { collectPageErrors, expectAccessible, launchBrowser, newContext } from './support/browser.js';
import {
  generalSurgeryApplication,
  journeyText,
  requestFromPage,
  writePdf,
  writePng,
} from './support/liaison-case.js';
import { linkTokenOf, startMailedServer, type MailedServer } from './support/mailed-server.js';
import { projectRoot } from './support/server-process.js';

/**
 * The liaison centre's journey (issue 7): an application missing a proper referral letter is screened
 * in the console, the letter is asked for, the patient sends it, the department accepts, and the
 * patient's acceptance mail is received by a real SMTP server.
 *
 * Submission needs every required document, so the patient submits with a referral letter that the
 * coordinator then sends back (document review: rejected, with a reason) and asks for again
 * (requestInformation with the item REFERRAL_LETTER and a message). This is the path the server
 * supports: the case waits in awaiting_information until something new arrives and the patient says so.
 */

const desktop = { width: 1440, height: 900 };
/**
 * A directory (e.g. /tmp/liaison-shots) to keep screenshots in (the console on a desktop, the patient's
 * pages at 360 px), to look at; nothing compares them.
 */
const screenshotDir = process.env.LIAISON_SCREENSHOTS;
const { diagnosis, questions } = journeyText;
/** The patient's answer to the coordinator's message, written on the status page. */
const patientReply = '承知しました。主治医に当院宛の紹介状をお願いし、届いたらこちらから送ります。';
/**
 * Two DICOM images of other people (pydicom's test data): a small CT with a romaji name only (cannot be
 * compared: "unknown"; it has pixels, so a preview is made) and 山田^太郎 (another person: "mismatch").
 */
const otherPatientsImages = ['single/CT_small.dcm', 'charset/chrH31.dcm'].map((file) =>
  path.resolve(projectRoot, '../shared/fixtures/dicom', file),
);

// Set in beforeAll; afterAll also runs when beforeAll failed half-way, hence its optional chaining.
let server: MailedServer;
let browser: Browser;
let scratch: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-liaison-e2e-'));
  server = await startMailedServer();
  browser = await launchBrowser();
}, 200_000);
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

async function open(viewport: 'phone' | 'desktop'): Promise<{ page: Page; errors: string[] }> {
  const context =
    viewport === 'desktop'
      ? await browser.newContext({ viewport: desktop, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })
      : await newContext(browser, { viewport: 'phone' });
  contexts.push(context);
  const page = await context.newPage();
  return { page, errors: collectPageErrors(page) };
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (screenshotDir) await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** A staff member's first sign-in: the authenticator app is enrolled, then the console is one click away. */
async function staffSignIn(page: Page, role: 'coordinator' | 'doctor'): Promise<void> {
  const login = server.demo(role);
  await signIn(page, server.url, login.email, login.password);
  await page.waitForURL(/\/account\/authenticator/);
  await page.getByRole('button', { name: '認証アプリを使う' }).click();
  await enrolAuthenticator(page);
  await page.waitForURL(`${server.url}/account`);
  await page.getByTestId('account-menu').click();
  await page.getByRole('menuitem', { name: '連携センター 受付一覧' }).click();
  await page.waitForURL(`${server.url}/liaison`);
  await page.getByTestId('queue-table').waitFor();
}

async function runCommand(page: Page, command: string, expectMail: string | null): Promise<void> {
  await page.getByTestId(`command-${command}`).click();
  const dialog = page.getByTestId('command-dialog');
  await dialog.waitFor();
  const mail = await dialog.getByTestId('command-mail').innerText();
  if (expectMail) expect(mail).toContain(expectMail);
  else expect(mail).toBe('申込者にメールは送りません。');
  await dialog.getByTestId('command-confirm').click();
  await page.getByTestId('command-done').waitFor();
}

const caseStatusOf = (page: Page) => page.getByTestId('liaison-case').getAttribute('data-status');

describe('the liaison console', () => {
  const state = { caseId: '', caseNumber: '', email: '', password: 'kawa-no-nagare-2026' };
  let patient: { page: Page; errors: string[] };
  let coordinator: { page: Page; errors: string[] };

  it('a patient submits a complete application with a referral letter (set up through the API and the page)', async () => {
    state.email = uniqueEmail('liaison-patient');
    const post = (url: string, body: unknown) =>
      fetch(`${server.url}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const signUp = await post('/api/v1/auth/sign-up', {
      email: state.email,
      password: state.password,
      displayName: '山田 花子',
      locale: 'ja',
    });
    expect(signUp.status).toBe(202);
    const verify = await server.mailTo(state.email, (mail) => mail.text.includes('/account/verify-email'));
    expect((await post('/api/v1/auth/verify-email', { token: linkTokenOf(verify) })).status).toBe(204);

    patient = await open('phone');
    await signIn(patient.page, server.url, state.email, state.password);
    await patient.page.waitForURL(`${server.url}/account`);
    const created = await requestFromPage(patient.page, 'POST', '/api/v1/cases');
    expect(created.status).toBe(201);
    const draft = caseDetailSchema.parse(created.json);
    state.caseId = draft.id;
    const saved = await requestFromPage(patient.page, 'PUT', `/api/v1/cases/${draft.id}/application`, {
      revision: draft.revision,
      application: generalSurgeryApplication(state.email),
    });
    expect(saved.status).toBe(200);

    await patient.page.goto(`${server.url}/applications/${draft.id}/documents`);
    const items = patient.page.getByTestId('checklist-item');
    await items.first().waitFor();
    const codes = await items.evaluateAll((all) => all.map((item) => item.getAttribute('data-code') ?? ''));
    expect(codes).toContain('REFERRAL_LETTER');
    for (const code of codes) {
      if (['APPLICATION_FORM', 'CONSULTATION_SHEET'].includes(code)) continue;
      const item = patient.page.locator(`[data-testid="checklist-item"][data-code="${code}"]`);
      // The identity document is a photo of the card; the rest are scanned letters.
      const file =
        code === 'PATIENT_IDENTITY_DOCUMENT'
          ? writePng(scratch, 'menkyosho.png')
          : writePdf(scratch, `${code.toLowerCase()}.pdf`);
      await item.getByTestId('files-input').setInputFiles(file);
      await item
        .locator('[data-testid="checklist-state"][data-state="received"]')
        .waitFor({ timeout: 60_000 });
    }
    // Images of somebody else among the clinical data: the console must flag them.
    const clinical = patient.page.locator('[data-testid="checklist-item"][data-code="CLINICAL_DATA"]');
    await clinical.getByTestId('files-input').setInputFiles(otherPatientsImages);
    const received = clinical.locator('[data-testid="upload-row"][data-phase="received"]');
    await expect.poll(() => received.count(), { timeout: 60_000 }).toBe(3);
    const submitted = await requestFromPage(patient.page, 'POST', `/api/v1/cases/${draft.id}/submit`);
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
    state.caseNumber = submitResponseSchema.parse(submitted.json).caseNumber;
  }, 180_000);

  it('the coordinator finds it in the queue by keyboard, filters in the URL and searches by POST', async () => {
    coordinator = await open('desktop');
    const { page } = coordinator;
    await staffSignIn(page, 'coordinator');
    await page.locator(`[data-testid="queue-row"][data-case-id="${state.caseId}"]`).waitFor();
    expect(
      await page
        .getByTestId('queue-table')
        .locator('thead th')
        .first()
        .evaluate((th) => getComputedStyle(th).position),
    ).toBe('sticky');
    await expectAccessible(page);
    await screenshot(page, 'queue');

    // A status chip narrows the queue, in the URL.
    await page.locator('[data-testid="status-chip"][data-status="submitted"]').click();
    await page.waitForURL(/status=submitted/);
    await page.getByTestId('filter-flag-needs_review').click();
    await page.waitForURL(/flags=needs_review/);
    await page.getByTestId('filters-clear').click();
    await page.waitForURL(`${server.url}/liaison`);

    // "/" goes to the search box; the name is posted, never put in the URL.
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'queue-search',
    );
    await page.keyboard.type('やまだ はなこ');
    const search = page.waitForRequest((request) => request.url().endsWith('/api/v1/liaison/cases/search'));
    await page.keyboard.press('Enter');
    expect((await search).method()).toBe('POST');
    await page.getByTestId('queue-search-active').waitFor();
    expect(page.url()).toBe(`${server.url}/liaison`);
    const row = page.locator(`[data-testid="queue-row"][data-case-id="${state.caseId}"]`);
    await row.waitFor();
    expect(await row.getByTestId('queue-patient').innerText()).toBe('山田 花子');
    expect(await row.getByTestId('queue-status').innerText()).toBe('受付（未着手）');
    expect(await row.locator('[data-testid="flag"][data-flag="identity_mismatch"]').innerText()).toBe(
      '画像の本人不一致',
    );

    // "?" lists the shortcuts; j selects the first row and Enter opens it.
    await page.locator('main h1').click();
    await page.keyboard.press('?');
    await page.getByTestId('shortcuts-help').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('shortcuts-help').waitFor({ state: 'detached' });
    await page.keyboard.press('j');
    expect(
      await page.locator('[data-testid="queue-row"][data-selected="true"]').getAttribute('data-case-id'),
    ).toBe(state.caseId);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/liaison/cases/${state.caseId}`);
    await page.getByTestId('liaison-case').waitFor();
    expect(unexpectedErrors(coordinator.errors)).toEqual([]);
  }, 180_000);

  it('the coordinator screens it, sends the referral letter back and asks for it again', async () => {
    const { page } = coordinator;
    expect(await page.getByTestId('patient-name').innerText()).toBe('山田 花子（ヤマダ ハナコ）');
    expect(await page.getByTestId('asked-questions').innerText()).toBe(questions);
    expect(await page.getByTestId('eligibility-outcome').getAttribute('data-outcome')).toBe('eligible');
    // The coordinator sees the account's address (to write or call back); the doctor will not.
    expect(await page.getByTestId('applicant-email').innerText()).toContain(state.email);
    expect(await page.title()).not.toContain('山田');
    await expectAccessible(page);
    await screenshot(page, 'case-submitted');

    // The study tree: the series is flagged with its reasons; its preview appears once the job made it.
    const series = page.locator('[data-testid="dicom-series"][data-identity="mismatch"]');
    expect(await series.getByTestId('identity-reasons').innerText()).toContain('氏名が違う');
    await page.getByTestId('identity-mismatch').waitFor();
    const preview = page.getByRole('img', { name: 'シリーズ 1（CT）のプレビュー' });
    await preview.waitFor({ timeout: 60_000 });
    // The preview loads lazily, when it comes into view.
    await preview.scrollIntoViewIfNeeded();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await screenshot(page, 'case-imaging');

    await runCommand(page, 'startScreening', null);
    await page.locator('[data-testid="liaison-case"][data-status="screening"]').waitFor();

    const letter = page.locator('[data-testid="document-row"][data-code="REFERRAL_LETTER"]');
    // The PDF opens in the browser's own viewer, in a new tab (the server sends files as attachments).
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      letter.getByTestId('open-pdf').click(),
    ]);
    await expect.poll(() => tab.url()).toMatch(/^blob:/);
    await tab.close();
    await letter.getByTestId('document-reject').click();
    expect(await page.getByTestId('review-explained').innerText()).toContain('お願いがあります');
    await page
      .getByTestId('review-reason')
      .fill('紹介状の宛先が当院ではありません。当院宛の紹介状を主治医に書いていただいてください。');
    await page.getByTestId('review-confirm').click();
    await page
      .locator('[data-testid="document-row"][data-code="REFERRAL_LETTER"][data-review="rejected"]')
      .waitFor();
    await server.mailTo(state.email, (mail) =>
      mail.text.includes('お送りいただいた資料について、お願いがあります'),
    );

    await page.getByTestId('command-requestInformation').click();
    const dialog = page.getByTestId('command-dialog');
    expect(await dialog.getByTestId('request-item-REFERRAL_LETTER').isChecked()).toBe(true);
    expect(await dialog.getByTestId('command-mail').innerText()).toContain(
      '山田 花子さんのアカウントのメールアドレス',
    );
    // The message is required: the dialog says so instead of sending.
    await dialog.getByTestId('command-confirm').click();
    await dialog.getByText('申込者へのメッセージを書いてください。').waitFor();
    await dialog
      .getByTestId('command-message')
      .fill('当院宛の紹介状（診療情報提供書）をお送りください。届きしだい確認します。');
    await expectAccessible(page);
    await dialog.getByTestId('command-confirm').click();
    await page.getByTestId('command-done').waitFor();
    expect(await page.getByTestId('command-done').innerText()).toContain('お知らせのメールを送りました');
    await page.locator('[data-testid="liaison-case"][data-status="awaiting_information"]').waitFor();
    await server.mailTo(state.email, (mail) => mail.text.includes('資料の追加をお願いします'));
    expect(unexpectedErrors(coordinator.errors)).toEqual([]);
  }, 120_000);

  it('the coordinator logs a call (a call-back outside the desk hours is refused in the server’s words) and writes to the patient', async () => {
    const { page } = coordinator;
    const profile = hospitalProfileSchema.parse(await (await fetch(`${server.url}/api/v1/profile`)).json());
    let day = addDays(calendarDateIn(new Date(), profile.timeZone), 1);
    while (!isPhoneDeskDay(day, profile.phoneDesk)) day = addDays(day, 1);

    await page.getByTestId('call-add').click();
    const form = page.getByTestId('call-form');
    await form.getByTestId('call-outcome').selectOption('no_answer');
    await form.getByTestId('call-next-action').fill('明日の午前にもう一度かける');
    await form.getByTestId('call-back-at').fill(`${day}T03:00`);
    await form.getByTestId('call-save').click();
    await form
      .getByText(/電話窓口の受付時間（10:00〜17:00/)
      .first()
      .waitFor();
    await form.getByTestId('call-back-at').fill(`${day}T11:00`);
    await form.getByTestId('call-save').click();
    await page.getByTestId('call-row').waitFor();
    expect(await page.getByTestId('call-row').innerText()).toContain('出なかった');

    // The ID image is compared in the viewer panel, then the identity is marked as verified.
    await page.getByTestId('identity-compare').click();
    const card = page.getByTestId('image-viewer');
    await card.waitFor();
    await expect.poll(() => card.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await page.getByTestId('identity-verify-open').click();
    expect(await page.getByTestId('identity-method').inputValue()).toBe('identity_document');
    expect(await page.getByTestId('identity-explained').innerText()).toContain('患者さんには知らせません');
    await page.getByTestId('identity-verify-confirm').click();
    await page.locator('[data-testid="identity-state"][data-verified="true"]').waitFor();

    // A secure message: its text stays behind the sign-in, the mail only says one is waiting.
    const text = 'お電話がつながりませんでした。紹介状について、ご不明な点があればこちらでお知らせください。';
    await page.getByTestId('message-body').fill(text);
    await page.getByTestId('message-send').click();
    await page.locator('[data-testid="message"][data-author="staff"]').getByText(text).waitFor();
    const notice = await server.mailTo(state.email, (mail) =>
      mail.text.includes('新しいメッセージが届いています'),
    );
    expect(notice.text).not.toContain(text);
    expect(unexpectedErrors(coordinator.errors)).toEqual([]);
  }, 60_000);

  it('the patient sees the request on the status page, answers the message, sends the letter and says it is provided', async () => {
    const { page } = patient;
    await page.goto(`${server.url}/applications/${state.caseId}`);
    await page.locator('[data-testid="case-status-page"][data-status="awaiting_information"]').waitFor();
    const timeline = await page.getByTestId('status-timeline').innerText();
    expect(timeline).toContain('当院宛の紹介状（診療情報提供書）をお送りください。');

    // The request panel: the centre's words, the letter not there yet, and no confirmation before it is.
    const panel = page.getByTestId('information-request');
    await panel.getByRole('heading', { name: '病院から資料の追加をお願いしています' }).waitFor();
    expect(await panel.getByTestId('information-request-message').innerText()).toContain(
      '当院宛の紹介状（診療情報提供書）をお送りください。届きしだい確認します。',
    );
    const letter = panel.locator('[data-testid="requested-item"][data-code="REFERRAL_LETTER"]');
    expect(await letter.getAttribute('data-state')).toBe('sendAgain');
    expect(await letter.innerText()).toContain('まだです');
    expect(await panel.getByTestId('information-provided').isDisabled()).toBe(true);
    expect(await panel.getByTestId('information-provided-blocked').innerText()).toContain(
      'まだ新しい資料が届いていないため',
    );

    // The coordinator's message is read on the page (the mail only said one was waiting); the reply too.
    const messages = page.getByTestId('case-messages');
    const fromCentre = messages.locator('[data-testid="case-message"][data-author="staff"]');
    expect(await fromCentre.getByTestId('case-message-body').innerText()).toBe(
      'お電話がつながりませんでした。紹介状について、ご不明な点があればこちらでお知らせください。',
    );
    expect(await fromCentre.innerText()).toMatch(/病院（.+）\n+\d{4}年\d{1,2}月\d{1,2}日/);
    // Sending nothing is refused next to the field, before anything reaches the server.
    await messages.getByTestId('case-message-send').click();
    await messages.getByText('メッセージを書いてから、送ってください。').waitFor();
    await messages.getByTestId('case-message-draft').fill(patientReply);
    expect(await messages.getByTestId('case-message-left').innerText()).toBe(
      `あと ${(4000 - patientReply.length).toLocaleString('ja-JP')} 文字書けます（4,000 文字まで）`,
    );
    await expectAccessible(page);
    await screenshot(page, 'patient-request');
    await messages.getByTestId('case-message-send').click();
    await messages.getByTestId('case-message-sent').waitFor();
    const mine = messages.locator('[data-testid="case-message"][data-author="patient"]');
    expect(await mine.getByTestId('case-message-body').innerText()).toBe(patientReply);
    expect(await mine.innerText()).toContain('あなた');
    expect(await messages.getByTestId('case-message-draft').inputValue()).toBe('');

    // The way to the upload page, where a banner says to come back and confirm.
    await panel.getByTestId('information-request-upload').click();
    await page.waitForURL(`${server.url}/applications/${state.caseId}/documents`);
    await page.getByTestId('awaiting-information-banner').waitFor();
    const item = page.locator('[data-testid="checklist-item"][data-code="REFERRAL_LETTER"]');
    await item.getByTestId('checklist-rejection').waitFor();
    await item.getByTestId('files-input').setInputFiles(writePdf(scratch, 'shoukaijo-touin-ate.pdf'));
    await item.locator('[data-testid="upload-row"][data-phase="received"]').waitFor({ timeout: 60_000 });
    await screenshot(page, 'patient-documents-banner');
    await page.getByTestId('awaiting-information-back').click();
    await page.waitForURL(`${server.url}/applications/${state.caseId}`);

    // "資料を送りました": the case is back in screening, and the page says so calmly.
    await panel
      .locator('[data-testid="requested-item"][data-code="REFERRAL_LETTER"][data-state="arrived"]')
      .waitFor();
    expect(await panel.getByTestId('information-provided-blocked').count()).toBe(0);
    await panel.getByTestId('information-provided').click();
    await page.locator('[data-testid="case-status-page"][data-status="screening"]').waitFor();
    const done = page.getByTestId('information-provided-done');
    expect(await done.innerText()).toContain('ありがとうございます。病院にお伝えしました');
    expect(await done.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByTestId('status-label').innerText()).toBe('病院で内容を確かめています');
    expect(await page.getByTestId('information-request').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'patient-provided');
    expect(unexpectedErrors(patient.errors)).toEqual([]);
  }, 120_000);

  it('the coordinator accepts the new letter and sends the case to department review', async () => {
    const { page } = coordinator;
    await page.reload();
    await page.locator('[data-testid="liaison-case"][data-status="screening"]').waitFor();
    await page.locator('[data-testid="message"][data-author="patient"]').getByText(patientReply).waitFor();
    const fresh = page.locator(
      '[data-testid="document-row"][data-code="REFERRAL_LETTER"][data-review="received"]',
    );
    await fresh.getByTestId('document-accept').click();
    await page.getByTestId('review-confirm').click();
    await page
      .locator('[data-testid="document-row"][data-code="REFERRAL_LETTER"][data-review="accepted"]')
      .waitFor();
    await runCommand(page, 'sendToDepartmentReview', null);
    await page.locator('[data-testid="liaison-case"][data-status="department_review"]').waitFor();
    expect(await page.getByTestId('timeline').innerText()).toContain('診療科の検討に回した');
    await screenshot(page, 'case-department-review');

    // Back in the queue, the counts moved with the case.
    await page.getByRole('link', { name: '← 受付一覧に戻る' }).click();
    const chip = page.locator('[data-testid="status-chip"][data-status="department_review"]');
    await chip.waitFor();
    expect(await chip.innerText()).toContain('診療科で検討中 1件');
    // The coordinator leaves the case open while the department decides.
    await page.goBack();
    await page.locator('[data-testid="liaison-case"][data-status="department_review"]').waitFor();
    expect(unexpectedErrors(coordinator.errors)).toEqual([]);
  }, 120_000);

  it('the doctor of the department accepts; the patient is told by a mail received over SMTP', async () => {
    // The department's doctor was told by mail that a case waits: the console's link, nothing else.
    const doctorLogin = server.demo('doctor');
    const reviewMail = await server.mailTo(doctorLogin.email, (candidate) =>
      candidate.text.includes(`/liaison/cases/${state.caseId}`),
    );
    expect(reviewMail.text).toContain('検討をお願いする相談が届きました');
    for (const secret of [diagnosis, questions, '胃癌', '山田', state.caseNumber]) {
      expect(reviewMail.text).not.toContain(secret);
      expect(reviewMail.headers.get('subject') ?? '').not.toContain(secret);
    }

    const doctor = await open('desktop');
    const { page } = doctor;
    await staffSignIn(page, 'doctor');
    await page
      .locator(`[data-testid="queue-row"][data-case-id="${state.caseId}"] [data-testid="queue-open"]`)
      .click();
    await page.locator('[data-testid="liaison-case"][data-status="department_review"]').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'case-doctor');
    // The applicant's account address is for the coordinators, not for the doctor.
    expect(await page.getByTestId('applicant-email').count()).toBe(0);

    // The accepted letter opens in the console's own PDF panel, served inline and sandboxed.
    const letter = page.locator(
      '[data-testid="document-row"][data-code="REFERRAL_LETTER"][data-review="accepted"]',
    );
    const [inline] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/inline')),
      letter.getByTestId('view-pdf').click(),
    ]);
    expect(inline.status()).toBe(200);
    // The frame's response is Chromium's PDF viewer's own; the server's headers are read with a fetch.
    const headers = await page.evaluate(async (url) => {
      const response = await fetch(url, { credentials: 'same-origin' });
      return Object.fromEntries(response.headers.entries());
    }, inline.url());
    expect(headers['content-type']).toBe('application/pdf');
    expect(headers['content-disposition']).toMatch(/^inline; /);
    expect(headers['content-security-policy']).toContain('sandbox');
    await page.getByTestId('pdf-viewer').waitFor();
    await page.getByTestId('pdf-download').waitFor();
    await screenshot(page, 'case-doctor-pdf');
    await page.keyboard.press('Escape');
    await page.getByTestId('pdf-viewer').waitFor({ state: 'detached' });

    // Acceptance names the specialist, chosen among the department's doctors (the doctor by default).
    await page.getByTestId('command-accept').click();
    const dialog = page.getByTestId('command-dialog');
    const specialist = dialog.getByTestId('accept-specialist');
    await expect.poll(() => specialist.isEnabled()).toBe(true);
    expect(await specialist.locator('option:checked').innerText()).toBe('外科 一郎（あなた）');
    await specialist.selectOption({ label: '外科 一郎（あなた）' });
    expect(await dialog.getByTestId('command-mail').innerText()).toContain(
      '山田 花子さんのアカウントのメールアドレス',
    );
    await dialog.getByTestId('command-confirm').click();
    await page.getByTestId('command-done').waitFor();
    await page.locator('[data-testid="liaison-case"][data-status="accepted"]').waitFor();
    expect(await caseStatusOf(page)).toBe('accepted');
    await page.getByText('担当医：外科 一郎').waitFor();

    // The coordinator, with the case still open, sees the answer without reloading (the case's pulse).
    await coordinator.page
      .locator('[data-testid="liaison-case"][data-status="accepted"]')
      .waitFor({ timeout: 45_000 });
    await expect
      .poll(() => coordinator.page.getByTestId('case-refreshed').innerText())
      .toContain('表示を更新しました');
    expect(unexpectedErrors(coordinator.errors)).toEqual([]);

    const mail = await server.mailTo(state.email, (candidate) =>
      candidate.text.includes('ご相談をお受けすることになりました'),
    );
    expect(mail.headers.get('to')).toContain(state.email);
    for (const medical of [diagnosis, questions, '胃癌', '一般外科', '山田', state.caseNumber]) {
      expect(mail.text).not.toContain(medical);
      expect(mail.headers.get('subject') ?? '').not.toContain(medical);
    }

    await patient.page.goto(`${server.url}/applications/${state.caseId}`);
    await patient.page.locator('[data-testid="case-status-page"][data-status="accepted"]').waitFor();
    expect(unexpectedErrors(doctor.errors)).toEqual([]);
    expect(unexpectedErrors(patient.errors)).toEqual([]);
  }, 120_000);
});
