// Issue 9 in the real browser: the content script's first step (frame.js). A frame whose text names
// nothing never loads the engine, yet marks what the page adds later; a page rendered in shadow DOM is
// read; an empty page stays silent and the popup says so rightly; the page hears nothing of Sanad.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, type ExtensionSession, type FixtureServer } from './harness';
import { tabIdOf, waitForStableMarks } from './highlight-helpers';

const wrap = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

const NO_ENTITY = wrap(
  '<p>The committee met on Tuesday to discuss the budget for the coming year.</p><div id="feed"></div>',
);
const SHADOW_APP = wrap(`<news-app></news-app><script>
  customElements.define('news-app', class extends HTMLElement {
    connectedCallback() {
      this.attachShadow({ mode: 'open' }).innerHTML = '<p>Officials in Pakistan and Afghanistan met on Monday.</p>';
    }
  });
</script>`);
const LISTENING = wrap(`<p>Talks in Pakistan and Afghanistan went on.</p><script>
  window.heard = [];
  window.addEventListener('message', (event) => window.heard.push(JSON.stringify(event.data)));
  document.addEventListener('wxt:content-script-started', () => window.heard.push('custom event'));
</script>`);

describe('the first step (frame.js)', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  const urls: Record<string, string> = {};

  before(async () => {
    session = await launchWithExtension();
    server = await serveFixtures();
    urls.none = server.addPage('/first/none.html', NO_ENTITY);
    urls.shadow = server.addPage('/first/shadow.html', SHADOW_APP);
    urls.empty = server.addPage('/first/empty.html', wrap(''));
    urls.listening = server.addPage('/first/listening.html', LISTENING);
  });

  after(async () => {
    await session?.close();
    await server?.close();
  });

  const engineRequests = (page: Page) => {
    const seen: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/frame-engine.js')) seen.push(request.url());
    });
    return seen;
  };

  it('loads no engine where the text names nothing, and marks a paragraph the page adds later', async () => {
    const page = await session.context.newPage();
    const engine = engineRequests(page);
    await page.goto(urls.none!, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    assert.deepEqual(engine, [], 'no engine for a page that names nothing');
    assert.equal(await page.locator('sanad-mark').count(), 0);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Late news: talks in Pakistan.';
      document.getElementById('feed')!.append(p);
    });
    await page.waitForFunction(
      () => document.querySelector('#feed sanad-mark')?.textContent === 'Pakistan',
      undefined,
      {
        timeout: 5000,
      },
    );
    assert.ok(engine.length > 0, 'the engine was loaded for the added text');
    await page.close();
  });

  it('reads a page rendered in shadow DOM', async () => {
    const page = await session.context.newPage();
    await page.goto(urls.shadow!, { waitUntil: 'load' });
    const ids = await page.waitForFunction(
      () => {
        const marks = document.querySelector('news-app')?.shadowRoot?.querySelectorAll('sanad-mark') ?? [];
        return marks.length >= 2 ? [...marks].map((m) => m.getAttribute('data-entity-id')) : null;
      },
      undefined,
      { timeout: 5000 },
    );
    assert.deepEqual(await ids.jsonValue(), ['pakistan', 'afghanistan']);
    await page.close();
  });

  it('an empty page stays silent, and the popup says it mentions nothing (not that it cannot be read)', async () => {
    const page = await session.context.newPage();
    await page.goto(urls.empty!, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const tabId = await tabIdOf(session, page);
    const answered = await session.serviceWorker.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: {
              tabs: { sendMessage(t: number, m: unknown, o: { frameId: number }): Promise<unknown> };
            };
          }
        ).chrome.tabs
          .sendMessage(id, { type: 'page/entities' }, { frameId: 0 })
          .then(
            () => true,
            () => false,
          ),
      tabId,
    );
    assert.equal(answered, false, 'a frame without text registers no listener');
    const popup = await session.context.newPage();
    await popup.goto(session.url(`/popup.html?tabId=${tabId}`));
    await popup.locator('#page-heading').waitFor();
    const section = popup.locator('section[aria-labelledby="page-heading"]');
    await section
      .getByText('Nothing from your sources is mentioned on this page.')
      .waitFor({ timeout: 5000 });
    await popup.close();
    await page.close();
  });

  it('says nothing to the page: no message, no event naming the extension', async () => {
    const page = await session.context.newPage();
    await page.goto(urls.listening!, { waitUntil: 'load' });
    assert.ok((await waitForStableMarks(page)) >= 2);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    assert.deepEqual(heard, []);
    await page.close();
  });
});
