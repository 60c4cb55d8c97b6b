// `npm run bench`, browser part: the built extension highlighting the largest saved pages and two
// typical articles in Chromium, against two baselines measured in the same browser on the same pages:
// a bare text-node walk (the floor: reading every text node once) and mark.js `mark()` with the full
// alias list (what highlighter extensions usually do). Prints a Markdown table.
//
// Our timings come from the content script itself, which writes them into <meta name="sanad-bench">
// (added by this script to its copies of the pages; no other page gets them). Long tasks are observed
// in the page (PerformanceObserver 'longtask') and kept only when they overlap our scan.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHIPPED_ENTITIES } from '../data/shipped-entities';
import { launchWithExtension, REPO_ROOT, serveFixtures, sharedPagesDir } from '../tests/e2e/harness';
import { askBackgroundAs } from '../tests/e2e/highlight-helpers';

const PAGES = [
  { file: 'wceb-2026/0588.html', label: 'wceb 0588 (product page)' },
  { file: 'newspaper4k/cnn_test_nlp.html', label: 'CNN politics' },
  { file: 'postlight/www.reddit.com--image.html', label: 'reddit' },
  { file: 'newspaper/ap_meta_refresh.html', label: 'AP story (typical)' },
  { file: 'htmldate/1550981615.html', label: 'Sputnik Arabic (typical, ar)' },
];
/** mark.js is synchronous: we run it keyword by keyword and stop after this long, extrapolating. */
const MARKJS_CAP_MS = Number(process.env.SANAD_BENCH_MARKJS_CAP_MS ?? 15_000);
const RUNS = Number(process.env.SANAD_BENCH_RUNS ?? 3);

interface Ours {
  timeToHighlightMs: number;
  scanMs: number;
  sliceTotalMs: number;
  longestSliceMs: number;
  createMatcherMs: number;
  marks: number;
  startedAt: number;
  doneAt: number;
}

const withBenchMeta = (html: string) =>
  /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}<meta name="sanad-bench">`)
    : `<meta name="sanad-bench">${html}`;

const LONGTASK_OBSERVER = () => {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { sanadLongTasks: typeof tasks }).sanadLongTasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task API: the column stays empty
  }
};

async function measureOurs(page: Page, url: string): Promise<{ ours: Ours; longestTaskMs: number }> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const handle = await page.waitForFunction(
    () => document.querySelector('meta[name="sanad-bench"]')?.getAttribute('data-sanad-result'),
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  const ours = JSON.parse((await handle.jsonValue()) as string) as Ours;
  const longestTaskMs = await page.evaluate(
    ({ from, to }) =>
      Math.max(
        0,
        ...(window as unknown as { sanadLongTasks: { start: number; duration: number }[] }).sanadLongTasks
          .filter((t) => t.start < to && t.start + t.duration > from)
          .map((t) => t.duration),
      ),
    { from: ours.startedAt, to: ours.doneAt },
  );
  return { ours, longestTaskMs };
}

async function bareWalk(page: Page): Promise<number> {
  return page.evaluate(() => {
    const started = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    (window as unknown as { sanadChars: number }).sanadChars = chars;
    return performance.now() - started;
  });
}

async function markJs(page: Page, aliases: string[]): Promise<{ ms: number; done: number; total: number }> {
  await page.addScriptTag({ path: path.join(REPO_ROOT, 'node_modules/mark.js/dist/mark.min.js') });
  return page.evaluate(
    ({ aliases, cap }) => {
      type MarkCtor = new (ctx: Element) => { mark(k: string, o: object): void };
      const Mark = (window as unknown as { Mark: MarkCtor }).Mark;
      const instance = new Mark(document.body);
      const started = performance.now();
      let done = 0;
      for (const alias of aliases) {
        instance.mark(alias, { separateWordSearch: false, accuracy: 'exactly', diacritics: false });
        done++;
        if (performance.now() - started > cap) break;
      }
      return { ms: performance.now() - started, done, total: aliases.length };
    },
    { aliases, cap: MARKJS_CAP_MS },
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

async function main() {
  const aliases = [...new Set(SHIPPED_ENTITIES.flatMap((e) => e.aliases.map((a) => a.text)))];
  const session = await launchWithExtension();
  const server = await serveFixtures(REPO_ROOT);
  const rows: string[] = [];
  try {
    await session.context.addInitScript(LONGTASK_OBSERVER);
    for (const { file, label } of PAGES) {
      const full = path.join(sharedPagesDir(), file);
      const html = readFileSync(full, 'utf8');
      const url = server.addPage(`/bench/${file}`, withBenchMeta(html));
      const page = await session.context.newPage();
      const runs: { ours: Ours; longestTaskMs: number }[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measureOurs(page, url));
      // Baselines on the same page, with our highlighting off so they see the page's own DOM.
      await askBackgroundAs(session, { type: 'site/set', host: '127.0.0.1', enabled: false });
      const walks: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        walks.push(await bareWalk(page));
      }
      const mark = await markJs(page, aliases);
      await askBackgroundAs(session, { type: 'site/set', host: '127.0.0.1', enabled: true });
      await page.close();

      const script = median(runs.map((r) => r.ours.sliceTotalMs + r.ours.createMatcherMs));
      const walk = median(walks);
      const markMs = mark.done < mark.total ? (mark.ms / mark.done) * mark.total : mark.ms;
      const markCell =
        mark.done < mark.total ? `≈${fmt(markMs)} (capped: ${mark.done}/${mark.total} aliases)` : fmt(markMs);
      rows.push(
        [
          label,
          `${(statSync(full).size / 1e6).toFixed(2)} MB`,
          median(runs.map((r) => r.ours.marks)),
          fmt(median(runs.map((r) => r.ours.timeToHighlightMs))),
          fmt(median(runs.map((r) => r.ours.scanMs))),
          fmt(script),
          fmt(Math.max(...runs.map((r) => r.ours.longestSliceMs))),
          fmt(Math.max(...runs.map((r) => r.longestTaskMs))),
          fmt(walk),
          `${(script / walk).toFixed(1)}×`,
          markCell,
          `${fmt(markMs / script)}×`,
        ].join(' | '),
      );
    }
  } finally {
    await session.close();
    await server.close();
  }
  console.log(
    `Chromium headless, built extension, ${aliases.length} aliases, median of ${RUNS} loads (max for the longest).`,
  );
  console.log(
    '"our script" = our slices + building the matcher; "scan" = first slice to last slice (includes yielding).\n',
  );
  console.log(
    '| page | size | marks | time to highlight ms | scan ms | our script ms | longest slice ms | longest task during scan ms | bare walk ms | ours / walk | mark.js mark() ms | mark.js / ours |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(`| ${row} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
