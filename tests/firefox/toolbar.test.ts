// Issue 9 in Firefox ESR: the toolbar button's badge shows how many distinct entities the page
// mentions, and the keyboard shortcut (Alt+Shift+S) switches the page's site off and on, as in
// Chromium (tests/e2e/hover-card.test.ts). Firefox MV2 has browserAction, not action: these tests
// show whether the background reaches the right one (both fail while it calls browser.action).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serveFixtures, type FixtureServer } from '../e2e/harness';
import { launchFirefoxWithExtension, sleep, type ExtensionGlobal, type FirefoxSession } from './harness';
import { markCount, markedIds, waitForNoMarks, waitForStableMarks } from './marks';

type BrowserActionGlobal = ExtensionGlobal & {
  browser: { browserAction: { getBadgeText(details: { tabId: number }): Promise<string> } };
};

// Three entities of data/entities.json, each named once in English.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Badge</title></head>
<body><p>The Taliban took Kabul while Pakistan watched.</p></body></html>`;

describe('toolbar badge and keyboard shortcut in Firefox ESR', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  before(async () => {
    session = await launchFirefoxWithExtension();
    server = await serveFixtures();
  });
  after(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the number of distinct entities on the page', async () => {
    const page = await session.open(server.addPage('/badge.html', PAGE));
    await waitForStableMarks(page);
    assert.deepEqual(await markedIds(page), ['kabul', 'pakistan', 'taliban']);
    const tabId = await session.tabIdOf(page);
    const popup = await session.openExtensionPage('/popup.html');
    const badge = () =>
      popup.evaluate(
        (id) =>
          (globalThis as unknown as BrowserActionGlobal).browser.browserAction.getBadgeText({ tabId: id }),
        tabId,
      );
    const deadline = Date.now() + 3000;
    while ((await badge()) !== '3' && Date.now() < deadline) await sleep(100);
    assert.equal(await badge(), '3');
    await popup.close();
    await page.close();
  });

  it('switches the site off and on with its keyboard shortcut, Alt+Shift+S', async () => {
    const page = await session.open(server.addPage('/shortcut.html', PAGE));
    await waitForStableMarks(page);
    // The command acts on the active tab: bring the page to the front before each press. The manifest's
    // suggested_key is "Alt+Shift+S"; this is the key Firefox registered for it.
    const press = async () => {
      await page.bringToFront();
      return session.pressShortcut('alt,shift', 'S');
    };
    try {
      assert.ok(await press(), 'Firefox registered Alt+Shift+S');
      await waitForNoMarks(page);
      assert.equal((await session.askBackground({ type: 'site/get', host: '127.0.0.1' })).siteEnabled, false);
      assert.ok(await press());
      assert.ok((await waitForStableMarks(page)) > 0);
    } finally {
      await session.askBackground({ type: 'site/set', host: '127.0.0.1', enabled: true });
    }
    assert.ok((await markCount(page)) > 0);
    await page.close();
  });
});
