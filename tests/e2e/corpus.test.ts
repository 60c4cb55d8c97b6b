// Issue #2: the service worker seeds the shipped corpus exactly once, the popup and the other pages
// render it, and neither a worker restart nor an extension reload (an update) duplicates or loses it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './harness';

type ChromeGlobal = { chrome: { runtime: { getManifest(): { version: string } } } };

const SHIPPED = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];

/** Reads every source row straight from the extension's IndexedDB (an extension page shares its origin). */
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

async function popupSourceIds(session: ExtensionSession): Promise<string[]> {
  const popup = await session.context.newPage();
  await popup.goto(session.url('/popup.html'));
  await popup.locator('[data-testid="corpus"] li[data-source-id]').first().waitFor({ timeout: 10_000 });
  const ids = await popup
    .locator('[data-testid="corpus"] li[data-source-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-source-id')!));
  await popup.close();
  return ids;
}

describe('shipped corpus in the real browser', () => {
  let session: ExtensionSession;
  before(async () => {
    session = await launchWithExtension({ updatable: true });
  });
  after(async () => {
    await session?.close();
  });

  it('seeds exactly the five shipped sources and the popup renders them', async () => {
    const ids = await popupSourceIds(session);
    assert.deepEqual([...ids].sort(), SHIPPED);
    const page = await session.context.newPage();
    await page.goto(session.url('/options.html'));
    const rows = await storedSources(page);
    assert.deepEqual(rows.map((r) => r.id).sort(), SHIPPED);
    assert.ok(rows.every((r) => r.origin === 'shipped'));
    await page.close();
  });

  it('shows a stored source in the reader with the quoted passage highlighted', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/reader.html?source=seed-002&start=0&end=9'));
    const passage = page.locator('[data-testid="passage"]');
    await passage.waitFor();
    assert.equal(await passage.textContent(), 'الإثنين 2');
    assert.equal(await page.locator('.reader-text').getAttribute('dir'), 'rtl');
    await page.goto(session.url('/reader.html?source=nope'));
    await page.getByRole('alert').waitFor();
    assert.match((await page.getByRole('alert').textContent()) ?? '', /nope/);
    await page.close();
  });

  it('keeps the corpus, without duplicates, across a service-worker restart', async () => {
    await session.restartServiceWorker();
    const ids = await popupSourceIds(session);
    assert.deepEqual([...ids].sort(), SHIPPED);
  });

  it('keeps user sources and does not duplicate shipped ones across an extension update', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/options.html'));
    await page.evaluate(
      () =>
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
              addedAt: 1,
              updatedAt: 1,
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.close();
    const before = await session.serviceWorker.evaluate(
      () => (globalThis as unknown as ChromeGlobal).chrome.runtime.getManifest().version,
    );
    await session.updateExtension();
    const after = await session.serviceWorker.evaluate(
      () => (globalThis as unknown as ChromeGlobal).chrome.runtime.getManifest().version,
    );
    assert.notEqual(after, before);
    const reader = await session.context.newPage();
    await reader.goto(session.url('/options.html'));
    const rows = await storedSources(reader);
    await reader.close();
    assert.deepEqual(rows.map((r) => r.id).sort(), [...SHIPPED, 'user-e2e'].sort());
    // The popup lists the five newest (the user's source, added at time 1, is the oldest) and counts all.
    const popup = await session.context.newPage();
    await popup.goto(session.url('/popup.html'));
    const count = popup.locator('[data-testid="corpus-count"]');
    await count.waitFor();
    assert.match((await count.textContent()) ?? '', /\b6 sources\b/);
    await popup.close();
  });
});
