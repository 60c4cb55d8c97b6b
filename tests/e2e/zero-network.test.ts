// Issue 9, "zero network, proven": every request made while the extension highlights real pages,
// opens a hover card, the popup (with a comparison and a capture), the reader, the options and the
// comparison page is recorded. Extension pages and the service worker may only load their own files
// (chrome-extension://<id>/…, data:, blob:). Content scripts run inside the page, so their requests
// look like the page's: the same pages are loaded in a profile without the extension, and the
// extension's profile must make no request the plain one did not.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import {
  launchWithExtension,
  serveFixtures,
  sharedPagesDir,
  type ExtensionSession,
  type FixtureServer,
} from './harness';
import { readCard, tabIdOf, waitForStableMarks } from './highlight-helpers';

const REAL_PAGES = [
  'readability/wapo-1/source.html',
  'newspaper/arabic_article.html',
  'htmldate/1784190729.html',
];

// Text only: no stylesheet, script, image or font, so any request besides the document is someone
// else's. The sentence names Pakistan and Kabul, which the gazetteer knows.
const INLINE_PAGE =
  '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>نص فقط</title></head>' +
  '<body><p>قالت باكستان إن وفدا رسميا سيزور كابل الأسبوع المقبل لبحث أمن الحدود.</p></body></html>';

export type Origin = 'worker' | 'extension-page' | 'web-page';

export interface Recorded {
  url: string;
  origin: Origin;
  /** The URL of the page that made it (the worker's own URL for the worker). */
  by: string;
  failed?: string;
}

function originOf(request: Request): { origin: Origin; by: string } {
  const worker = request.serviceWorker();
  if (worker) return { origin: 'worker', by: worker.url() };
  let by = '';
  try {
    by = request.frame().page().url();
  } catch {
    by = '<unknown>';
  }
  // A navigation's frame still shows the previous URL: judge a navigation by where it goes.
  const judged = request.isNavigationRequest() ? request.url() : by;
  return { origin: judged.startsWith('chrome-extension://') ? 'extension-page' : 'web-page', by };
}

/** Records every request of a context (pages, extension pages and, in Chromium, service workers). */
export function recordRequests(context: BrowserContext): Recorded[] {
  const log: Recorded[] = [];
  const entries = new Map<Request, Recorded>();
  context.on('request', (request) => {
    const entry: Recorded = { url: request.url(), ...originOf(request) };
    entries.set(request, entry);
    log.push(entry);
  });
  context.on('requestfailed', (request) => {
    const entry = entries.get(request);
    const reason = request.failure()?.errorText ?? 'failed';
    if (entry) entry.failed = reason;
    else log.push({ url: request.url(), ...originOf(request), failed: reason });
  });
  return log;
}

/** An extension's own request: its files, or data it made itself. */
export function isOwnRequest(url: string, extensionId: string): boolean {
  return url.startsWith(`chrome-extension://${extensionId}/`) || /^(data|blob):/.test(url);
}

/** The requests in `withExtension` beyond those in `without` (multisets of URLs). */
export function extraRequests(withExtension: string[], without: string[]): string[] {
  const left = new Map<string, number>();
  for (const url of without) left.set(url, (left.get(url) ?? 0) + 1);
  const extra: string[] = [];
  for (const url of withExtension) {
    const n = left.get(url) ?? 0;
    if (n > 0) left.set(url, n - 1);
    else extra.push(url);
  }
  return extra;
}

const format = (entries: Recorded[]) =>
  entries.map((e) => `${e.origin} ${e.url} (by ${e.by}${e.failed ? `, ${e.failed}` : ''})`).join('\n');

/** Brings every lazy image or frame into view once, so both profiles ask for the same things. */
// A 1×1 transparent GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * Answers every request of the pages but their documents in the browser itself, with a cacheable
 * pixel, instead of the harness's abort (or the fixture server's 404): a page whose images fail asks
 * again (onerror fallbacks, CSS images fetched again on a restyle), a count of retries that measures
 * timing, not who asked. Nothing leaves the browser either way, and every request is still recorded.
 * The same in both profiles.
 */
