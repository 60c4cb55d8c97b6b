// Issue 9 in Firefox ESR: the hover card opens on hover and on keyboard focus, sits in view and off
// the mark, takes Tab and closes on Escape, as in Chromium (tests/e2e/hover-card.test.ts). Its closed
// shadow root cannot be read here (Firefox's BiDi has no DOM piercing, nor CDP), so the card is
// checked from the page: the <sanad-ui> host, its box, what is on top at its centre, and focus.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from '../e2e/harness';
import { launchFirefoxWithExtension, sleep, type FirefoxSession } from './harness';
import { waitForStableMarks } from './marks';

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} on the harvest and the rain.</p>`).join('');

// Pakistan, the Taliban and Kabul once each, the first mark well inside the viewport.
const CARD_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Card</title>
<style>body{margin:0;font:18px/1.5 serif} p{margin:0 0 12px} #top{margin-top:120px;padding:0 200px}</style>
</head><body><p id="top">Pakistan said the Taliban had met in Kabul.</p>${filler(60)}</body></html>`;

const VIEWPORT = { width: 1000, height: 760 };

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface CardSeen {
  box: Box;
  /** What the page sees on top at the card's centre (a closed shadow root shows as its host). */
  onTop: string | null;
}

/** The open card as the page sees it, or null when there is none. */
function cardSeen(page: Page): Promise<CardSeen | null> {
  return page.evaluate(() => {
    const host = document.querySelector('sanad-ui');
    if (!host) return null;
    const r = host.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return null;
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      box: { top: r.top, left: r.left, bottom: r.bottom, right: r.right },
      onTop: top?.localName ?? null,
    };
  });
}

async function waitForCard(page: Page, open: boolean): Promise<CardSeen | null> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const card = await cardSeen(page);
    if (open ? card !== null : card === null) return card;
    if (Date.now() > deadline) return card;
    await sleep(100);
  }
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('hover card in Firefox ESR', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  let url = '';
  before(async () => {
    session = await launchFirefoxWithExtension();
    server = await serveFixtures();
    url = server.addPage('/card.html', CARD_PAGE);
  });
  after(async () => {
    await session?.close();
    await server?.close();
  });

  it('opens on hover, in view and off the mark, on top of the page; Escape closes it', async () => {
    const page = await session.open(url);
    await page.setViewport(VIEWPORT);
    await waitForStableMarks(page);
    const mark = await page.evaluate(() => {
      const r = document.querySelector('sanad-mark[data-entity-id="pakistan"]')!.getBoundingClientRect();
      return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
    });
    await page.mouse.move((mark.left + mark.right) / 2, (mark.top + mark.bottom) / 2);
    const card = await waitForCard(page, true);
    assert.ok(card, 'card opened');
    assert.equal(card.onTop, 'sanad-ui');
    // A card with names, source lines and a link is taller than one line of text.
    assert.ok(card.box.bottom - card.box.top > 100, JSON.stringify(card.box));
    assert.ok(
      !overlaps(card.box, mark),
      `card ${JSON.stringify(card.box)} covers mark ${JSON.stringify(mark)}`,
    );
    assert.ok(
      card.box.top >= 0 &&
        card.box.left >= 0 &&
        card.box.bottom <= VIEWPORT.height &&
        card.box.right <= VIEWPORT.width,
      JSON.stringify(card.box),
    );
    await page.keyboard.press('Escape');
    assert.equal(await waitForCard(page, false), null);
    await page.close();
  });

  it('opens on keyboard focus, Tab goes into it, Escape returns focus to the mark', async () => {
    const page = await session.open(url);
    await page.setViewport(VIEWPORT);
    await waitForStableMarks(page);
    const active = () =>
      page.evaluate(
        () => document.activeElement?.getAttribute('data-entity-id') ?? document.activeElement?.localName,
      );
    await page.keyboard.press('Tab');
    assert.equal(await active(), 'pakistan');
    assert.ok(await waitForCard(page, true), 'card opened on focus');
    await page.keyboard.press('Tab');
    assert.equal(await active(), 'sanad-ui', 'focus is in the card');
    await page.keyboard.press('Escape');
    assert.equal(await waitForCard(page, false), null);
    assert.equal(await active(), 'pakistan');
    await page.close();
  });
});
