// Issue 8, from the hover card: "Why is this highlighted?" names the alias that matched and its rule,
// and one click mutes that alias on this site — the open page repaints without it while the entity's
// other aliases stay marked. An entity the user adds is marked on the open page at once. With hover
// cards switched off in the settings, no card opens.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, type ExtensionSession, type FixtureServer } from './harness';
import { askBackgroundAs, inCardShadow, readCard, waitForStableMarks } from './highlight-helpers';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Why</title></head>
<body><article style="padding:200px 40px">
<p>Officials in Pakistan said on Monday that talks with Kabul would resume next week.</p>
<p lang="ar" dir="rtl">وقال مسؤولون في باكستان إن المحادثات ستستأنف الأسبوع المقبل.</p>
</article></body></html>`;

const pakistanMarks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('sanad-mark[data-entity-id="pakistan"]')].map((m) => m.textContent ?? ''),
  );

/** Clicks `selector` inside the card's closed shadow root; false when it is not there. */
const clickInCard = async (page: Page, selector: string) =>
  (await inCardShadow<boolean>(
    page,
    `function () { const b = this.querySelector(${JSON.stringify(selector)}); if (!b) return false; b.click(); return true; }`,
  )) === true;

const textInCard = (page: Page, selector: string) =>
  inCardShadow<string>(
    page,
    `function () { return this.querySelector(${JSON.stringify(selector)})?.textContent ?? null; }`,
  );

async function until<T>(f: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 8000;
  for (;;) {
    const v = await f();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out: ${what} (last: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('why is this highlighted, and mute from the card', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let url = '';
  before(async () => {
    session = await launchWithExtension({ viewport: { width: 1000, height: 760 } });
    server = await serveFixtures();
    url = server.addPage('/why.html', PAGE);
  });
  after(async () => {
    await session?.close();
    await server?.close();
  });

  it('names the alias and its rule, and mutes it on this site in one click', async () => {
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForStableMarks(page);
    assert.deepEqual((await pakistanMarks(page)).sort(), ['Pakistan', 'باكستان']);
    await page.locator('sanad-mark[data-entity-id="pakistan"]').first().hover();
    await until(
      () => readCard(page),
      (c) => c !== null,
      'the card opens',
    );
    assert.ok(await until(() => clickInCard(page, '[data-action="why-highlighted"]'), Boolean, 'why button'));
    const why = await until(
      () => textInCard(page, '[data-testid="why"]'),
      (t) => t !== null && t.includes('Pakistan'),
      'the explanation names the alias',
    );
    assert.match(why!, /Pakistan/);
    assert.ok(await clickInCard(page, '[data-action="mute-alias-site"]'), 'mute on this site');
    await until(
      () => pakistanMarks(page),
      (m) => m.length === 1,
      'the muted alias disappears',
    );
    assert.deepEqual(await pakistanMarks(page), ['باكستان']);
    const { mutes } = await askBackgroundAs(session, { type: 'mute/list' });
    assert.deepEqual(mutes, [{ entityId: 'pakistan', alias: 'Pakistan', site: '127.0.0.1' }]);
    await page.close();
  });

  it('marks an entity the user adds on a page that is already open', async () => {
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForStableMarks(page);
    const officials = () =>
      page.evaluate(() => document.querySelectorAll('sanad-mark[data-entity-id="user-officials"]').length);
    assert.equal(await officials(), 0);
    await askBackgroundAs(session, {
      type: 'entity/put',
      entity: {
        id: 'user-officials',
        type: 'organization',
        names: { en: 'Officials', ar: 'مسؤولون' },
        description: { en: 'A test entity', ar: 'كيان للاختبار' },
        aliases: [
          { text: 'Officials', lang: 'en' },
          { text: 'مسؤولون', lang: 'ar' },
        ],
      },
    });
    await until(officials, (n) => n === 2, 'the new entity is marked in both paragraphs');
    await page.close();
  });

  it('opens no card when hover cards are switched off', async () => {
    await askBackgroundAs(session, { type: 'settings/set', patch: { hoverCards: false } });
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForStableMarks(page);
    await page.locator('sanad-mark[data-entity-id="kabul"]').first().hover();
    await page.waitForTimeout(1200); // well past the card's open delay
    assert.equal(await readCard(page), null);
    await page.close();
  });
});
