// Helpers for the corpus-management browser tests: the popup for a tab, and the extension's stores read
// straight from IndexedDB (an extension page shares the extension's origin), so that a test checks what
// was really written, not what the UI says.
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';
import { tabIdOf } from './highlight-helpers';

export async function openPopupFor(session: ExtensionSession, page: Page): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(session.url(`/popup.html?tabId=${await tabIdOf(session, page)}`));
  return popup;
}

export const STORES = [
  'sources',
  'entities',
  'mentions',
  'notes',
  'characterizations',
  'entityDigests',
  'settings',
  'trash',
] as const;

/** Every row of every listed store, as JSON-able values, in key order. */
export async function dumpStores(
  page: Page,
  stores: readonly string[] = STORES,
): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('sanad');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const missing = names.filter((n) => !db.objectStoreNames.contains(n));
          if (missing.length > 0) {
            db.close();
            reject(new Error(`no store named ${missing.join(', ')}`));
            return;
          }
          const present = names;
          const tx = db.transaction(present, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of present) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              out[name] = all.result as unknown[];
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...stores],
  );
}

export interface StoredSourceRow {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
  lang: string;
  kind: string;
  text: string;
  origin: string;
}

export async function storedSource(page: Page, id: string): Promise<StoredSourceRow | undefined> {
  const { sources } = await dumpStores(page, ['sources']);
  return (sources as StoredSourceRow[]).find((s) => s.id === id);
}

/** An extension page to read stores from (options.html is cheap and always there). */
export async function storePage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url('/popup.html'));
  return page;
}
