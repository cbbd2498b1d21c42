import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { viewports } from './support/browser.js';
import { collectPageErrors, expectAccessible, launchBrowser, newContext } from './support/browser.js';

const baseUrl = inject('baseUrl');
const guidePaths = [
  '/',
  '/guide/about',
  '/guide/eligibility',
  '/guide/documents',
  '/guide/departments',
  '/guide/fees',
  '/guide/steps',
  '/guide/contact',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function openPage(
  viewport: keyof typeof viewports,
  path: string,
  options: { locale?: 'ja' | 'en'; at?: string } = {},
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await newContext(browser, { viewport, locale: options.locale });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  if (options.at) await page.clock.setFixedTime(new Date(options.at));
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { page, errors, close: () => context.close() };
}

describe('public guide', () => {
  it('opens in Japanese on a phone with the service, the key points and the hospital contact', async () => {
    const { page, errors, close } = await openPage('phone', '/');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'オンライン・セカンドオピニオン外来',
    );
    const body = await page.locator('body').innerText();
    expect(body).toContain('東京大学医学部附属病院');
    expect(body).toContain('紹介状（診療情報提供書）が必ず必要です');
    expect(body).toContain('￥44,000');
    expect(body).toContain('03-5800-8630');
    expect(await page.title()).toContain('オンライン・セカンドオピニオン外来');
    expect(errors).toEqual([]);
    await close();
  });

  it('switches to English with a visible button and remembers the choice after a reload', async () => {
    const { page, close } = await openPage('phone', '/guide/fees');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Days, time and fees' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Days, time and fees' }).waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: '診察日・時間・料金' }).waitFor();
    await close();
  });

  it('R-FEE-03 shows the fee table from the profile in both languages', async () => {
    for (const [locale, rows] of [
      [
        'ja',
        [
          ['30 分まで', '￥44,000'],
          ['30 分を超えて 60 分まで', '￥88,000'],
        ],
      ],
      [
        'en',
        [
          ['Up to 30 minutes', '¥44,000'],
          ['Over 30, up to 60 minutes', '¥88,000'],
        ],
      ],
    ] as const) {
      const { page, close } = await openPage('desktop', '/guide/fees', { locale });
      const table = page.getByTestId('fee-table');
      const cells = await table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => Array.from(tr.children).map((cell) => (cell.textContent ?? '').trim())),
        );
      expect(cells).toEqual(rows);
      expect(await table.locator('caption').textContent()).toContain('10');
      await close();
    }
  });

  it('R-CONTACT-01 and R-CONTACT-02: shows the phone desk and the postal address for documents', async () => {
    const { page, close } = await openPage('phone', '/guide/contact');
    const desk = await page.getByTestId('phone-desk').first().innerText();
    expect(desk).toContain('03-5800-8630');
    expect(desk).toContain('「4」');
    expect(desk).toContain('10:00～17:00');
    expect(await page.locator('a[href="tel:0358008630"]').count()).toBeGreaterThan(0);
    const address = await page.getByTestId('postal-address').innerText();
    expect(address).toContain('〒113-8655');
    expect(address).toContain('東京都文京区本郷7-3-1');
    expect(address).toContain('東京大学医学部附属病院');
    expect(address).toContain('地域医療連携センター セカンドオピニオン外来担当');
    await close();
  });

  it.each([
    ['a weekday morning', '2026-12-02T02:00:00Z', true, '17:00'],
    ['a weekday at 17:00 sharp', '2026-12-02T08:00:00Z', false, '12/3(木) 10:00'],
    ['a Saturday', '2026-12-05T03:00:00Z', false, '12/7(月) 10:00'],
    ['a national holiday (勤労感謝の日)', '2026-11-23T02:00:00Z', false, '11/24(火) 10:00'],
    ['the year-end break', '2026-12-29T02:00:00Z', false, '1/4(月) 10:00'],
  ])('R-CONTACT-01 says whether the phone desk is open on %s', async (_label, at, open, expected) => {
    const { page, close } = await openPage('phone', '/guide/contact', { at });
    const status = page.getByTestId('phone-desk-status').first();
    expect(await status.getAttribute('data-open')).toBe(String(open));
    expect(await status.innerText()).toContain(expected);
    await close();
  });

  it('R-DOC-04 and R-DOC-05: lists departments with their diseases and own document rules', async () => {
    const { page, close } = await openPage('desktop', '/guide/departments');
    const body = await page.locator('main').innerText();
    expect(body).toContain('一般外科');
    expect(body).toContain('腹膜播種を伴う胃癌');
    expect(body).toContain('老年病科');
    expect(body).toMatch(/お薬/);
    await close();
  });

  it('lets a reader walk every section from the navigation on a desktop', async () => {
    const { page, errors, close } = await openPage('desktop', '/', { locale: 'en' });
    const nav = page.getByRole('navigation', { name: 'Sections of the guide' }).first();
    for (const name of [
      'What a second opinion is',
      'Who can consult, and who cannot',
      'Contact and postal address',
    ]) {
      await nav.getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('answers an unknown page with a friendly not-found page', async () => {
    const { page, close } = await openPage('phone', '/guide/nothing-here');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('ページが見つかりません');
    await close();
  });
});

describe('accessibility and phone layout', () => {
  for (const viewport of ['phone', 'desktop'] as const) {
    for (const locale of ['ja', 'en'] as const) {
      it(`has no serious or critical axe violation on any guide page (${viewport}, ${locale})`, async () => {
        const context = await newContext(browser, { viewport, locale });
        const page = await context.newPage();
        for (const path of guidePaths) {
          await page.goto(`${baseUrl}${path}`);
          await page.getByRole('heading', { level: 1 }).waitFor();
          await expectAccessible(page);
          if (viewport === 'phone') {
            // Works at 360 px: nothing wider than the screen.
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - window.innerWidth,
            );
            expect(overflow, path).toBeLessThanOrEqual(0);
          }
        }
        await context.close();
      });
    }
  }
});
