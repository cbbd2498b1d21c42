import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  enrolAuthenticator,
  fillSignIn,
  freshCode,
  linkIn,
  signIn,
  uniqueEmail,
  unexpectedErrors,
  waitForMail,
} from './support/accounts.js';
import { collectPageErrors, expectAccessible, launchBrowser, newContext } from './support/browser.js';

const baseUrl = inject('baseUrl');
const demoAccounts = inject('demoAccounts');

function demo(role: 'coordinator' | 'admin') {
  const account = demoAccounts.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`no demo ${role}`);
  return account;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** A demo staff member's first sign-in: chooses the authenticator app, enrols, lands signed in. */
async function firstSignIn(page: Page, account: { email: string; password: string }): Promise<string> {
  await signIn(page, baseUrl, account.email, account.password);
  await page.waitForURL(/\/account\/authenticator/);
  await page.getByRole('heading', { level: 1, name: '2段階認証の設定' }).waitFor();
  expect(await page.locator('main').innerText()).toContain('職員のアカウントでは');
  await page.getByRole('button', { name: '認証アプリを使う' }).click();
  await page.getByRole('heading', { level: 1, name: '認証アプリの設定' }).waitFor();
  const secret = await enrolAuthenticator(page);
  await page.waitForURL(`${baseUrl}/account`);
  return secret;
}

describe('staff accounts', () => {
  it('a coordinator enrols an authenticator app at first sign-in, then gives a code at every sign-in', async () => {
    const context = await newContext(browser, { viewport: 'desktop' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const coordinator = demo('coordinator');

    const secret = await firstSignIn(page, coordinator);
    expect(await page.getByTestId('notice').innerText()).toContain('認証アプリを設定しました');
    expect(await page.getByTestId('totp-status').innerText()).toBe('設定済み');
    expect(await page.getByTestId('account-menu').innerText()).toContain('連携 花子');

    await page.getByTestId('account-menu').click();
    // A coordinator manages no users: the admin pages are not offered.
    expect(await page.getByRole('menuitem', { name: 'ユーザー管理' }).count()).toBe(0);
    await page.getByTestId('sign-out').click();
    await page.getByTestId('notice').getByText('ログアウトしました').waitFor();
    expect(await page.getByTestId('sign-in-link').count()).toBe(1);

    await fillSignIn(page, coordinator.email, coordinator.password);
    await page.waitForURL(/\/account\/second-factor/);
    await page.getByRole('heading', { level: 1, name: '確認コードの入力' }).waitFor();
    const input = page.getByTestId('code-input');
    expect(await input.getAttribute('inputmode')).toBe('numeric');
    expect(await input.getAttribute('autocomplete')).toBe('one-time-code');

    // A wrong code is refused next to the field.
    await input.fill('000000');
    await page.getByRole('button', { name: '確認する' }).click();
    expect(await page.getByTestId('form-error').innerText()).toContain('確認コードが違うか');

    await input.fill(await freshCode(secret));
    await page.getByRole('button', { name: '確認する' }).click();
    await page.waitForURL(`${baseUrl}/account`);
    await page.getByRole('heading', { level: 1, name: 'アカウント設定' }).waitFor();
    expect(await page.getByTestId('account-menu').innerText()).toContain('連携 花子');
    expect(unexpectedErrors(errors)).toEqual([]);
    await context.close();
  }, 120_000);

  it('an admin invites a doctor, who gets the mail, appears as invited, and can accept', async () => {
    const context = await newContext(browser, { viewport: 'desktop' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await firstSignIn(page, demo('admin'));

    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'ユーザー管理' }).click();
    await page.getByRole('heading', { level: 1, name: 'ユーザー管理' }).waitFor();
    await page.getByTestId('users-table').waitFor();
    await expectAccessible(page);

    const doctorEmail = uniqueEmail('doctor');
    const form = page.getByRole('form', { name: '職員を招待する' });
    await form.getByRole('textbox', { name: 'メールアドレス' }).fill(doctorEmail);
    await form.getByRole('textbox', { name: '氏名' }).fill('内科 次郎');
    await form.getByRole('textbox', { name: '役割' }).click();
    await page.getByRole('option', { name: '医師' }).click();
    // A doctor needs departments and the registration year: both are asked for beside their fields.
    await form.getByRole('button', { name: '招待メールを送る' }).click();
    await form.getByText('医師の場合は、診療科を1つ以上選んでください。').waitFor();
    await form.getByRole('textbox', { name: /診療科/ }).click();
    await page.getByRole('option', { name: '一般外科' }).click();
    await page.keyboard.press('Escape');
    await form.getByRole('textbox', { name: /医籍登録年/ }).fill('2012');
    await form.getByRole('button', { name: '招待メールを送る' }).click();
    expect(await page.getByTestId('invite-sent').innerText()).toContain(doctorEmail);

    const mail = await waitForMail(baseUrl, doctorEmail, 'invite_staff');
    const row = page.locator(`[data-testid="user-row"][data-email="${doctorEmail}"]`);
    await row.waitFor();
    expect(await row.getByTestId('user-status').innerText()).toBe('招待中');
    expect(await row.innerText()).toContain('一般外科');

    // The audit trail shows the invitation, filtered through the URL.
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: '監査ログ' }).click();
    await page.getByRole('textbox', { name: '操作の種類' }).fill('admin.user_invited');
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.waitForURL(/action=admin\.user_invited/);
    await page.getByTestId('audit-row').first().waitFor();
    expect(await page.getByTestId('audit-csv').getAttribute('href')).toBe(
      '/api/v1/admin/audit-events.csv?action=admin.user_invited',
    );
    await expectAccessible(page);
    expect(unexpectedErrors(errors)).toEqual([]);

    // The doctor opens the invitation, sets a password and is sent on to the authenticator setup.
    const doctorContext = await newContext(browser, { viewport: 'phone' });
    const doctorPage = await doctorContext.newPage();
    await doctorPage.goto(linkIn(mail, baseUrl));
    await doctorPage.getByRole('heading', { level: 1, name: '職員アカウントの有効化' }).waitFor();
    await doctorPage
      .getByRole('textbox', { name: '新しいパスワード', exact: true })
      .fill('shinryo-no-asa-2026');
    await doctorPage.getByRole('button', { name: 'パスワードを設定して次へ' }).click();
    await doctorPage.waitForURL(/\/account\/authenticator/);
    await doctorPage.getByRole('button', { name: '認証アプリを使う' }).click();
    await doctorPage.getByTestId('totp-secret').waitFor();
    await doctorContext.close();
    await context.close();
  }, 120_000);
});
