// Issue 9 in Firefox ESR: same-origin iframes (srcdoc and src) and open shadow roots are marked too,
// and the tab's summed counts (page/counts, what the popup lists) include every frame, as in Chromium
// (tests/e2e/frames.test.ts). Firefox runs the MV2 content script in about:srcdoc through
// match_about_blank.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from '../e2e/harness';
import { launchFirefoxWithExtension, sleep, type FirefoxSession } from './harness';
import { markedIds, waitForStableMarks } from './marks';

// Kabul on the top page; Pakistan twice in the srcdoc frame; the Taliban and Pakistan in the child.
const FRAMES_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Frames</title></head><body>
<p>A report filed from Kabul.</p>
<iframe id="inline" srcdoc="<!doctype html><p>Pakistan votes; Pakistan waits.</p>"></iframe>
<iframe id="child" src="/frames/child.html"></iframe>
</body></html>`;

/** What page/counts sums for FRAMES_PAGE: its three frames' reports, most mentioned first. */
const FRAMES_COUNTS = [
  { entityId: 'pakistan', type: 'place', count: 3 },
  { entityId: 'kabul', type: 'place', count: 1 },
  { entityId: 'taliban', type: 'organization', count: 1 },
];

const CHILD_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Child</title></head><body>
<p>The Taliban sent a delegation to Pakistan.</p>
</body></html>`;

// An open shadow root filled by the page's own custom element, and one attached later.
const SHADOW_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Shadow</title></head><body>
<p>A report filed from Kabul.</p>
<news-box id="early"></news-box>
<div id="later"></div>
<script>
  customElements.define('news-box', class extends HTMLElement {
    connectedCallback() {
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = '<p>Rain in Pakistan</p>';
    }
  });
  window.addBox = () => {
    const host = document.createElement('div');
    host.id = 'built';
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Afghanistan closes a crossing</p>';
    document.getElementById('later').append(host);
  };
</script>
</body></html>`;

const idsIn = (frame: Frame) =>
  frame.evaluate(() =>
    [...document.querySelectorAll('sanad-mark')].map((m) => m.getAttribute('data-entity-id') ?? '').sort(),
  );

describe('iframes and shadow roots in Firefox ESR', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  const urls: Record<string, string> = {};
  before(async () => {
    session = await launchFirefoxWithExtension();
    server = await serveFixtures();
    urls.frames = server.addPage('/frames/top.html', FRAMES_PAGE);
    server.addPage('/frames/child.html', CHILD_PAGE);
    urls.shadow = server.addPage('/shadow.html', SHADOW_PAGE);
    urls.plain = server.addPage(
      '/plain.html',
      '<!doctype html><html lang="en"><meta charset="utf-8"><p>Rain over Kabul.</p></html>',
    );
  });
  after(async () => {
    await session?.close();
    await server?.close();
  });

  it('marks same-origin iframes (srcdoc and src) and sums every frame in page/counts', async () => {
    const page = await session.open(urls.frames!);
    await waitForStableMarks(page);
    assert.deepEqual(await markedIds(page), ['kabul']);
    const inline = page.frames().find((f) => f.url() === 'about:srcdoc');
    const child = page.frames().find((f) => f.url().endsWith('/frames/child.html'));
    assert.ok(inline && child, `both frames: ${page.frames().map((f) => f.url())}`);
    for (const frame of [inline, child])
      await frame.waitForFunction(() => document.querySelectorAll('sanad-mark').length === 2, {
        timeout: 5000,
        polling: 50,
      });
    assert.deepEqual(await idsIn(inline), ['pakistan', 'pakistan']);
    assert.deepEqual(await idsIn(child), ['pakistan', 'taliban']);
    // Each frame reports after a short debounce: wait until all three are summed.
    const tabId = await session.tabIdOf(page);
    const expected = FRAMES_COUNTS;
    const deadline = Date.now() + 5000;
    let entities: unknown[] = [];
    while (Date.now() < deadline) {
      ({ entities } = await session.askBackground({ type: 'page/counts', tabId }));
      if (JSON.stringify(entities) === JSON.stringify(expected)) break;
      await sleep(100);
    }
    assert.deepEqual(entities, expected);
    await page.close();
  });

  it("counts only the new page's entities after the tab loads another page", async () => {
    const page = await session.open(urls.frames!);
    const tabId = await session.tabIdOf(page);
    const countsBecome = async (expected: unknown[]) => {
      const deadline = Date.now() + 5000;
      let entities: unknown[] = [];
      while (Date.now() < deadline) {
        ({ entities } = await session.askBackground({ type: 'page/counts', tabId }));
        if (JSON.stringify(entities) === JSON.stringify(expected)) break;
        await sleep(100);
      }
      return entities;
    };
    assert.deepEqual(await countsBecome(FRAMES_COUNTS), FRAMES_COUNTS);
    // The same tab, a page without frames that names Kabul once: the frames' reports are the old page's.
    await session.goto(page, urls.plain!);
    await waitForStableMarks(page);
    assert.deepEqual(await markedIds(page), ['kabul']);
    const kabulOnly = [{ entityId: 'kabul', type: 'place', count: 1 }];
    assert.deepEqual(await countsBecome(kabulOnly), kabulOnly);
    await page.close();
  });

  it("marks inside the page's open shadow roots, also one attached after the scan", async () => {
    const page = await session.open(urls.shadow!);
    await waitForStableMarks(page);
    const shadowIds = (hostId: string) =>
      page.evaluate(
        (id) =>
          [...(document.getElementById(id)?.shadowRoot?.querySelectorAll('sanad-mark') ?? [])].map(
            (m) => m.getAttribute('data-entity-id') ?? '',
          ),
        hostId,
      );
    await page.waitForFunction(
      () => (document.getElementById('early')?.shadowRoot?.querySelectorAll('sanad-mark').length ?? 0) === 1,
      { timeout: 2000, polling: 50 },
    );
    assert.deepEqual(await shadowIds('early'), ['pakistan']);
    await page.evaluate(() => (window as unknown as { addBox(): void }).addBox());
    await page.waitForFunction(
      () => (document.getElementById('built')?.shadowRoot?.querySelectorAll('sanad-mark').length ?? 0) === 1,
      { timeout: 2000, polling: 50 },
    );
    assert.deepEqual(await shadowIds('built'), ['afghanistan']);
    await page.close();
  });
});
