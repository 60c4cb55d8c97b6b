// Open shadow roots and same-origin iframes are pages too (DESIGN.md, "The page"): the built extension
// marks names inside them (also when they appear after the first scan), and a tab's badge and its
// summed counts ('page/counts') include what every frame found.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  launchWithExtension,
  serveFixtures,
  type ExtensionSession,
  type FixtureServer,
} from './harness';
import { askBackgroundAs, badgeText, markedIds, tabIdOf, waitForStableMarks } from './highlight-helpers';

const SHADOW_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Shadow</title></head><body>
<p>Top story from Kabul.</p>
<news-card id="early"></news-card>
<div id="later"></div>
<script>
  class NewsCard extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.attachShadow({ mode: 'open' }).innerHTML =
        '<p>Talks in Pakistan</p><p>بيان من داعش</p>';
    }
  }
  customElements.define('news-card', NewsCard);
  // A shadow root attached and filled before its host enters the page.
  window.addBuiltHost = () => {
    const host = document.createElement('div');
    host.id = 'built';
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Afghanistan border</p>';
    document.getElementById('later').append(host);
  };
  // A custom element whose shadow root is attached when it is connected.
  window.addCard = () => {
    const card = document.createElement('news-card');
    card.id = 'card2';
    document.getElementById('later').append(card);
  };
</script>
</body></html>`;

const FRAMES_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Frames</title></head><body>
<p>Top story from Kabul.</p>
<iframe id="inline" srcdoc="<!doctype html><p>Talks in Pakistan and Pakistan again.</p>"></iframe>
<iframe id="child" src="/frames/child.html"></iframe>
</body></html>`;

