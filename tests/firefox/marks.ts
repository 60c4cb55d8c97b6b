// Reading the extension's marks on a page in Firefox (puppeteer pages; the Chromium helpers in
// tests/e2e/highlight-helpers.ts take Playwright pages).
import type { Page } from 'puppeteer-core';
import { sleep } from './harness';

export async function markedIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...new Set(
        [...document.querySelectorAll('sanad-mark')].map((m) => m.getAttribute('data-entity-id') ?? ''),
      ),
    ].sort(),
  );
}

export async function markCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('sanad-mark').length);
}

/** Waits until the page has marks and their number stopped changing (the scan is over). */
export async function waitForStableMarks(page: Page, timeoutMs = 10_000, minimum = 1): Promise<number> {
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const count = await markCount(page);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (count >= minimum && Date.now() - stableSince > 400) {
      return count;
    }
    if (Date.now() - started > timeoutMs) return count;
    await sleep(50);
  }
}

export async function waitForNoMarks(page: Page, timeoutMs = 5_000): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('sanad-mark').length === 0, {
    timeout: timeoutMs,
    polling: 50,
  });
}
