import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { caseDocumentsResponseSchema } from '../../src/shared/contracts/documents.js';
import {
  linkIn,
  signIn,
  uniqueEmail,
  unexpectedErrors,
  verifiedPatient,
  waitForMail,
} from './support/accounts.js';
import { collectPageErrors, expectAccessible, launchBrowser, newContext } from './support/browser.js';
import {
  fetchFromPage,
  progressSeen,
  recordProgress,
  slowUploads,
  type ProgressReading,
} from './support/documents.js';
import { projectRoot } from './support/server-process.js';

const baseUrl = inject('baseUrl');
/** The imaging CD fixture: a DICOMDIR and three patients' studies, as a hospital burns them. */
const cdFixture = path.resolve(projectRoot, '../shared/fixtures/dicom/cd-dicomdir');
/** A directory (e.g. /tmp/documents-shots) to keep phone screenshots in, to look at; nothing compares them. */
const screenshotDir = process.env.DOCUMENTS_SCREENSHOTS;

let browser: Browser;
let account: { email: string; password: string };
let patient: BrowserContext;
let page: Page;
let errors: string[];
let scratch: string;

beforeAll(async () => {
  browser = await launchBrowser();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-documents-e2e-'));
  account = await verifiedPatient(baseUrl, '山田 花子');
  patient = await newContext(browser, { viewport: 'phone' });
  page = await patient.newPage();
  errors = collectPageErrors(page);
  await signIn(page, baseUrl, account.email, account.password);
  await page.waitForURL(`${baseUrl}/account`);
});
afterAll(async () => {
  await browser.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});
afterEach(() => {
  expect(unexpectedErrors(errors)).toEqual([]);
  errors.length = 0;
});

async function screenshot(on: Page, name: string): Promise<void> {
  if (screenshotDir) await on.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

async function expectNoHorizontalScroll(on: Page, what: string): Promise<void> {
  const overflow = await on.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, what).toBeLessThanOrEqual(0);
}

/** A new draft application of the signed-in patient, made the way the page would (its cookie, its origin). */
async function newDraftCase(): Promise<string> {
  const created = await fetchFromPage(page, 'POST', '/api/v1/cases');
  expect(created.status).toBe(201);
  const { id } = created.json as { id: unknown };
  if (typeof id !== 'string') throw new Error('no case id');
  return id;
}

async function caseDocuments(caseId: string) {
  const answer = await fetchFromPage(page, 'GET', `/api/v1/cases/${caseId}/documents`);
  expect(answer.status).toBe(200);
  return caseDocumentsResponseSchema.parse(answer.json);
}

async function openDocuments(caseId: string, code: string): Promise<Locator> {
  await page.goto(`${baseUrl}/applications/${caseId}/documents`);
  await page.getByRole('heading', { level: 1, name: '書類や画像を送る' }).waitFor();
  const item = page.locator(`[data-testid="checklist-item"][data-code="${code}"]`);
  await item.waitFor();
  return item;
}

/**
 * A real PDF (the server decides by content, so it must start like one), padded with a comment line to
 * `bytes` when a journey needs a file large enough for its progress to be seen.
 */
function writePdf(name: string, bytes = 0): string {
  const file = path.join(scratch, name);
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    'trailer << /Root 1 0 R >>',
    `%${name}`,
    `%${'0123456789abcdef'.repeat(Math.ceil(bytes / 16))}`,
    '%%EOF',
  ].join('\n');
  fs.writeFileSync(file, body);
  return file;
}

/** The CD copied as a patient's computer would hold it, with what a computer and a CD add. */
function copyOfCd(): { folder: string; images: number } {
  const folder = path.join(scratch, 'CD_IMAGES');
  fs.cpSync(cdFixture, folder, { recursive: true });
  fs.chmodSync(folder, 0o755);
  fs.writeFileSync(path.join(folder, '.DS_Store'), 'Bud1 finder data');
  fs.writeFileSync(path.join(folder, 'viewer.exe'), 'MZ not really a program');
  const images = fs
    .readdirSync(cdFixture, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /^\d+$/.test(entry.name)).length;
  return { folder, images };
}

/** Progress that was seen part-way, not only at its start and end. */
const partWay = (readings: readonly ProgressReading[]) =>
  readings.some(({ value }) => value > 0 && value < 100);
/** The speed and the time left, in words, while the bytes moved. */
const spokeOfSpeed = (readings: readonly ProgressReading[]) =>
  readings.some(({ text }) => /速さ：.+\/秒/.test(text) && /残り時間：/.test(text));

