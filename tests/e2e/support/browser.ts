import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const viewports = {
  phone: { width: 360, height: 780 },
  desktop: { width: 1280, height: 900 },
} as const;

/** The system Chromium, started the way this machine needs it (no browser is ever downloaded). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(
  browser: Browser,
  options: { viewport: keyof typeof viewports; locale?: 'ja' | 'en' },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: viewports[options.viewport],
    locale: options.locale === 'en' ? 'en-GB' : 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    // Dialogs then appear at once (the theme honours it): axe never judges contrast mid-fade.
    reducedMotion: 'reduce',
  });
  if (options.locale) {
    await context.addInitScript(
      (locale) => window.localStorage.setItem('consilium.language', locale),
      options.locale,
    );
  }
  return context;
}

/** Fails on any serious or critical WCAG 2.x A/AA violation, listing what and where. */
export async function expectAccessible(page: Page): Promise<void> {
  // A dialog caught mid-fade has the colours of half its opacity: judge the page once it is still
  // (endless animations, such as a spinner, never end and are left aside).
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity,
      ),
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(blocking).toEqual([]);
}

/** Page errors and console errors fail the journey: the user would be looking at a broken page. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