const CHILD_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Child</title></head><body>
<p>The Taliban said the talks in Pakistan went well.</p>
</body></html>`;

/** Marks (entity ids, sorted, with repeats) inside the open shadow root of `hostId`. */
function shadowMarks(page: Page, hostId: string): Promise<string[]> {
  return page.evaluate(
    (id) =>
      [...(document.getElementById(id)?.shadowRoot?.querySelectorAll('sanad-mark') ?? [])]
        .map((m) => m.getAttribute('data-entity-id') ?? '')
        .sort(),
    hostId,
  );
}

async function waitForShadowMarks(page: Page, hostId: string, count: number, timeoutMs = 1000) {
  await page.waitForFunction(
    ({ id, n }) => (document.getElementById(id)?.shadowRoot?.querySelectorAll('sanad-mark').length ?? 0) >= n,
    { id: hostId, n: count },
    { timeout: timeoutMs, polling: 20 },
  );
}

describe('shadow roots and iframes', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  const urls: Record<string, string> = {};

  before(async () => {
    session = await launchWithExtension();
    server = await serveFixtures();
    urls.shadow = server.addPage('/shadow.html', SHADOW_PAGE);
    urls.frames = server.addPage('/frames/top.html', FRAMES_PAGE);
    // The frame holds only a script at first, as ad slots do: no readable text.
    urls.lateFrame = server.addPage(
      '/frames/late.html',
      '<!doctype html><html><body><p>Top page without names.</p>' +
        '<iframe srcdoc="<body><script>window.slot = 1;</script></body>"></iframe></body></html>',
    );
    server.addPage('/frames/child.html', CHILD_PAGE);
  });

  after(async () => {
    await session?.close();
    await server?.close();
  });

  it('runs in every frame, about:srcdoc included (manifest)', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: { all_frames?: boolean; match_about_blank?: boolean }[];
    };
    const script = manifest.content_scripts[0];
    assert.equal(script?.all_frames, true);
    assert.equal(script?.match_about_blank, true);
  });

  it('marks an open shadow root, with our styles inside it, and roots attached after the scan', async () => {
    const page = await session.context.newPage();
    await page.goto(urls.shadow!, { waitUntil: 'load' });
    await waitForShadowMarks(page, 'early', 2, 5000);
    assert.deepEqual(await shadowMarks(page, 'early'), ['islamic-state', 'pakistan']);
    assert.deepEqual(await markedIds(page), ['kabul']);
    assert.ok(
      await page.evaluate(() => document.getElementById('early')!.shadowRoot!.adoptedStyleSheets.length > 0),
      'the mark sheet is adopted inside the shadow root',
    );
    await waitForStableMarks(page);

    // After the first scan: two new hosts, and new text inside a root we already know.
    await page.evaluate(() => {
      (window as unknown as { addBuiltHost(): void }).addBuiltHost();
      (window as unknown as { addCard(): void }).addCard();
      const p = document.createElement('p');
      p.textContent = 'Later: the Taliban replied.';
      document.getElementById('early')!.shadowRoot!.append(p);
    });
    await waitForShadowMarks(page, 'built', 1);
    await waitForShadowMarks(page, 'card2', 2);
    await waitForShadowMarks(page, 'early', 3);
    assert.deepEqual(await shadowMarks(page, 'built'), ['afghanistan']);
    assert.deepEqual(await shadowMarks(page, 'card2'), ['islamic-state', 'pakistan']);
    assert.deepEqual(await shadowMarks(page, 'early'), ['islamic-state', 'pakistan', 'taliban']);
    await page.close();
  });

  it('waits in an empty frame (an ad slot) until text arrives, then marks it', async () => {
    const page = await session.context.newPage();
    await page.goto(urls.lateFrame!, { waitUntil: 'load' });
    const frame = page.frame({ url: 'about:srcdoc' });
    assert.ok(frame, 'frame loaded');
    await page.waitForTimeout(800);
    assert.equal(await frame.evaluate(() => document.querySelectorAll('sanad-mark').length), 0);
    await frame.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Late news from Kabul.';
      document.body.append(p);
    });
    await frame.waitForFunction(
      () => document.querySelector('sanad-mark')?.getAttribute('data-entity-id') === 'kabul',
      undefined,
      { timeout: 3000 },
    );
    await page.close();
  });

  it('marks same-origin iframes (srcdoc and src) and counts them on the badge and in page/counts', async () => {
    const page = await session.context.newPage();
    await page.goto(urls.frames!, { waitUntil: 'load' });
    const inline = page.frame({ url: 'about:srcdoc' });
    const child = page.frame({ url: /\/frames\/child\.html$/ });
    assert.ok(inline && child, 'both frames loaded');
    await inline.waitForFunction(() => document.querySelectorAll('sanad-mark').length === 2, undefined, {
      timeout: 5000,
    });
    await child.waitForFunction(() => document.querySelectorAll('sanad-mark').length === 2, undefined, {
      timeout: 5000,
    });
    await waitForStableMarks(page);
    assert.deepEqual(await markedIds(page), ['kabul']);
    const inFrame = (frame: NonNullable<typeof inline>) =>
      frame.evaluate(() =>
        [...document.querySelectorAll('sanad-mark')].map((m) => m.getAttribute('data-entity-id')).sort(),
      );
    assert.deepEqual(await inFrame(inline), ['pakistan', 'pakistan']);
    assert.deepEqual(await inFrame(child), ['pakistan', 'taliban']);

    // Reports are debounced (250 ms) per frame: wait for the badge to show all three frames.
    const deadline = Date.now() + 5000;
    let badge = '';
    while (Date.now() < deadline && (badge = await badgeText(session, page)) !== '3')
      await page.waitForTimeout(100);
    assert.equal(badge, '3', 'kabul (top), pakistan (both frames), taliban (child)');
    const { entities } = await askBackgroundAs(session, {
      type: 'page/counts',
      tabId: await tabIdOf(session, page),
    });
    assert.deepEqual(entities, [
      { entityId: 'pakistan', type: 'place', count: 3 },
      { entityId: 'kabul', type: 'place', count: 1 },
      { entityId: 'taliban', type: 'organization', count: 1 },
    ]);
    await page.close();
  });
});