describe('documents of an application (phone)', () => {
  it('sends a whole imaging CD folder with per-file and total progress, and shows what arrived', async () => {
    const caseId = await newDraftCase();
    const item = await openDocuments(caseId, 'CLINICAL_DATA');
    await expectNoHorizontalScroll(page, 'documents page');
    const { folder, images } = copyOfCd();
    // The DICOMDIR and every image; README.txt (a CD's text), viewer.exe and .DS_Store stay behind.
    const toSend = images + 1;

    const network = await slowUploads(page, 8 * 1024);
    await recordProgress(page);
    await item.getByTestId('folder-input').setInputFiles(folder);

    const group = item.locator('[data-testid="upload-group"][data-kind="imagingCd"]');
    expect(await group.getByTestId('imaging-cd-title').innerText()).toBe(
      `画像CD（DICOM）：${toSend}個のファイル`,
    );
    const groupText = await group.innerText();
    expect(groupText).toContain('パソコンが自動で作るファイル1個は送りません。');
    expect(groupText).toContain('画像を見るためのソフトなど2個は送りません');
    await item.locator('[data-testid="upload-row"][data-phase="uploading"]').first().waitFor();
    await page.getByTestId('upload-totals').waitFor();
    await screenshot(page, 'documents-cd-during');
    await expectNoHorizontalScroll(page, 'documents page while sending');
    await expectAccessible(page);

    await group.getByTestId('imaging-cd-done').waitFor({ timeout: 120_000 });
    await network.restore();
    const seen = await progressSeen(page);
    const total = seen['すべてのファイルの送信'] ?? [];
    expect(partWay(total), JSON.stringify(total)).toBe(true);
    expect(spokeOfSpeed(total), JSON.stringify(total)).toBe(true);
    expect(total.at(-1)?.value).toBe(100);
    expect(partWay(seen[`画像CD（DICOM）：${toSend}個のファイルの送信`] ?? [])).toBe(true);
    // A CD file is a few KB: its own bar is on screen while it goes, from 0 to done (a bar may leave
    // before the next redraw, so not every one is seen at 100).
    const perFile = Object.entries(seen).filter(([label]) => /^「.+」の送信$/.test(label));
    expect(perFile.length).toBeGreaterThan(toSend / 2);
    expect(perFile.some(([, readings]) => readings[0]?.value === 0 && readings.at(-1)?.value === 100)).toBe(
      true,
    );
    expect(await page.getByTestId('upload-totals-files').innerText()).toBe(
      `ファイル：${toSend} / ${toSend}個`,
    );

    // Every file is "received", one by one.
    await group.getByRole('button', { name: `すべてのファイルを見る（${toSend}個）` }).click();
    const rows = group.getByTestId('upload-row');
    expect(await rows.count()).toBe(toSend);
    expect(
      new Set(await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-phase')))),
    ).toEqual(new Set(['received']));

    // The checklist item and the DICOM summary come back from the server.
    await expect
      .poll(() => item.getByTestId('checklist-state').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('received');
    const summary = item.getByTestId('dicom-documents');
    // The list is fetched again at most every few seconds while files arrive, and once after the last.
    await expect
      .poll(() => summary.innerText(), { timeout: 15_000 })
      .toContain(`画像CD（DICOM）：${toSend}個のファイル`);
    expect(await summary.getByTestId('dicom-images').innerText()).toBe(`読み取れた画像：${images}枚`);
    await summary.getByRole('button', { name: 'ファイルの一覧を見る' }).click();
    expect(await summary.innerText()).toMatch(/画像（DICOM）：検査1件、シリーズ1件、画像1枚/);
    const server = await caseDocuments(caseId);
    expect(server.documents).toHaveLength(toSend);
    expect(server.documents.filter((document) => document.dicom !== null)).toHaveLength(images);
    await screenshot(page, 'documents-cd-after');
    await expectAccessible(page);
    await expectNoHorizontalScroll(page, 'documents page after sending');
  }, 180_000);

  it('sends a PDF, gives back the same bytes, and removes it after asking (draft)', async () => {
    const caseId = await newDraftCase();
    const item = await openDocuments(caseId, 'REFERRAL_LETTER');
    // Large enough (2 MB at 512 KB/s) for one file's own progress, speed and time left to be seen.
    const pdf = writePdf('shoukaijo.pdf', 2 * 1024 * 1024);
    const network = await slowUploads(page, 512 * 1024);
    await recordProgress(page);
    await item.getByTestId('files-input').setInputFiles(pdf);
    await item.locator('[data-testid="upload-row"][data-phase="received"]').waitFor({ timeout: 30_000 });
    await network.restore();
    const own = (await progressSeen(page))['「shoukaijo.pdf」の送信'] ?? [];
    expect(partWay(own), JSON.stringify(own)).toBe(true);
    expect(spokeOfSpeed(own), JSON.stringify(own)).toBe(true);
    const row = item.locator('[data-testid="document"][data-name="shoukaijo.pdf"]');
    await row.waitFor({ timeout: 10_000 });
    expect(await item.getByTestId('checklist-state').getAttribute('data-state')).toBe('received');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: '「shoukaijo.pdf」をダウンロードする' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('shoukaijo.pdf');
    const saved = await download.path();
    expect(fs.readFileSync(saved).equals(fs.readFileSync(pdf))).toBe(true);

    await row.getByRole('button', { name: '「shoukaijo.pdf」を取り除く' }).click();
    const dialog = page.getByRole('dialog', { name: 'このファイルを取り除きますか' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('「shoukaijo.pdf」を、送ったファイルから取り除きます。');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: '取り除く' }).click();
    await row.waitFor({ state: 'detached' });
    await expect.poll(() => item.getByTestId('checklist-state').getAttribute('data-state')).toBe('missing');
    expect((await caseDocuments(caseId)).documents).toEqual([]);
  });

  it('takes a file dropped on an item’s box (desktop), and keeps the page when one is dropped beside it', async () => {
    const caseId = await newDraftCase();
    const desktop = await newContext(browser, { viewport: 'desktop' });
    const desk = await desktop.newPage();
    const deskErrors = collectPageErrors(desk);
    await signIn(desk, baseUrl, account.email, account.password);
    await desk.waitForURL(`${baseUrl}/account`);
    await desk.goto(`${baseUrl}/applications/${caseId}/documents`);
    const box = desk
      .locator('[data-testid="checklist-item"][data-code="REFERRAL_LETTER"]')
      .getByTestId('file-picker');
    await box.waitFor();
    const pdf = fs.readFileSync(writePdf('dropped-letter.pdf')).toString('latin1');
    const files = await desk.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(text, (character) => character.charCodeAt(0));
      transfer.items.add(new File([bytes], 'dropped-letter.pdf', { type: 'application/pdf' }));
      return transfer;
    }, pdf);

    // Beside the box, the browser must not open the file in place of the page (the drop is refused).
    const refused = await desk.evaluate(
      (transfer) =>
        !document
          .querySelector('h1')
          ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })),
      files,
    );
    expect(refused).toBe(true);

    await box.dispatchEvent('dragover', { dataTransfer: files });
    expect(await box.innerText()).toContain('ここで離すと追加します');
    await box.dispatchEvent('drop', { dataTransfer: files });
    const row = desk.locator('[data-testid="upload-row"][data-name="dropped-letter.pdf"]');
    await row.and(desk.locator('[data-phase="received"]')).waitFor();
    expect(await box.innerText()).not.toContain('ここで離すと追加します');
    expect(unexpectedErrors(deskErrors)).toEqual([]);
    await desktop.close();
  });

  it('shows the server’s plain refusal of a web page renamed .pdf', async () => {
    const caseId = await newDraftCase();
    const item = await openDocuments(caseId, 'REFERRAL_LETTER');
    const fake = path.join(scratch, 'kensa-kekka.pdf');
    fs.writeFileSync(fake, '<!doctype html><html><body><script>alert(1)</script></body></html>');
    await item.getByTestId('files-input').setInputFiles(fake);
    const refused = item.locator('[data-testid="upload-row"][data-phase="refused"]');
    await refused.waitFor();
    expect(await refused.getByTestId('upload-refusal').innerText()).toContain(
      'この種類のファイルは受け付けられません（ファイルの名前を変えても、種類は変わりません）',
    );
    expect(await refused.getByTestId('upload-phase').innerText()).toBe('受け付けられませんでした');
    expect((await caseDocuments(caseId)).documents).toEqual([]);
    await expectAccessible(page);
  });
});

