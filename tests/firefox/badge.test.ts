// Issue 9 in Firefox ESR: the toolbar button's badge shows how many distinct entities the page
// mentions, as it does in Chromium (tests/e2e/hover-card.test.ts). Firefox MV2 has browserAction,
// not action: this is the test that shows whether the background reaches the right one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serveFixtures, type FixtureServer } from '../e2e/harness';
import { launchFirefoxWithExtension, sleep, type ExtensionGlobal, type FirefoxSession } from './harness';
import { markedIds, waitForStableMarks } from './marks';

type BrowserActionGlobal = ExtensionGlobal & {
  browser: { browserAction: { getBadgeText(details: { tabId: number }): Promise<string> } };
};

// Three entities of data/entities.json, each named once in English.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Badge</title></head>
<body><p>The Taliban took Kabul while Pakistan watched.</p></body></html>`;

describe('toolbar badge in Firefox ESR', () => {
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
});
