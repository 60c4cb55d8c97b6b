// What the import bench measures around the importer: the browser's memory and its IndexedDB on disk,
// the popup and page highlighting, the options page's search, and the raw-write baseline.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../../tests/e2e/harness';

export const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Bytes on disk of the extension's IndexedDB folders in the profile (estimate() may round). */
export function indexedDbBytes(profile: string): number {
  const root = path.join(profile, 'Default', 'IndexedDB');
  const walk = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
      const p = path.join(dir, e.name);
      return sum + (e.isDirectory() ? walk(p) : statSync(p).size);
    }, 0);
  try {
    return readdirSync(root)
      .filter((name) => name.startsWith('chrome-extension_'))
      .reduce((sum, name) => sum + walk(path.join(root, name)), 0);
  } catch {
    return NaN;
  }
}

/** Resident memory of this browser: the process whose command line names the profile, and its descendants. */
export function browserRss(profileMarker: string): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8', maxBuffer: 1 << 24 })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rss: Number(m[3]) * 1024, args: m[4]! }));
  const root = rows.find((r) => r.args.includes(profileMarker) && !r.args.includes('--type='));
  if (!root) return NaN;
  const tree = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows)
      if (!tree.has(r.pid) && tree.has(r.ppid)) {
        tree.add(r.pid);
        grew = true;
      }
  }
  return rows.filter((r) => tree.has(r.pid)).reduce((sum, r) => sum + r.rss, 0);
}

export function sampler(marker: string) {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, browserRss(marker) || 0)), 250);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** ms from navigation start until the popup shows the corpus count (the plain popup, as the toolbar opens it). */
export async function popupOpen(session: ExtensionSession): Promise<number> {
  const page = await session.context.newPage();
  await page.goto(session.url('/popup.html'));
  await page.locator('[data-testid="corpus-count"]').waitFor({ timeout: 60_000 });
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
}

/** ms from navigation start until the comparison of `entity` is painted in the popup. */
export async function popupCompare(session: ExtensionSession, entity: string): Promise<number> {
  const page = await session.context.newPage();
  await page.goto(session.url(`/popup.html?entity=${entity}`));
  const painted = await page.waitForFunction(
    () => document.documentElement.dataset.comparisonPainted,
    undefined,
    {
      timeout: 60_000,
      polling: 10,
    },
  );
  const ms = Number(await painted.jsonValue());
  await page.close();
  return ms;
}

export async function highlight(
  session: ExtensionSession,
  url: string,
): Promise<{ ttl: number; slice: number }> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const h = await page.waitForFunction(
    () => document.querySelector('meta[name="sanad-bench"]')?.getAttribute('data-sanad-result'),
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  const r = JSON.parse((await h.jsonValue()) as string) as {
    timeToHighlightMs: number;
    longestSliceMs: number;
  };
  await page.close();
  return { ttl: r.timeToHighlightMs, slice: r.longestSliceMs };
}

/** One search typed into the sources panel: ms from the input event to the next frame after the list changed. */
export async function search(options: Page, query: string): Promise<{ ms: number; shown: string }> {
  return options.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('input[name="source-search"]')!;
    const count = document.querySelector('[data-testid="source-count"]')!;
    const before = count.textContent;
    const t = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    for (let i = 0; i < 240 && count.textContent === before; i++)
      await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { ms: performance.now() - t, shown: count.textContent ?? '' };
  }, query);
}

export async function rawWrite(home: Page, rows: unknown[]): Promise<number> {
  return home.evaluate(
    (data) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('sanad-bench-raw', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('sources', { keyPath: 'id' });
        open.onsuccess = () => {
          const db = open.result;
          const t = performance.now();
          const tx = db.transaction('sources', 'readwrite');
          for (const row of data) tx.objectStore('sources').put(row);
          tx.oncomplete = () => {
            const ms = performance.now() - t;
            db.close();
            indexedDB.deleteDatabase('sanad-bench-raw');
            resolve(ms);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}