describe('the primary physician’s link', () => {
  it('takes a referral letter without an account, closes when finished, and files it on the case', async () => {
    const caseId = await newDraftCase();
    const physicianEmail = uniqueEmail('physician');
    const sent = await fetchFromPage(page, 'POST', `/api/v1/cases/${caseId}/physician-links`, {
      email: physicianEmail,
    });
    expect(sent.status).toBe(201);
    const link = linkIn(await waitForMail(baseUrl, physicianEmail, 'physician_upload_link'), baseUrl);
    expect(link).toMatch(/\/physician-upload#token=/);
    const token = new URLSearchParams(new URL(link).hash.slice(1)).get('token') ?? '';

    const physician = await newContext(browser, { viewport: 'phone' });
    const doctor = await physician.newPage();
    const doctorErrors = collectPageErrors(doctor);
    const requests: { url: string; authorization: string; referer: string }[] = [];
    doctor.on('request', (request) => {
      const headers = request.headers();
      requests.push({
        url: request.url(),
        authorization: headers.authorization ?? '',
        referer: headers.referer ?? '',
      });
    });
    await doctor.goto(link);
    const title = doctor.getByRole('heading', { level: 1, name: '資料の送付（主治医の先生へ）' });
    await title.waitFor();
    // Out of the address bar at once, kept for this tab: a reload still works.
    expect(doctor.url()).toBe(`${baseUrl}/physician-upload`);
    await doctor.reload();
    await title.waitFor();
    const body = await doctor.locator('main').innerText();
    expect(body).toMatch(/このリンクの有効期限：\d{4}\/\d{1,2}\/\d{1,2} \d{2}:\d{2}まで/);
    expect(await doctor.getByTestId('physician-asked').innerText()).toContain('診療情報提供書（紹介状）');
    const letter = doctor.locator('[data-testid="physician-item"][data-code="REFERRAL_LETTER"]');
    // Imaging CDs go as a whole folder here too.
    await doctor
      .locator('[data-testid="physician-item"][data-code="CLINICAL_DATA"]')
      .getByTestId('choose-folder')
      .waitFor();
    await screenshot(doctor, 'physician-open');
    await expectAccessible(doctor);
    await expectNoHorizontalScroll(doctor, 'physician page');

    await letter.getByTestId('files-input').setInputFiles(writePdf('referral-from-dr-sato.pdf'));
    await letter.locator('[data-testid="upload-row"][data-phase="received"]').waitFor();
    await expect
      .poll(() => doctor.getByTestId('physician-receipts').innerText())
      .toContain('referral-from-dr-sato.pdf');
    await screenshot(doctor, 'physician-sent');
    await expectAccessible(doctor);
    await expectNoHorizontalScroll(doctor, 'physician page after sending');

    const uploads = requests.filter((request) => new URL(request.url).pathname.startsWith('/api/v1/uploads'));
    expect(uploads.length).toBeGreaterThan(0);
    expect(uploads.every((request) => request.authorization === `Bearer ${token}`)).toBe(true);
    expect(requests.some((request) => request.url.includes(token) || request.referer.includes(token))).toBe(
      false,
    );

    await doctor.getByTestId('physician-finish').click();
    const confirm = doctor.getByRole('dialog', { name: '送付を完了しますか' });
    await confirm.getByRole('button', { name: '完了する' }).click();
    await doctor.getByTestId('physician-thank-you').waitFor();
    expect(await doctor.getByTestId('physician-thank-you').innerText()).toContain(
      '受け取った資料：1個のファイル',
    );
    await screenshot(doctor, 'physician-thank-you');
    // Nothing of the link is left in the tab (the scroll positions of the router may stay).
    const kept = await doctor.evaluate(() =>
      Object.keys(window.sessionStorage).map((key) => window.sessionStorage.getItem(key) ?? ''),
    );
    expect(kept.filter((value) => value.includes(token))).toEqual([]);

    // The link is closed for good: opened again from the mail (a new tab), or in this same tab.
    const again = await physician.newPage();
    const againErrors = collectPageErrors(again);
    await again.goto(link);
    await again.getByTestId('physician-link-invalid').waitFor();
    expect(again.url()).toBe(`${baseUrl}/physician-upload`);
    expect(await again.locator('main').innerText()).toContain('新しいリンクをお願いしてください');
    await again.getByTestId('physician-link-invalid').getByTestId('phone-desk').waitFor();
    await screenshot(again, 'physician-link-closed');
    await expectAccessible(again);
    await doctor.goto(link);
    await doctor.getByTestId('physician-link-invalid').waitFor();
    expect(doctor.url()).toBe(`${baseUrl}/physician-upload`);
    expect(unexpectedErrors([...doctorErrors, ...againErrors])).toEqual([]);
    await physician.close();

    // The patient sees the letter, sent by the physician.
    const documents = await caseDocuments(caseId);
    const filed = documents.documents.find((document) => document.checklistItem === 'REFERRAL_LETTER');
    expect(filed?.versions[0]).toMatchObject({
      fileName: 'referral-from-dr-sato.pdf',
      uploadedBy: 'physician',
    });
    const item = await openDocuments(caseId, 'REFERRAL_LETTER');
    const row = item.locator('[data-testid="document"][data-name="referral-from-dr-sato.pdf"]');
    await row.waitFor();
    expect(await row.getByTestId('document-sender').innerText()).toBe('主治医の先生から届きました');
    expect(await item.getByTestId('checklist-state').getAttribute('data-state')).toBe('received');
  }, 120_000);
});
