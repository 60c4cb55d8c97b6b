// Issue 8: a muted alias stops being highlighted on a page that is already open (and comes back when
// unmuted), while the entity's other aliases stay marked; a source whose text is hostile markup is
// stored and shown as characters everywhere, and nothing in it runs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, type ExtensionSession, type FixtureServer } from './harness';
import { askBackgroundAs, waitForStableMarks } from './highlight-helpers';

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mute test</title></head>
<body><article>
<p>Officials in Pakistan said on Monday that talks with Kabul would resume in Islamabad next week.</p>
<p lang="ar" dir="rtl">وقال مسؤولون في باكستان إن المحادثات مع كابول ستستأنف الأسبوع المقبل.</p>
<p>Pakistan has hosted such talks before.</p>
</article></body></html>`;

/** The text of every mark of `entityId` on the page. */
const marksOf = (page: Page, entityId: string) =>
  page.evaluate(
    (id) =>
      [...document.querySelectorAll(`sanad-mark[data-entity-id="${id}"]`)].map((m) => m.textContent ?? ''),
    entityId,
  );

const HOSTILE_TITLE = '<img src=x onerror="window.__sanadPwned=1">عنوان';
const HOSTILE_TEXT =
  'قالت الحكومة في باكستان إن <script>window.__sanadPwned=2</script> الوضع هادئ. ' +
  '<img src=x onerror="window.__sanadPwned=3"> وأضافت أن <b onmouseover="window.__sanadPwned=4">الحدود</b> مغلقة.';

describe('mutes and hostile text', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  before(async () => {
    session = await launchWithExtension();
    server = await serveFixtures();
  });
  after(async () => {
    await session?.close();
    await server?.close();
  });

  it('a muted alias stops being highlighted on an open page; the other aliases stay', async () => {
    const page = await session.context.newPage();
    await page.goto(server.addPage('/mute.html', ARTICLE), { waitUntil: 'load' });
    await waitForStableMarks(page);
    assert.deepEqual((await marksOf(page, 'pakistan')).sort(), ['Pakistan', 'Pakistan', 'باكستان']);
    const mute = { entityId: 'pakistan', alias: 'Pakistan', site: null };
    await askBackgroundAs(session, { type: 'mute/set', mute, muted: true });
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('sanad-mark[data-entity-id="pakistan"]')].some(
          (m) => m.textContent === 'Pakistan',
        ),
      undefined,
      { timeout: 10_000 },
    );
    assert.deepEqual(await marksOf(page, 'pakistan'), ['باكستان']);
    assert.equal((await marksOf(page, 'islamabad')).length, 1, 'other entities stay marked');
    await askBackgroundAs(session, { type: 'mute/set', mute, muted: false });
    await page.waitForFunction(
      () => document.querySelectorAll('sanad-mark[data-entity-id="pakistan"]').length === 3,
      undefined,
      { timeout: 10_000 },
    );
    // The whole entity muted on this site only.
    await askBackgroundAs(session, {
      type: 'mute/set',
      mute: { entityId: 'pakistan', alias: null, site: '127.0.0.1' },
      muted: true,
    });
    await page.waitForFunction(
      () => document.querySelectorAll('sanad-mark[data-entity-id="pakistan"]').length === 0,
      undefined,
      { timeout: 10_000 },
    );
    assert.equal((await marksOf(page, 'kabul')).length, 2);
    await page.close();
  });

  it('stores hostile markup as text and renders it inert in the reader, the options page and the popup', async () => {
    const added = await askBackgroundAs(session, {
      type: 'source/add',
      drafts: [
        {
          title: HOSTILE_TITLE,
          titleOrigin: 'user',
          outlet: '<script>window.__sanadPwned=5</script>',
          author: null,
          date: null,
          url: null,
          lang: 'ar',
          kind: 'news',
          text: HOSTILE_TEXT,
          format: 'paste',
        },
      ],
    });
    const [id] = added.added;
    assert.ok(id, `stored: ${JSON.stringify(added)}`);
    const views = [`/reader.html?source=${id}`, '/options.html', '/popup.html'];
    for (const view of views) {
      const page = await session.context.newPage();
      await page.goto(session.url(view));
      await page.getByText('عنوان', { exact: false }).first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __sanadPwned?: number }).__sanadPwned ?? null,
        text: document.body.innerText,
        injected: document.querySelectorAll('img[src="x"], script:not([src]), b[onmouseover]').length,
      }));
      assert.equal(state.pwned, null, `${view}: nothing ran`);
      assert.equal(state.injected, 0, `${view}: no element came from the source`);
      assert.ok(state.text.includes('<img src=x onerror='), `${view}: the title shows as characters`);
      if (view.startsWith('/reader'))
        assert.ok(state.text.includes('<script>window.__sanadPwned=2</script>'));
      await page.close();
    }
  });
});
