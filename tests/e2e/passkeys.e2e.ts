import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fillSignIn, signIn, unexpectedErrors, verifiedPatient } from './support/accounts.js';
import { collectPageErrors, expectAccessible, launchBrowser, newContext } from './support/browser.js';

const baseUrl = inject('baseUrl');
const demoAccounts = inject('demoAccounts');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/**
 * Chromium's virtual authenticator in this tab: a platform authenticator that keeps passkeys and
 * verifies the user at once, as a phone does after the fingerprint.
 */
async function passkeyDevice(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
  };
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('account-menu').click();
  await page.getByTestId('sign-out').click();
  await page.waitForURL(/\/account\/sign-in/);
}

describe('passkeys', () => {
  it('a doctor enrols a passkey instead of the app at first sign-in, then signs in with it', async () => {
    const doctor = demoAccounts.find((account) => account.role === 'doctor');
    if (!doctor) throw new Error('no demo doctor');
    const context = await newContext(browser, { viewport: 'desktop' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const device = await passkeyDevice(context, page);

    // Staff must enrol a second factor: the passkey and the app are offered as equals.
    await signIn(page, baseUrl, doctor.email, doctor.password);
    await page.waitForURL(/\/account\/authenticator/);
    await page.getByRole('heading', { level: 1, name: '2段階認証の設定' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('職員のアカウントでは');
    await page.getByRole('button', { name: '認証アプリを使う' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'パスキーを使う' }).click();
    await page.waitForURL(/method=passkey/);
    await page.getByRole('heading', { level: 1, name: 'パスキーの登録' }).waitFor();
    const name = page.getByRole('textbox', { name: 'パスキーの名前' });
    expect(await name.inputValue()).toBe('このパソコン');
    await expectAccessible(page);

    // The back button returns to the choice, and the choice leads back here.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: '2段階認証の設定' }).waitFor();
    await page.getByRole('button', { name: 'パスキーを使う' }).click();
    await page.getByRole('heading', { level: 1, name: 'パスキーの登録' }).waitFor();

    // A name is needed; it is asked for beside the field.
    await name.fill('');
    await page.getByRole('button', { name: 'パスキーを登録する' }).click();
    await page.getByText('入力してください。').waitFor();
    expect(await device.credentials()).toHaveLength(0);

    await name.fill('診察室のパソコン');
    await page.getByRole('button', { name: 'パスキーを登録する' }).click();
    await page.waitForURL(`${baseUrl}/account`);
    expect(await page.getByTestId('notice').innerText()).toContain('パスキーを登録しました');
    expect(await device.credentials()).toHaveLength(1);
    const listed = page.locator('[data-testid="passkey"][data-name="診察室のパソコン"]');
    await listed.waitFor();
    expect(await listed.innerText()).toContain('まだログインに使っていません。');
    // The only second factor of a staff account is kept: no removal is offered.
    expect(await listed.getByTestId('passkey-keep').count()).toBe(1);
    expect(await listed.getByRole('button', { name: /削除する/ }).count()).toBe(0);
    expect(await page.getByTestId('totp-status').innerText()).toBe('未設定');
    await expectAccessible(page);

    // The next sign-in asks for the passkey, not for a code.
    await signOut(page);
    await fillSignIn(page, doctor.email, doctor.password);
    await page.waitForURL(/\/account\/second-factor/);
    await page.getByRole('heading', { level: 1, name: '本人確認' }).waitFor();
    expect(await page.getByTestId('code-input').count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'パスキーで確認する' }).click();
    await page.waitForURL(`${baseUrl}/account`);
    await page.getByRole('heading', { level: 1, name: 'アカウント設定' }).waitFor();
    await expect
      .poll(() => listed.getByTestId('passkey-last-used').innerText())
      .toContain('最後に使った日時');
    expect(unexpectedErrors(errors)).toEqual([]);
    await context.close();
  }, 120_000);

  it('a patient adds a passkey in the settings, is asked for it at the next sign-in, and can remove it', async () => {
    const patient = await verifiedPatient(baseUrl, '高橋 和子');
    const context = await newContext(browser, { viewport: 'phone' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const device = await passkeyDevice(context, page);

    await signIn(page, baseUrl, patient.email, patient.password);
    await page.getByRole('heading', { level: 1, name: 'アカウント設定' }).waitFor();
    const section = page.getByRole('region', { name: /パスキー/ }).first();
    expect(await section.innerText()).toContain('指紋認証・顔認証');
    await page.getByTestId('passkeys-none').waitFor();
    await expectAccessible(page);

    await page.getByRole('textbox', { name: 'パスキーの名前' }).fill('このスマートフォン');
    await page.getByRole('button', { name: 'パスキーを追加する' }).click();
    await page.getByTestId('passkey-added').waitFor();
    const listed = page.locator('[data-testid="passkey"][data-name="このスマートフォン"]');
    await listed.waitFor();
    expect(await device.credentials()).toHaveLength(1);

    // The same device twice: said plainly beside the button, nothing added.
    await page.getByRole('button', { name: 'パスキーを追加する' }).click();
    const problem = page.getByTestId('passkey-error');
    await problem.waitFor();
    expect(await problem.getAttribute('data-kind')).toBe('alreadyRegistered');
    expect(await problem.innerText()).toContain('すでに登録されています');
    expect(await page.getByTestId('passkey').count()).toBe(1);
    await expectAccessible(page);

    await signOut(page);
    await fillSignIn(page, patient.email, patient.password);
    await page.waitForURL(/\/account\/second-factor/);
    await page.getByRole('heading', { level: 1, name: '本人確認' }).waitFor();

    // Another computer, in English, without this passkey: the browser refuses, which reads as a calm
    // "try again", not as a crash.
    const other = await newContext(browser, { viewport: 'desktop', locale: 'en' });
    const otherPage = await other.newPage();
    const otherErrors = collectPageErrors(otherPage);
    await passkeyDevice(other, otherPage);
    await signIn(otherPage, baseUrl, patient.email, patient.password);
    await otherPage.waitForURL(/\/account\/second-factor/);
    await otherPage.getByRole('heading', { level: 1, name: 'Confirm it is you' }).waitFor();
    await otherPage.getByRole('button', { name: 'Use my passkey' }).click();
    const refused = otherPage.getByTestId('passkey-error');
    await refused.waitFor();
    expect(await refused.getAttribute('data-kind')).toBe('cancelled');
    expect(await refused.innerText()).toContain('Please press the button again');
    await expectAccessible(otherPage);
    expect(unexpectedErrors(otherErrors)).toEqual([]);
    await other.close();

    // This phone has the passkey.
    await page.getByRole('button', { name: 'パスキーで確認する' }).click();
    await page.waitForURL(`${baseUrl}/account`);
    await expect
      .poll(() => listed.getByTestId('passkey-last-used').innerText())
      .toContain('最後に使った日時');

    // Removing asks first, says what follows, and the next sign-in needs the password alone.
    await listed.getByRole('button', { name: 'パスキー「このスマートフォン」を削除する' }).click();
    const dialog = page.getByRole('dialog', { name: 'パスキー「このスマートフォン」を削除しますか' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('パスワードだけでログイン');
    // Checked once the dialog has faded in (half-faded text would fail the contrast check).
    await expect.poll(() => dialog.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: '削除する' }).click();
    await page.getByTestId('passkeys-none').waitFor();
    await signOut(page);
    await fillSignIn(page, patient.email, patient.password);
    await page.waitForURL(`${baseUrl}/account`);
    expect(unexpectedErrors(errors)).toEqual([]);
    await context.close();
  }, 120_000);
});
