// The toolbar popup, opened as a page for a given tab (`popup.html?tabId=`): it lists what the page
// mentions, compares the sources for one entity with quotes that open the reader at that passage, and
// its site switch acts live on the page. In an Arabic browser the whole UI is right-to-left.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, type ExtensionSession, type FixtureServer } from './harness';
import { markedIds, tabIdOf, waitForNoMarks, waitForStableMarks } from './highlight-helpers';

async function openPopupFor(session: ExtensionSession, page: Page): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(session.url(`/popup.html?tabId=${await tabIdOf(session, page)}`));
  return popup;
}

describe('popup', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let article: string;

  before(async () => {
    session = await launchWithExtension();
    server = await serveFixtures();
    article = server.url('/pages/newspaper/ap_meta_refresh.html');
  });
  after(async () => {
    await session?.close();
    await server?.close();
  });

  it('lists the entities marked on the page, most mentioned first', async () => {
    const page = await session.context.newPage();
    await page.goto(article, { waitUntil: 'load' });
    await waitForStableMarks(page);
    const onPage = new Set(await markedIds(page));
    const popup = await openPopupFor(session, page);
    const buttons = popup.locator('.entity-button[data-entity-id]');
    await buttons.first().waitFor();
    const listed = await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('data-entity-id')!));
    assert.deepEqual(new Set(listed), onPage);
    for (const id of ['pakistan', 'taliban', 'afghanistan', 'kabul']) assert.ok(listed.includes(id), id);
    // Most mentioned first: the order follows the counts the page reports.
    const counts = await buttons.evaluateAll((els) =>
      els.map((el) => Number(/(\d+) mentions?/.exec(el.textContent ?? '')?.[1] ?? NaN)),
    );
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    );
    await popup.close();
    await page.close();
  });

  it('counts a place named inside an event as mentioned on the page', async () => {
    const url = server.addPage(
      '/event.html',
      '<!doctype html><html lang="ar" dir="rtl"><body><p>يُعتقد أن داعش خراسان يقف خلف ' +
        'الهجوم الإرهابي على قاعة للحفلات الموسيقية في موسكو.</p></body></html>',
    );
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForStableMarks(page);
    assert.ok((await markedIds(page)).includes('moscow-concert-hall-attack'));
    const popup = await openPopupFor(session, page);
    await popup.locator('.entity-button[data-entity-id]').first().waitFor();
    const listed = await popup
      .locator('.entity-button[data-entity-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-entity-id')!));
    for (const id of ['moscow-concert-hall-attack', 'moscow', 'isis-k']) assert.ok(listed.includes(id), id);
    await popup.close();
    await page.close();
  });

  it('compares the sources for an entity; a quote opens the reader at that passage', async () => {
    const page = await session.context.newPage();
    await page.goto(article, { waitUntil: 'load' });
    await waitForStableMarks(page);
    const popup = await openPopupFor(session, page);
    await popup.locator('.entity-button[data-entity-id="pakistan"]').click();
    const lines = popup.locator('.comparison li[data-source-id]');
    await lines.first().waitFor();
    // Every shipped source names Pakistan.
    assert.equal(await lines.count(), 5);
    // A source's own quote (not a claim's sentence): it names Pakistan.
    const quote = popup.locator('.comparison li[data-source-id] .quotes a.quote-link').first();
    const quoted = (await quote.textContent())!;
    const href = (await quote.getAttribute('href'))!;
    assert.match(href, /reader\.html\?source=seed-\d{3}&start=\d+&end=\d+&entity=pakistan$/);
    const reader = await session.context.newPage();
    await reader.goto(href);
    const passage = reader.locator('[data-testid="passage"]');
    await passage.waitFor();
    assert.equal(await passage.textContent(), quoted);
    assert.match(quoted, /باكستان/);
    await reader.close();
    await popup.close();
    await page.close();
  });

  it('turns the site off and on from the popup, live on the page', async () => {
    const page = await session.context.newPage();
    await page.goto(article, { waitUntil: 'load' });
    await waitForStableMarks(page);
    const popup = await openPopupFor(session, page);
    const siteSwitch = popup.getByTestId('site-switch');
    await siteSwitch.waitFor();
    assert.equal(await siteSwitch.isChecked(), true);
    assert.match(
      (await popup.locator('label:has([data-testid="site-switch"])').textContent()) ?? '',
      /127\.0\.0\.1/,
    );
    await siteSwitch.uncheck();
    await waitForNoMarks(page);
    await siteSwitch.check();
    await waitForStableMarks(page);
    assert.ok((await markedIds(page)).length > 0);
    await popup.close();
    await page.close();
  });
});

describe('popup in an Arabic browser', () => {
  let session: ExtensionSession;
  before(async () => {
    session = await launchWithExtension({ locale: 'ar', args: ['--lang=ar'] });
  });
  after(async () => {
    await session?.close();
  });

  it('is right-to-left with Arabic strings, and keeps Latin dates left-to-right', async () => {
    const popup = await session.context.newPage();
    await popup.goto(session.url('/popup.html'));
    await popup.getByTestId('corpus-count').waitFor();
    assert.equal(await popup.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await popup.evaluate(() => document.documentElement.lang), 'ar');
    assert.equal(
      await popup.getByTestId('corpus-count').textContent(),
      '5 مصادر · ' + (await entityCount(popup)),
    );
    const date = popup.locator('time[datetime="2024-03-25"]');
    assert.equal(await date.getAttribute('dir'), 'ltr');
    await popup.close();
  });
});

/** The Arabic count of entities, from the number the background reports (not from the UI under test). */
async function entityCount(popup: Page): Promise<string> {
  const n = await popup.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: object): Promise<{ entityCount: number }> } };
    };
    return (await chrome.runtime.sendMessage({ type: 'corpus/summary' })).entityCount;
  });
  // Arabic plural of كيان for 11–99 is the accusative singular (tamyiz): "70 كيانًا".
  assert.ok(n >= 11 && n <= 99, `expected 11–99 entities, got ${n}`);
  return `${n} كيانًا`;
}
