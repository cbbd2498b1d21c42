import type { Page } from 'playwright-core';

/** What a progress bar said at one moment: its value and the words a screen reader hears. */
export type ProgressReading = { value: number; text: string };
/** What every progress bar on the page said while it was watched: aria-label → what it showed, in order. */
export type ProgressSeen = Record<string, ProgressReading[]>;

type Watched = { consiliumProgressSeen?: ProgressSeen };

/**
 * Starts noting every value each progress bar takes (aria-valuenow), so a journey can show progress
 * moved between 0 and 100 rather than catching one moment of it.
 */
export async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Record<string, { value: number; text: string }[]> = {};
    const note = () => {
      for (const bar of document.querySelectorAll('[role="progressbar"]')) {
        const label = bar.getAttribute('aria-label') ?? '';
        const reading = {
          value: Number(bar.getAttribute('aria-valuenow')),
          text: bar.getAttribute('aria-valuetext') ?? '',
        };
        const readings = (seen[label] ??= []);
        const last = readings[readings.length - 1];
        if (last?.value !== reading.value || last.text !== reading.text) readings.push(reading);
      }
    };
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuenow', 'aria-valuetext'],
    });
    (window as Watched).consiliumProgressSeen = seen;
  });
}

export function progressSeen(page: Page): Promise<ProgressSeen> {
  return page.evaluate(() => (window as Watched).consiliumProgressSeen ?? {});
}

/** Slows what the page sends to `bytesPerSecond` (DevTools' network emulation); restore() undoes it. */
export async function slowUploads(page: Page, bytesPerSecond: number): Promise<{ restore(): Promise<void> }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
  return {
    restore: async () => {
      await session.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      await session.detach();
    },
  };
}

/** A request made by the page itself: its cookie, its Origin, as the app would send it. */
export async function fetchFromPage(
  page: Page,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null };
    },
    { method, path, body },
  );
}