async function answerSubresources(context: BrowserContext, documents: () => Set<string>): Promise<void> {
  await context.route(/^https?:\/\//, (route) =>
    documents().has(route.request().url())
      ? route.fallback()
      : route.fulfill({
          status: 200,
          contentType: 'image/gif',
          headers: { 'cache-control': 'public, max-age=3600' },
          body: PIXEL,
        }),
  );
}

async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForTimeout(400);
}

/** The same browser, flags and request blocking as the harness, without the extension. */
async function launchPlain(
  documents: () => Set<string>,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'sanad-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await answerSubresources(context, documents);
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** One saved page never fires 'load' (a request of its own hangs): give it a bounded wait, the same in both profiles. */
async function loadPage(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForLoadState('load', { timeout: 3_000 }).catch(() => undefined);
}

async function openCard(page: Page): Promise<boolean> {
  await page.locator('sanad-mark').first().scrollIntoViewIfNeeded();
  await page.hover('sanad-mark >> nth=0');
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const card = await readCard(page);
    if (card && card.sources > 0) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

describe('zero network', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let log: Recorded[];
  let inlineUrl = '';
  const withExtension = new Map<string, { requests: string[]; openMs: number }>();
  /** Every request of each page, still growing while the popup talks to its content script. */
  const live = new Map<string, string[]>();
  const pages = new Map<string, Page>();
  const documents = () =>
    new Set([...REAL_PAGES.map((p) => server.url(`/${p}`)), inlineUrl, server.url('/recorder-self-check')]);

  before(async () => {
    server = await serveFixtures(sharedPagesDir());
    inlineUrl = server.addPage('/text-only.html', INLINE_PAGE);
    session = await launchWithExtension();
    await answerSubresources(session.context, documents);
    log = recordRequests(session.context);
  });
  after(async () => {
    await session?.close();
    await server?.close();
  });

  it('records a request made by the service worker (the recorder can see what it must catch)', async () => {
    const probe = server.url('/recorder-self-check');
    const status = await session.serviceWorker.evaluate(async (url) => (await fetch(url)).status, probe);
    assert.equal(status, 404);
    const seen = log.filter((e) => e.url === probe);
    assert.equal(seen.length, 1, format(log));
    assert.equal(seen[0]!.origin, 'worker');
    assert.equal(isOwnRequest(probe, session.extensionId), false);
    // An extension page's fetch is recorded too, as the extension's.
    const page = await session.context.newPage();
    await page.goto(session.url('/options.html'));
    await page.evaluate(async (url) => (await fetch(url)).status, probe);
    await page.close();
    const fromPage = log.filter((e) => e.url === probe && e.origin === 'extension-page');
    assert.equal(fromPage.length, 1, format(log));
    assert.deepEqual(extraRequests([inlineUrl, probe], [inlineUrl]), [probe]);
    log.splice(0, log.length);
  });

  it('highlights real pages and opens a hover card on each', async () => {
    for (const url of [...REAL_PAGES.map((p) => server.url(`/${p}`)), inlineUrl]) {
      const page = await session.context.newPage();
      const requests: string[] = [];
      const ownFiles: string[] = [];
      // The content script loads its engine (frame-engine.js) from the extension, by its static id or by
      // Chromium's per-session dynamic one: a chrome-extension:// request never leaves the browser.
      page.on('request', (request) =>
        (request.url().startsWith('chrome-extension://') ? ownFiles : requests).push(request.url()),
      );
      const opened = Date.now();
      await loadPage(page, url);
      const marks = await waitForStableMarks(page);
      assert.ok(
        ownFiles.every((file) => new URL(file).pathname === '/frame-engine.js'),
        `only the engine is loaded from the extension: ${ownFiles.join(', ')}`,
      );
      assert.ok(marks > 0, `${url} has marks`);
      assert.ok(await openCard(page), `a hover card opened on ${url}`);
      await scrollThrough(page);
      // A snapshot: the page stays open for the popup and the capture, which are judged separately.
      withExtension.set(url, { requests: [...requests], openMs: Date.now() - opened });
      live.set(url, requests);
      pages.set(url, page);
    }
    assert.deepEqual(withExtension.get(inlineUrl)?.requests, [inlineUrl]);
  });

  it('opens the popup, a comparison, a capture, the reader, the options and the comparison page', async () => {
    const inlinePage = pages.get(inlineUrl)!;
    const popup = await session.context.newPage();
    await popup.goto(session.url(`/popup.html?tabId=${await tabIdOf(session, inlinePage)}`));
    await popup.locator('.entity-button[data-entity-id="pakistan"]').click();
    await popup.locator('.comparison li[data-source-id]').first().waitFor();
    await popup.close();

    const article = pages.get(server.url('/htmldate/1784190729.html'))!;
    const capture = await session.context.newPage();
    await capture.goto(session.url(`/popup.html?tabId=${await tabIdOf(session, article)}`));
    await capture.locator('[data-action="capture"]').click();
    await capture.locator('form[data-testid="capture-preview"]').waitFor({ timeout: 20_000 });
    await capture.close();

    const reader = await session.context.newPage();
    await reader.goto(session.url('/reader.html?source=seed-002'));
    await reader.locator('.reader-text').waitFor();
    await reader.close();

    const options = await session.context.newPage();
    await options.goto(session.url('/options.html'));
    await options.waitForFunction(() => document.body.innerText.trim().length > 40);
    await options.waitForTimeout(300);
    await options.close();

    const compare = await session.context.newPage();
    await compare.goto(session.url('/compare.html?entity=pakistan'));
    await compare.waitForFunction(() => document.documentElement.dataset.comparisonPainted !== undefined);
    await compare.close();

    // The popup asked the pages' content scripts for their entities and for the capture: none of that
    // made the page request anything.
    for (const [url, { requests }] of withExtension) {
      assert.deepEqual(live.get(url)!.slice(requests.length), [], `${url} after the popup and the capture`);
    }
  });

  it('made no request from the worker or an extension page outside the extension', (t) => {
    const own = log.filter((e) => e.origin !== 'web-page');
    for (const origin of ['worker', 'extension-page', 'web-page'] as const) {
      t.diagnostic(`${origin}: ${log.filter((e) => e.origin === origin).length} requests recorded`);
    }
    assert.ok(
      own.some((e) => e.origin === 'extension-page'),
      'extension pages were recorded',
    );
    const outside = own.filter((e) => !isOwnRequest(e.url, session.extensionId));
    assert.deepEqual(outside, [], `requests that left the extension:\n${format(outside)}`);
  });

  it('made no request from a page that the same page without the extension did not make', async (t) => {
    const plain = await launchPlain(documents);
    try {
      assert.equal(withExtension.size, REAL_PAGES.length + 1, 'every page was loaded with the extension');
      for (const [url, { requests, openMs }] of withExtension) {
        const page = await plain.context.newPage();
        const baseline: string[] = [];
        page.on('request', (request) => baseline.push(request.url()));
        const opened = Date.now();
        await loadPage(page, url);
        // As long as the page was open with the extension (the marks and the card took that long).
        await page.waitForTimeout(Math.max(0, openMs - 400 - (Date.now() - opened)));
        await scrollThrough(page);
        const snapshot = [...baseline];
        await page.close();
        assert.ok(snapshot.includes(url), `${url} was loaded without the extension`);
        t.diagnostic(`${url}: ${requests.length} requests with the extension, ${snapshot.length} without`);
        assert.deepEqual(extraRequests(requests, snapshot), [], `${url}: requests only with the extension`);
      }
    } finally {
      await plain.close();
    }
  });
});
