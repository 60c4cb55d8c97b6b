// Issue 9 in Firefox ESR: the background page seeds the five shipped sources exactly once, the popup
// renders them, and neither a restart of the add-on (disable, enable: a fresh background page) nor
// a restart of Firefox on the same profile loses a source or duplicates one. Firefox MV2 has a
// persistent background page, not a service worker, so those two are what "restart" means here.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, waitInPage, type ExtensionGlobal, type FirefoxSession } from './harness';

const SHIPPED = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];
const GENERATION = '__sanadFirefoxGeneration';

/** Every source row, read straight from the extension's IndexedDB (an extension page shares its origin). */
async function storedSources(page: Page): Promise<{ id: string; origin: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ id: string; origin: string }[]>((resolve, reject) => {
        const open = indexedDB.open('sanad');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('sources').objectStore('sources').getAll();
          all.onsuccess = () => {
            resolve(all.result.map((s: { id: string; origin: string }) => ({ id: s.id, origin: s.origin })));
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

async function popupSourceIds(session: FirefoxSession): Promise<string[]> {
  const popup = await session.openExtensionPage('/popup.html');
  try {
    await waitInPage(
      popup,
      () => document.querySelector('[data-testid="corpus"] li[data-source-id]'),
      10_000,
    );
    return await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="corpus"] li[data-source-id]')].map(
        (el) => el.getAttribute('data-source-id') ?? '',
      ),
    );
  } finally {
    await popup.close();
  }
}

/** Marks the running background page's window; a fresh background page does not have the mark. */
async function backgroundGeneration(session: FirefoxSession, set: boolean): Promise<boolean> {
  const page = await session.openExtensionPage('/popup.html');
  try {
    return await page.evaluate(
      async (key, mark) => {
        const background = await (
          globalThis as unknown as ExtensionGlobal
        ).browser.runtime.getBackgroundPage();
        const had = background[key] === true;
        if (mark) background[key] = true;
        return had;
      },
      GENERATION,
      set,
    );
  } finally {
    await page.close();
  }
}

describe('shipped corpus in Firefox ESR', () => {
  let session: FirefoxSession;
  before(async () => {
    session = await launchFirefoxWithExtension();
  });
  after(async () => {
    await session?.close();
  });

  it('seeds exactly the five shipped sources and the popup renders them', async () => {
    const ids = await popupSourceIds(session);
    assert.deepEqual([...ids].sort(), SHIPPED);
    const page = await session.openExtensionPage('/options.html');
    const rows = await storedSources(page);
    assert.deepEqual(rows.map((r) => r.id).sort(), SHIPPED);
    assert.ok(rows.every((r) => r.origin === 'shipped'));
    await page.close();
  });

  it('shows a stored source in the reader with the quoted passage highlighted', async () => {
    const page = await session.openExtensionPage('/reader.html?source=seed-002&start=0&end=9');
    await waitInPage(page, () => document.querySelector('[data-testid="passage"]'));
    // seed-002 opens with the date line "الإثنين 25 مارس 2024": characters 0–9 are "الإثنين 2".
    assert.equal(
      await page.evaluate(() => document.querySelector('[data-testid="passage"]')?.textContent),
      'الإثنين 2',
    );
    assert.equal(
      await page.evaluate(() => document.querySelector('.reader-text')?.getAttribute('dir')),
      'rtl',
    );
    await page.close();
  });

  it('keeps the corpus, without duplicates, when the add-on is disabled and enabled again', async () => {
    assert.equal(await backgroundGeneration(session, true), false);
    assert.equal(await backgroundGeneration(session, false), true, 'the mark is seen while the page lives');
    await session.restartExtension();
    assert.equal(await backgroundGeneration(session, false), false, 'a fresh background page');
    const ids = await popupSourceIds(session);
    assert.deepEqual([...ids].sort(), SHIPPED);
  });

  it('keeps a user source and does not duplicate shipped ones across an extension update', async () => {
    const page = await session.openExtensionPage('/options.html');
    // Added now, as a user would: the popup lists the newest few (by addedAt), so it is among them.
    await page.evaluate(
      (now) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('sanad');
          open.onsuccess = () => {
            const tx = open.result.transaction('sources', 'readwrite');
            tx.objectStore('sources').put({
              id: 'user-e2e',
              title: 'A source the user added',
              outlet: 'Test outlet',
              author: null,
              date: '2024-10-20',
              lang: 'en',
              kind: 'news',
              text: 'Omar Bajauri was killed in Kunar.',
              url: null,
              origin: 'user',
              addedAt: now,
              updatedAt: now,
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      Date.now(),
    );
    const before = await page.evaluate(
      () => (globalThis as unknown as VersionGlobal).browser.runtime.getManifest().version,
    );
    await page.close();
    await backgroundGeneration(session, true);
    const version = await session.updateExtension();
    assert.notEqual(version, before);
    assert.equal(
      await backgroundGeneration(session, false),
      false,
      'the new version has a new background page',
    );
    const after = await session.openExtensionPage('/popup.html');
    assert.equal(
      await after.evaluate(
        () => (globalThis as unknown as VersionGlobal).browser.runtime.getManifest().version,
      ),
      version,
    );
    await after.close();
    await assertSixSources(session);
  });

  it('keeps them across a Firefox restart on the same profile', async () => {
    await backgroundGeneration(session, true);
    await session.relaunch();
    assert.equal(await backgroundGeneration(session, false), false, 'a new Firefox, a new background page');
    await assertSixSources(session);
  });
});

type VersionGlobal = { browser: { runtime: { getManifest(): { version: string } } } };

/** The five shipped sources and user-e2e: the popup lists the five newest, the user's first, counts six. */
async function assertSixSources(session: FirefoxSession): Promise<void> {
  const ids = await popupSourceIds(session);
  assert.equal(ids.length, 5);
  assert.equal(ids[0], 'user-e2e');
  const popup = await session.openExtensionPage('/popup.html');
  await waitInPage(popup, () => document.querySelector('[data-testid="corpus-count"]'));
  assert.match(
    await popup.evaluate(() => document.querySelector('[data-testid="corpus-count"]')?.textContent ?? ''),
    /^6 sources · /,
  );
  await popup.close();
  const options = await session.openExtensionPage('/options.html');
  const rows = await storedSources(options);
  assert.deepEqual(rows.map((r) => r.id).sort(), [...SHIPPED, 'user-e2e'].sort());
  await options.close();
}
