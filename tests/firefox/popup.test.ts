// Issue 9 in Firefox ESR: the toolbar popup, opened as a page for a given tab (`popup.html?tabId=`,
// the id asked of browser.tabs from an extension page), lists what the page mentions, compares the
// sources for one entity with a quote that opens the reader at that passage, and its site switch acts
// live on the page. Mirrors tests/e2e/popup.test.ts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from '../e2e/harness';
import { launchFirefoxWithExtension, waitInPage, type FirefoxSession } from './harness';
import { markedIds, waitForNoMarks, waitForStableMarks } from './marks';

async function openPopupFor(session: FirefoxSession, page: Page): Promise<Page> {
  return session.openExtensionPage(`/popup.html?tabId=${await session.tabIdOf(page)}`);
}

describe('popup in Firefox ESR', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  let article: string;

  before(async () => {
    session = await launchFirefoxWithExtension();
    server = await serveFixtures();
    article = server.url('/pages/newspaper/ap_meta_refresh.html');
  });
  after(async () => {
    await session?.close();
    await server?.close();
  });

  it('lists the entities marked on the page, most mentioned first', async () => {
    const page = await session.open(article);
    await waitForStableMarks(page);
    const onPage = new Set(await markedIds(page));
    const popup = await openPopupFor(session, page);
    await waitInPage(popup, () => document.querySelector('.entity-button[data-entity-id]'), 10_000);
    const listed = await popup.evaluate(() =>
      [...document.querySelectorAll('.entity-button[data-entity-id]')].map(
        (el) => el.getAttribute('data-entity-id') ?? '',
      ),
    );
    assert.deepEqual(new Set(listed), onPage);
    for (const id of ['pakistan', 'taliban', 'afghanistan', 'kabul']) assert.ok(listed.includes(id), id);
    const counts = await popup.evaluate(() =>
      [...document.querySelectorAll('.entity-button[data-entity-id]')].map((el) =>
        Number(/(\d+) mentions?/.exec(el.textContent ?? '')?.[1] ?? NaN),
      ),
    );
    assert.ok(
      counts.every((n) => n > 0),
      String(counts),
    );
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    );
    await popup.close();
    await page.close();
  });

  it('compares the sources for an entity; a quote opens the reader at that passage', async () => {
    const page = await session.open(article);
    await waitForStableMarks(page);
    const popup = await openPopupFor(session, page);
    await waitInPage(
      popup,
      () => document.querySelector('.entity-button[data-entity-id="pakistan"]'),
      10_000,
    );
    await popup.click('.entity-button[data-entity-id="pakistan"]');
    await waitInPage(popup, () =>
      document.querySelector('.comparison li[data-source-id] .quotes a.quote-link'),
    );
    // Every shipped source names Pakistan.
    assert.equal(
      await popup.evaluate(() => document.querySelectorAll('.comparison li[data-source-id]').length),
      5,
    );
    const quote = await popup.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>(
        '.comparison li[data-source-id] .quotes a.quote-link',
      );
      return { text: link?.textContent ?? '', href: link?.href ?? '' };
    });
    assert.match(quote.href, /\/reader\.html\?source=seed-\d{3}&start=\d+&end=\d+&entity=pakistan$/);
    assert.match(quote.text, /باكستان/);
    const href = new URL(quote.href);
    assert.equal(href.origin, new URL(session.url('/')).origin);
    const reader = await session.openExtensionPage(href.pathname + href.search);
    await waitInPage(reader, () => document.querySelector('[data-testid="passage"]'));
    assert.equal(
      await reader.evaluate(() => document.querySelector('[data-testid="passage"]')?.textContent),
      quote.text,
    );
    await reader.close();
    await popup.close();
    await page.close();
  });

  it('turns the site off and on from the popup, live on the page', async () => {
    const page = await session.open(article);
    await waitForStableMarks(page);
    const popup = await openPopupFor(session, page);
    await waitInPage(popup, () => document.querySelector('[data-testid="site-switch"]'));
    const checked = () =>
      popup.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="site-switch"]')?.checked);
    assert.equal(await checked(), true);
    assert.match(
      await popup.evaluate(
        () => document.querySelector('[data-testid="site-switch"]')?.closest('label')?.textContent ?? '',
      ),
      /127\.0\.0\.1/,
    );
    await popup.click('[data-testid="site-switch"]');
    await waitForNoMarks(page);
    assert.equal(await checked(), false);
    await popup.click('[data-testid="site-switch"]');
    await waitForStableMarks(page);
    assert.equal(await checked(), true);
    assert.ok((await markedIds(page)).length > 0);
    await popup.close();
    await page.close();
  });
});

describe('popup in an Arabic Firefox', () => {
  let session: FirefoxSession;
  before(async () => {
    session = await launchFirefoxWithExtension({ locale: 'ar' });
  });
  after(async () => {
    await session?.close();
  });

  it('is right-to-left with Arabic strings, and keeps Latin dates left-to-right', async () => {
    const popup = await session.openExtensionPage('/popup.html');
    // Firefox's UI is Arabic only with Debian's firefox-esr-l10n-ar (scripts/setup.sh installs it).
    assert.equal(
      await popup.evaluate(() => (globalThis as unknown as ArabicGlobal).browser.i18n.getUILanguage()),
      'ar',
    );
    await waitInPage(popup, () => document.querySelector('[data-testid="corpus-count"]'), 10_000);
    assert.equal(await popup.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await popup.evaluate(() => document.documentElement.lang), 'ar');
    const { entityCount } = await session.askBackground({ type: 'corpus/summary' });
    // Arabic plural of كيان for 11–99 is the accusative singular (tamyiz): "75 كيانًا"; five sources: مصادر.
    assert.ok(entityCount >= 11 && entityCount <= 99, `expected 11–99 entities, got ${entityCount}`);
    assert.equal(
      await popup.evaluate(() => document.querySelector('[data-testid="corpus-count"]')?.textContent),
      `5 مصادر · ${entityCount} كيانًا`,
    );
    // seed-002 is dated 25 March 2024 (its first line).
    assert.equal(
      await popup.evaluate(() => document.querySelector('time[datetime="2024-03-25"]')?.getAttribute('dir')),
      'ltr',
    );
    await popup.close();
  });
});

type ArabicGlobal = { browser: { i18n: { getUILanguage(): string } } };
