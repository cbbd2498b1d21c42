import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stepIds } from '../../src/web/features/application/steps.js';
import { signIn, unexpectedErrors, verifiedPatient } from './support/accounts.js';
import { collectPageErrors, expectAccessible, launchBrowser, newContext } from './support/browser.js';

/**
 * English is the second language of every page, and English words are longer than Japanese ones: the
 * patient's own pages, read on the narrowest common phone (360 px), must still fit the screen and pass
 * axe. (The Japanese journeys check the same screens as they fill them in.) With SCREENSHOT_DIR set,
 * each page is also saved there, to look at.
 */

const baseUrl = inject('baseUrl');
const screenshotDir = process.env.SCREENSHOT_DIR;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function expectFitsThePhone(page: Page, what: string): Promise<void> {
  await expectAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, what).toBeLessThanOrEqual(0);
  if (screenshotDir) {
    await page.screenshot({
      path: path.join(screenshotDir, `en-${what.replace(/\W+/g, '-')}.png`),
      fullPage: true,
    });
  }
}

describe('the patient’s pages in English on a 360 px phone', () => {
  it(
    'fit the screen and pass axe: account, every application step, documents, status, list',
    { timeout: 300_000 },
    async () => {
      const patient = await verifiedPatient(baseUrl, 'Hanako Yamada');
      const context = await newContext(browser, { viewport: 'phone', locale: 'en' });
      const page = await context.newPage();
      const errors = collectPageErrors(page);

      await signIn(page, baseUrl, patient.email, patient.password);
      await page.waitForURL(`${baseUrl}/account`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await expectFitsThePhone(page, 'account');

      await page.goto(`${baseUrl}/applications/new`);
      await page.waitForURL(/\/applications\/[0-9a-f-]+\/edit\/attendance$/);
      const caseId = /\/applications\/([0-9a-f-]+)\//.exec(page.url())?.[1] ?? '';
      const shown = new Set<string>();
      for (const step of stepIds) {
        await page.goto(`${baseUrl}/applications/${caseId}/edit/${step}`);
        const screen = page.locator('[data-testid="application-step"]');
        await screen.waitFor();
        shown.add((await screen.getAttribute('data-step')) ?? '');
        await expectFitsThePhone(page, `step ${step}`);
      }
      // A step that does not apply to an empty draft shows another one instead: nearly all are seen.
      expect(shown.size, [...shown].join(' ')).toBeGreaterThanOrEqual(stepIds.length - 2);

      for (const [what, where] of [
        ['documents', `/applications/${caseId}/documents`],
        ['status', `/applications/${caseId}`],
        ['applications', '/applications'],
      ] as const) {
        await page.goto(`${baseUrl}${where}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await expectFitsThePhone(page, what);
      }
      expect(unexpectedErrors(errors)).toEqual([]);
      await context.close();
    },
  );
});
