// Issue 9 in Firefox ESR: the popup's "save this page" reads the article out of a real saved page (the
// content script answers the popup through the background) and stores it as a user source, as in
// Chromium (tests/e2e/capture.test.ts, where the full table is). Each expected value was read by
// hand in the page's HTML (../shared/pages); the comment says where.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { serveFixtures, sharedPagesDir, type FixtureServer } from '../e2e/harness';
import { launchFirefoxWithExtension, waitInPage, type FirefoxSession } from './harness';

interface Expected {
  page: string;
  title: string;
  author: string;
  date: string;
  url: string;
  lang: RegExp;
  /** Verbatim from the article's first paragraph. */
  first: string;
}

const PAGES: Expected[] = [
  {
    // og:title; <meta name="author" content="Jeffrey Gettleman">; article:published
    // 2017-01-13T00:00:04-05:00 (the New York date); <link rel="canonical">.
    page: 'readability/nytimes-1/source.html',
    title: 'United States to Lift Sudan Sanctions',
    author: 'Jeffrey Gettleman',
    date: '2017-01-13',
    url: 'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html',
    lang: /^en/,
    first:
      'After nearly 20 years of hostile relations, the American government plans to reverse its position on Sudan',
  },
  {
    // JSON-LD headline and datePublished 2020-12-01T02:00:00+03:00, author «حسام أبو العلا - القاهرة»,
    // <html lang="ar" dir="rtl">. It retries its blocked https resources without end: never "load".
    page: 'htmldate/1784190729.html',
    title: 'طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله',
    author: 'حسام أبو العلا',
    date: '2020-12-01',
    url: 'https://www.alyaum.com/articles/6291787/',
    lang: /^ar/,
    first: 'وسط تهديدات إيرانية بالانتقام وتوعد إسرائيلي برد قاس، شيعت إيران أمس الإثنين جثمان العالم النووي',
  },
];

interface StoredRow {
  id: string;
  title: string;
  author: string | null;
  date: string | null;
  url: string | null;
  lang: string;
  text: string;
  origin: string;
}

async function storedSource(page: Page, id: string): Promise<StoredRow | undefined> {
  return page.evaluate(
    (wanted) =>
      new Promise<StoredRow | undefined>((resolve, reject) => {
        const open = indexedDB.open('sanad');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('sources').objectStore('sources').get(wanted);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as StoredRow | undefined);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

describe('capture the current page in Firefox ESR', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  before(async () => {
    session = await launchFirefoxWithExtension();
    server = await serveFixtures(sharedPagesDir());
  });
  after(async () => {
    await session?.close();
    await server?.close();
  });

  for (const expected of PAGES) {
    it(`stores ${expected.page} with the page's own metadata`, async () => {
      const page = await session.open(server.url(`/${expected.page}`), 'interactive');
      const popup = await session.openExtensionPage(`/popup.html?tabId=${await session.tabIdOf(page)}`);
      await waitInPage(popup, () => document.querySelector('[data-action="capture"]'), 10_000);
      await popup.click('[data-action="capture"]');
      await waitInPage(popup, () => document.querySelector('form[data-testid="capture-preview"]'), 20_000);
      const field = (name: string) =>
        popup.evaluate(
          (n) =>
            document.querySelector<HTMLInputElement>(`form[data-testid="capture-preview"] [name="${n}"]`)
              ?.value,
          name,
        );
      assert.equal((await field('title'))?.trim(), expected.title);
      assert.equal(await field('date'), expected.date);
      await popup.click('[data-action="save-source"]');
      await waitInPage(
        popup,
        () =>
          document.querySelector('[data-testid="capture-saved"]') ?? document.querySelector('[role="alert"]'),
        20_000,
      );
      const saved = await popup.evaluate(() => ({
        id: document.querySelector('[data-testid="capture-saved"]')?.getAttribute('data-source-id') ?? null,
        alert: document.querySelector('[role="alert"]')?.textContent ?? null,
      }));
      assert.ok(saved.id, `the saved notice names the stored source (alert: ${saved.alert})`);

      const source = await storedSource(popup, saved.id);
      assert.ok(source, `source ${saved.id} is in the sources store`);
      assert.equal(source.origin, 'user');
      assert.equal(source.title.trim(), expected.title);
      assert.ok(source.author?.startsWith(expected.author), `author ${source.author}`);
      assert.equal(source.date, expected.date);
      assert.ok(source.url?.startsWith(expected.url), `url ${source.url}`);
      assert.match(source.lang, expected.lang);
      assert.ok(source.text.includes(expected.first), 'the first paragraph is in the text');
      assert.ok(!source.text.includes('<'), 'the text holds no markup');
      await popup.close();
      await page.close();
    });
  }
});
