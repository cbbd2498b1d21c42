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
  verifiedPatient,
  waitForMail,
} from './support/accounts.js';
import { collectPageErrors, expectAccessible, launchBrowser, newContext } from './support/browser.js';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, what).toBeLessThanOrEqual(0);
}

describe('patient account', () => {
  it('signs up on a phone in Japanese, confirms the address from the mail and signs in', async () => {
    const context = await newContext(browser, { viewport: 'phone' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const email = uniqueEmail('hanako');
    const password = 'sakura-saku-haru-2026';

    await page.goto(`${baseUrl}/`);
    await page.getByTestId('sign-in-link').click();
    await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
    await page.getByRole('link', { name: 'アカウントの作成' }).click();
    await page.getByRole('heading', { level: 1, name: 'アカウントの作成' }).waitFor();
    const body = await page.locator('main').innerText();
    expect(body).toContain('患者さんご本人のもの');
    expect(body).toContain('10文字以上');

    // A short password is refused beside the field, and nothing typed is lost.
    await page.getByLabel('患者さんのお名前').fill('山田 花子');
    await page.getByRole('textbox', { name: 'メールアドレス' }).fill(email);
    await page.getByRole('textbox', { name: 'パスワード', exact: true }).fill('short');
    await page.getByRole('button', { name: 'アカウントを作る' }).click();
    await page.getByText('パスワードは10文字以上にしてください。').waitFor();
    expect(
      await page.getByRole('textbox', { name: 'パスワード', exact: true }).getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await page.getByLabel('患者さんのお名前').inputValue()).toBe('山田 花子');

    await page.getByRole('textbox', { name: 'パスワード', exact: true }).fill(password);
    await page.getByRole('button', { name: 'アカウントを作る' }).click();
    await page.getByRole('heading', { level: 1, name: 'メールを確認してください' }).waitFor();
    expect(await page.getByTestId('check-mail').innerText()).toContain(email);

    const mail = await waitForMail(baseUrl, email, 'verify_email');
    expect(mail.locale).toBe('ja');
    await page.goto(linkIn(mail, baseUrl));
    await page.getByTestId('verified').waitFor();
    // The token is taken out of the address bar once read.
    expect(page.url()).not.toContain('token');
    await page.getByRole('link', { name: 'ログインする' }).click();

    // A wrong password: said next to the form, the address stays typed.
    await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
    await fillSignIn(page, email, 'not-my-password');
    expect(await page.getByTestId('form-error').innerText()).toContain(
      'メールアドレスまたはパスワードが違います',
    );
    expect(await page.getByRole('textbox', { name: 'メールアドレス' }).inputValue()).toBe(email);

    await page.getByRole('textbox', { name: 'パスワード', exact: true }).fill(password);
    await page.getByRole('button', { name: 'ログインする' }).click();
    await page.getByRole('heading', { level: 1, name: 'アカウント設定' }).waitFor();
    expect(await page.getByTestId('account-menu').innerText()).toContain('山田 花子');
    expect(await page.getByTestId('account-summary').innerText()).toContain(email);
    await expectNoHorizontalScroll(page, 'account page');
    expect(unexpectedErrors(errors)).toEqual([]);
    await context.close();
  });

  it('lists its sessions, marks this device and signs another device out', async () => {
    const patient = await verifiedPatient(baseUrl, '佐藤 一郎');
    const phone = await newContext(browser, { viewport: 'phone' });
    const desktop = await newContext(browser, { viewport: 'desktop' });
    const phonePage = await phone.newPage();
    const desktopPage = await desktop.newPage();
    await signIn(phonePage, baseUrl, patient.email, patient.password);
    await phonePage.getByRole('heading', { level: 1, name: 'アカウント設定' }).waitFor();
    await signIn(desktopPage, baseUrl, patient.email, patient.password);
    await desktopPage.getByRole('heading', { level: 1, name: 'アカウント設定' }).waitFor();

    const sessions = desktopPage.getByTestId('session');
    await sessions.nth(1).waitFor();
    expect(await sessions.count()).toBe(2);
    expect(await sessions.first().getAttribute('data-current')).toBe('true');
    expect(await sessions.first().innerText()).toContain('この端末');
    await sessions
      .nth(1)
      .getByRole('button', { name: /ログアウトさせる/ })
      .click();
    await expect.poll(() => sessions.count()).toBe(1);

    // The phone's session has ended: its next page asks it to sign in again.
    await phonePage.reload();
    await phonePage.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
    await phone.close();
    await desktop.close();
  });

  it('shows the development mailbox, clearly labelled as development only', async () => {
    const context = await newContext(browser, { viewport: 'desktop' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/dev/mail`);
    await page.getByRole('heading', { level: 1, name: '開発用メールボックス' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('開発用の画面です');
    await page.getByTestId('dev-mail').first().waitFor();
    await context.close();
  });
});

describe('accessibility of the account pages', () => {
  for (const [viewport, locale] of [
    ['phone', 'ja'],
    ['desktop', 'en'],
  ] as const) {
    it(`has no serious or critical axe violation (${viewport}, ${locale})`, async () => {
      const patient = await verifiedPatient(baseUrl, '鈴木 花');
      const context = await newContext(browser, { viewport, locale });
      const page = await context.newPage();
      const check = async (name: string) => {
        await page.getByRole('heading', { level: 1 }).waitFor();
        await expectAccessible(page);
        if (viewport === 'phone') await expectNoHorizontalScroll(page, name);
      };

      for (const path of ['/account/sign-up', '/account/forgot-password', '/account/sign-in']) {
        await page.goto(`${baseUrl}${path}`);
        await check(path);
      }
      // Field errors too: an empty sign-up form, each field saying what it needs.
      await page.goto(`${baseUrl}/account/sign-up`);
      await page.getByRole('button', { name: /アカウントを作る|Create the account/ }).click();
      await page.locator('[aria-invalid="true"]').first().waitFor();
      await check('sign-up with errors');
      await page.goto(`${baseUrl}/account/sign-in`);
      await fillSignIn(page, patient.email, patient.password);
      await page.waitForURL(`${baseUrl}/account`);
      await check('account');

      await page.goto(`${baseUrl}/account/authenticator`);
      await page.getByTestId('totp-qr').waitFor();
      await check('authenticator setup');
      const secret = await enrolAuthenticator(page);
      await page.waitForURL(`${baseUrl}/account`);
      await page.getByTestId('notice').waitFor();

      await page.getByTestId('account-menu').click();
      await page.getByTestId('sign-out').click();
      await page.waitForURL(/\/account\/sign-in/);
      await fillSignIn(page, patient.email, patient.password);
      await page.waitForURL(/\/account\/second-factor/);
      await check('second factor');
      await page.getByTestId('code-input').fill(await freshCode(secret));
      await page.getByRole('button', { name: /確認する|Confirm/ }).click();
      await page.waitForURL(`${baseUrl}/account`);
      await context.close();
    }, 120_000);
  }
});
