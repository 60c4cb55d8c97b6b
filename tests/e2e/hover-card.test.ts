// Issue #4, the parts around the marks: the hover card (hover, keyboard, Escape, placement), the
// toolbar badge, the keyboard command and the global switch, in the real browser.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, type ExtensionSession, type FixtureServer } from './harness';
import {
  askBackgroundAs,
  badgeText,
  markCount,
  readCard,
  waitForNoMarks,
  waitForStableMarks,
} from './highlight-helpers';

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Filler paragraph ${i} about the weather.</p>`).join('');

const CARD_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Card</title>
<style>body{margin:0;font:18px/1.5 serif} p{margin:0 0 12px} #top{margin-top:120px;padding:0 200px}</style></head><body>
<p id="top">Officials in Pakistan said the Taliban had met in Kabul.</p>
${filler(60)}
</body></html>`;

const RTL_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>RTL</title>
<style>body{margin:0;font:18px/1.5 serif} .spacer{height:690px}</style></head><body>
<div class="spacer"></div>
<p id="bottom">قالت باكستان إن حركة طالبان اجتمعت في كابول.</p>
</body></html>`;

function overlaps(a: { top: number; left: number; bottom: number; right: number }, b: typeof a): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

async function rectOf(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
    });
}

async function waitForCard(page: Page, open: boolean) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const card = await readCard(page);
    if (open ? card && card.sources > 0 : !card) return card;
    if (Date.now() > deadline) return card;
    await page.waitForTimeout(100);
  }
}

describe('hover card, badge, command and global switch', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let cardUrl = '';
  let rtlUrl = '';

  before(async () => {
    session = await launchWithExtension({ viewport: { width: 1000, height: 760 } });
    server = await serveFixtures();
    cardUrl = server.addPage('/card.html', CARD_PAGE);
    rtlUrl = server.addPage('/rtl.html', RTL_PAGE);
  });
  after(async () => {
    await session?.close();
    await server?.close();
  });

  it('opens on hover with both names, source lines and a compare link; stays in view, off the mark; Escape closes', async () => {
    const page = await session.context.newPage();
    await page.goto(cardUrl);
    await waitForStableMarks(page);
    const selector = 'sanad-mark[data-entity-id="pakistan"]';
    await page.hover(selector);
    const card = await waitForCard(page, true);
    assert.ok(card, 'card opened');
    assert.equal(card.nameEn, 'Pakistan');
    assert.ok(/باكستان/.test(card.nameAr), card.nameAr);
    assert.equal(card.nameArDir, 'rtl');
    assert.ok(card.sources >= 1, `source lines: ${card.sources}`);
    assert.ok(card.hasCompareLink);
    const mark = await rectOf(page, selector);
    assert.ok(
      !overlaps(card.rect, mark),
      `card ${JSON.stringify(card.rect)} covers mark ${JSON.stringify(mark)}`,
    );
    assert.ok(
      card.rect.top >= 0 && card.rect.left >= 0 && card.rect.bottom <= 760 && card.rect.right <= 1000,
    );
    await page.keyboard.press('Escape');
    assert.equal(await waitForCard(page, false), null);
    await page.close();
  });

  it('opens on keyboard focus, Tab reaches its link, Escape returns focus to the mark', async () => {
    const page = await session.context.newPage();
    await page.goto(cardUrl);
    await waitForStableMarks(page);
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('data-entity-id')),
      'pakistan',
    );
    assert.ok(await waitForCard(page, true), 'card opened on focus');
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.localName),
      'sanad-ui',
      'focus is in the card',
    );
    await page.keyboard.press('Escape');
    assert.equal(await waitForCard(page, false), null);
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('data-entity-id')),
      'pakistan',
    );
    await page.close();
  });

  it('flips above a mark near the bottom of an RTL page and stays inside the viewport', async () => {
    const page = await session.context.newPage();
    await page.goto(rtlUrl);
    await waitForStableMarks(page);
    const selector = 'sanad-mark[data-entity-id="pakistan"]';
    await page.hover(selector);
    const card = await waitForCard(page, true);
    assert.ok(card);
    const mark = await rectOf(page, selector);
    assert.ok(
      card.rect.bottom <= mark.top,
      `above: card ${JSON.stringify(card.rect)}, mark ${JSON.stringify(mark)}`,
    );
    assert.ok(card.rect.top >= 0 && card.rect.left >= 0 && card.rect.right <= 1000);
    await page.close();
  });

  it('shows the number of distinct entities on the badge', async () => {
    const page = await session.context.newPage();
    await page.goto(cardUrl);
    await waitForStableMarks(page);
    const distinct = await page.evaluate(
      () =>
        new Set([...document.querySelectorAll('sanad-mark')].map((m) => m.getAttribute('data-entity-id')))
          .size,
    );
    assert.equal(distinct, 3); // Pakistan, the Taliban, Kabul
    const deadline = Date.now() + 3000;
    while ((await badgeText(session, page)) !== '3' && Date.now() < deadline) await page.waitForTimeout(100);
    assert.equal(await badgeText(session, page), '3');
    await page.close();
  });

  it('toggles the site with the keyboard command (run through the worker: headless has no shortcuts)', async () => {
    const page = await session.context.newPage();
    await page.goto(cardUrl);
    await waitForStableMarks(page);
    await page.bringToFront();
    const run = () =>
      session.serviceWorker.evaluate(() =>
        (
          globalThis as unknown as { sanadCommands: { run(name: string): Promise<unknown> } }
        ).sanadCommands.run('toggle-site'),
      );
    await run();
    await waitForNoMarks(page);
    assert.equal(
      (await askBackgroundAs(session, { type: 'site/get', host: '127.0.0.1' })).siteEnabled,
      false,
    );
    await run();
    assert.ok((await waitForStableMarks(page)) > 0);
    await page.close();
  });

  it('turns every tab off and on again with the global switch', async () => {
    const first = await session.context.newPage();
    await first.goto(cardUrl);
    const second = await session.context.newPage();
    await second.goto(rtlUrl);
    await waitForStableMarks(first);
    await waitForStableMarks(second);
    try {
      await askBackgroundAs(session, { type: 'global/set', enabled: false });
      await waitForNoMarks(first);
      await waitForNoMarks(second);
    } finally {
      await askBackgroundAs(session, { type: 'global/set', enabled: true });
    }
    await waitForStableMarks(first);
    await waitForStableMarks(second);
    assert.ok((await markCount(first)) > 0 && (await markCount(second)) > 0);
    await first.close();
    await second.close();
  });
});
