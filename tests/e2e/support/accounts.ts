import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { devMailListSchema, type DevMail } from '../../../src/shared/contracts/dev-mail.js';

let counter = 0;
/** A fresh address per journey, so journeys never share an account. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.com`;
}

/** Waits for a mail of this template to this address in the development mailbox (the server's own). */
export async function waitForMail(baseUrl: string, to: string, template: string): Promise<DevMail> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl}/api/dev/mail?${new URLSearchParams({ to }).toString()}`);
    expect(response.status).toBe(200);
    const { mails } = devMailListSchema.parse(await response.json());
    const mail = mails.find((candidate) => candidate.template === template);
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no ${template} mail to ${to}`);
}

/** The link in a mail, moved onto the address the browser uses (the mail carries PUBLIC_URL). */
export function linkIn(mail: DevMail, baseUrl: string): string {
  const found = /https?:\/\/\S+/.exec(mail.text)?.[0];
  if (!found) throw new Error(`no link in "${mail.subject}"`);
  const url = new URL(found);
  return `${baseUrl}${url.pathname}${url.search}${url.hash}`;
}

/** The token of a mailed link, for preparing an account through the API. */
export function tokenIn(mail: DevMail): string {
  const token = new URLSearchParams(new URL(linkIn(mail, 'http://x')).hash.slice(1)).get('token');
  if (!token) throw new Error('no token in the link');
  return token;
}

/** A patient account that is signed up and verified through the API, ready to sign in. */
export async function verifiedPatient(baseUrl: string, displayName: string) {
  const email = uniqueEmail('patient');
  const password = 'kawa-no-nagare-2026';
  const post = (path: string, body: unknown) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  expect((await post('/api/v1/auth/sign-up', { email, password, displayName, locale: 'ja' })).status).toBe(
    202,
  );
  const token = tokenIn(await waitForMail(baseUrl, email, 'verify_email'));
  expect((await post('/api/v1/auth/verify-email', { token })).status).toBe(204);
  return { email, password, displayName };
}

const stepOf = (ms: number) => Math.floor(ms / 30_000);
const usedSteps = new Map<string, number>();

/**
 * A code from the authenticator app as a person would read it. A code is accepted once, so when this
 * secret's code of the current 30-second step was already used, wait for the next step.
 */
export async function freshCode(secret: string): Promise<string> {
  const used = usedSteps.get(secret);
  while (used !== undefined && stepOf(Date.now()) <= used) {
    await new Promise((resolve) => setTimeout(resolve, (used + 1) * 30_000 - Date.now() + 200));
  }
  const now = Date.now();
  usedSteps.set(secret, stepOf(now));
  return generate({ secret, epoch: Math.floor(now / 1000) });
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/account/sign-in`);
  await fillSignIn(page, email, password);
}

export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  const form = page.getByRole('form').first();
  await form.getByRole('textbox', { name: /メールアドレス|E-mail address/ }).fill(email);
  await form.getByRole('textbox', { name: /^(パスワード|Password)$/ }).fill(password);
  await form.getByRole('button', { name: /ログインする|Sign in/ }).click();
}

/** On the authenticator setup page: reads the key shown as text, and confirms with a code from it. */
export async function enrolAuthenticator(page: Page): Promise<string> {
  const secretText = await page.getByTestId('totp-secret').innerText();
  const secret = secretText.replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByTestId('code-input').fill(await freshCode(secret));
  await page.getByRole('button', { name: /設定を完了する|Finish the setup/ }).click();
  return secret;
}

/** Console errors, less the browser's own note of an API answer the page expected and showed (4xx). */
export function unexpectedErrors(errors: string[]): string[] {
  return errors.filter(
    (error) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(error),
  );
}
