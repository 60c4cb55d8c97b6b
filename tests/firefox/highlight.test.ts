// Issue 9 in Firefox ESR: the built MV2 extension marks real saved news pages, restores the DOM
// exactly when the site is switched off, and the site switch acts live and persists. The pages and
// the expected entities are the ones tests/e2e/highlight.test.ts asserts in Chromium (from the
// visible-text counts in tests/fixtures/pages/MANIFEST.tsv).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from '../e2e/harness';
import { fixturePage, trecAsHtml } from '../e2e/highlight-helpers';
import { launchFirefoxWithExtension, sleep, type FirefoxSession } from './harness';
import { markCount, markedIds, waitForNoMarks, waitForStableMarks } from './marks';

const HOST = '127.0.0.1';

/** The page's body serialized, and its text nodes kept on window for a later identity check. */
async function snapshotBody(page: Page): Promise<string> {
  return page.evaluate(() => {
    const texts: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    (window as unknown as { sanadTexts: Text[] }).sanadTexts = texts;
    return document.body.outerHTML;
  });
}

async function sameTextNodes(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const before = (window as unknown as { sanadTexts: Text[] }).sanadTexts;
    const now: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) now.push(n as Text);
    return now.length === before.length && now.every((node, i) => node === before[i]);
  });
}

describe('highlighting in Firefox ESR', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  const urls: Record<string, string> = {};
  const setSite = (enabled: boolean) => session.askBackground({ type: 'site/set', host: HOST, enabled });

  before(async () => {
    session = await launchFirefoxWithExtension();
    server = await serveFixtures();
    urls.ap = server.url('/pages/newspaper/ap_meta_refresh.html');
    urls.wapo = server.url('/pages/readability/wapo-1/source.html');
    urls.sky643 = server.addPage(
      '/ant/sky-643.html',
      trecAsHtml(fixturePage('ant-corpus/SkyNews/internationalNews/SK-internationalNews-643-20180328.txt')),
    );
  });

  after(async () => {
    await session?.close();
    await server?.close();
  });

  it('marks Pakistan, the Taliban, Afghanistan and Kabul on an AP story, fetching nothing outside', async () => {
    const page = await session.open(urls.ap!);
    await waitForStableMarks(page);
    const ids = await markedIds(page);
    for (const id of ['pakistan', 'taliban', 'afghanistan', 'kabul'])
      assert.ok(ids.includes(id), `${id} in ${ids}`);
    // The page asks for AP's own scripts and images: they reached the blocking proxy, not the internet.
    assert.ok(
      session.proxy.requests.some((r) => r.startsWith('GET http://hosted.ap.org/')),
      session.proxy.requests.join('\n'),
    );
    await page.close();
  });

  it('marks the Islamic State and Afghanistan on a Washington Post page', async () => {
    const page = await session.open(urls.wapo!);
    await waitForStableMarks(page);
    const ids = await markedIds(page);
    assert.ok(ids.includes('islamic-state'), String(ids));
    assert.ok(ids.includes('afghanistan'), String(ids));
    await page.close();
  });

  it('marks Arabic names with their clitics as whole words (ANT corpus, Sky News Arabia)', async () => {
    const page = await session.open(urls.sky643!);
    await waitForStableMarks(page);
    const ids = await markedIds(page);
    for (const id of ['afghanistan', 'pakistan']) assert.ok(ids.includes(id), `${id} in ${ids}`);
    assert.ok(ids.includes('isis-k') || ids.includes('islamic-state'), String(ids));
    const splits = await page.evaluate(() => {
      const letter = /[\p{L}\p{M}]/u;
      return [...document.querySelectorAll('sanad-mark')]
        .filter((m) => m.parentElement?.localName !== 'sanad-mark')
        .filter((m) => {
          const before = m.previousSibling?.textContent ?? '';
          const after = m.nextSibling?.textContent ?? '';
          return letter.test(before.slice(-1)) || letter.test(after.slice(0, 1));
        })
        .map((m) => m.textContent);
    });
    assert.deepEqual(splits, []);
    await page.close();
  });

  it('restores the DOM exactly (same serialization, same text nodes) when switched off', async () => {
    await setSite(false);
    try {
      for (const url of [urls.ap!, urls.wapo!, urls.sky643!]) {
        const page = await session.open(url);
        await sleep(300);
        assert.equal(await markCount(page), 0, `site is off: ${url}`);
        const original = await snapshotBody(page);
        await setSite(true);
        await waitForStableMarks(page);
        assert.notEqual(await page.evaluate(() => document.body.outerHTML), original, `marked: ${url}`);
        await setSite(false);
        await waitForNoMarks(page);
        assert.equal(await page.evaluate(() => document.body.outerHTML), original, url);
        assert.ok(await sameTextNodes(page), `the page's own text nodes are back, unsplit: ${url}`);
        await page.close();
      }
    } finally {
      await setSite(true);
    }
  });

  it('switches a site off live in every tab, and it stays off after a reload', async () => {
    const first = await session.open(urls.wapo!);
    const second = await session.open(urls.ap!);
    await waitForStableMarks(first);
    await waitForStableMarks(second);
    try {
      const state = await setSite(false);
      assert.equal(state.siteEnabled, false);
      assert.equal(state.site, HOST);
      await waitForNoMarks(first);
      await waitForNoMarks(second);
      await second.reload({ waitUntil: 'load' });
      await sleep(1000);
      assert.equal(await markCount(second), 0);
    } finally {
      await setSite(true);
    }
    await waitForStableMarks(first);
    await waitForStableMarks(second);
    assert.ok((await markCount(first)) > 0 && (await markCount(second)) > 0);
    await first.close();
    await second.close();
  });

  it('turns every tab off and on again with the global switch', async () => {
    const first = await session.open(urls.wapo!);
    const second = await session.open(urls.sky643!);
    await waitForStableMarks(first);
    await waitForStableMarks(second);
    try {
      assert.deepEqual(await session.askBackground({ type: 'global/set', enabled: false }), {
        globalEnabled: false,
      });
      await waitForNoMarks(first);
      await waitForNoMarks(second);
    } finally {
      await session.askBackground({ type: 'global/set', enabled: true });
    }
    await waitForStableMarks(first);
    await waitForStableMarks(second);
    assert.ok((await markCount(first)) > 0 && (await markCount(second)) > 0);
    await first.close();
    await second.close();
  });
});
