// Import part of `npm run bench`: the 3,815 BBC Arabic articles of ../shared/corpora/ant-bbc imported
// the way a user does it, from the options page's importer (file input → dry run → import), in the
// built extension in Chromium. Reports the whole wait (dry run, then import to the "done" notice), how
// often the progress bar moved, the database size, the browser's peak memory (RSS of every process of
// this browser, sampled), and afterwards what the user pays elsewhere: the popup, page highlighting and
// the options page's source search. Baselines measured in the same run: the same rows written straight
// into a scratch IndexedDB database in one transaction (no validation, no indexing), the browser's RSS
// before the import, and the popup and highlighting before the import.
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launchWithExtension, readSharedPage, serveFixtures } from '../tests/e2e/harness';
import { bbcSources, corpusFiles } from './lib/bbc-corpus';
import {
  browserRss,
  highlight,
  indexedDbBytes,
  median,
  popupCompare,
  popupOpen,
  rawWrite,
  sampler,
  search,
} from './lib/bench-import-measures';
import type { BackgroundRequest, ResponseOf } from '../lib/messages';

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const QUERIES = ['برشلونة', 'كأس العالم', 'أَحْمَد', 'ترامب', 'سوريا', 'BBC', 'اليوروفيجن', 'محمد بن سلمان'];

async function send<R extends BackgroundRequest>(page: Page, request: R): Promise<ResponseOf<R>> {
  return (await page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    request as unknown,
  )) as ResponseOf<R>;
}

async function main() {
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  const files = corpusFiles();
  const session = await launchWithExtension({ updatable: true });
  const server = await serveFixtures();
  const benchUrl = server.addPage(
    '/bench/wapo-1.html',
    readSharedPage('readability/wapo-1/source.html').replace('<head>', '<head><meta name="sanad-bench">'),
  );
  const marker = `--user-data-dir=${session.userDataDir}`;
  try {
    const home = await session.context.newPage();
    await home.goto(session.url('/options.html'));
    await send(home, { type: 'corpus/summary', limit: 1 }); // seeding and first indexing are not the import's
    const rawMs = await rawWrite(home, bbcSources());
    const before = {
      popup: median(await seq(5, () => popupOpen(session))),
      compare: median(await seq(5, () => popupCompare(session, 'pakistan'))),
      hl: await seqH(5, () => highlight(session, benchUrl)),
      rss: browserRss(marker),
      usage: (await send(home, { type: 'storage/state' })).usage ?? NaN,
      disk: indexedDbBytes(session.userDataDir),
    };

    const options = await session.context.newPage();
    await options.goto(session.url('/options.html'));
    const panel = options.locator('[data-panel="import"]');
    await panel.locator('input[type="file"][name="import-files"]').setInputFiles(files);
    const mem = sampler(marker);
    const t0 = performance.now();
    await panel.locator('[data-action="import-dry-run"]').click();
    await panel.locator('[data-testid="import-report"]').waitFor({ timeout: 300_000 });
    const fresh = Number(await panel.locator('[data-count="new"]').textContent());
    const t1 = performance.now();
    await panel.locator('[data-action="import-run"]').click();
    const moves: number[] = [];
    let last = '';
    const progress = panel.locator('progress[data-testid="import-progress"]');
    while (!(await panel.locator('[data-testid="import-done"]').count())) {
      const value = (await progress.getAttribute('value').catch(() => null)) ?? '';
      if (value !== last) {
        moves.push(performance.now());
        last = value;
      }
      if (performance.now() - t1 > 600_000) throw new Error('import did not finish in 10 minutes');
      await new Promise((r) => setTimeout(r, 100));
    }
    const t2 = performance.now();
    const peak = mem.stop();
    const added = Number(await panel.locator('[data-testid="import-done"]').getAttribute('data-added'));
    const gaps = moves.slice(1).map((m, i) => m - moves[i]!);
    const after = {
      popup: median(await seq(5, () => popupOpen(session))),
      compare: median(await seq(5, () => popupCompare(session, 'pakistan'))),
      hl: await seqH(5, () => highlight(session, benchUrl)),
      ...(await send(home, { type: 'storage/state' })),
      disk: indexedDbBytes(session.userDataDir),
    };
    await options.reload();
    await options.locator('[data-testid="source-count"]').waitFor({ timeout: 60_000 });
    const searches: { q: string; ms: number; shown: string }[] = [];
    for (const q of QUERIES) {
      const runs: number[] = [];
      let shown = '';
      for (let i = 0; i < 5; i++) {
        await search(options, '');
        const r = await search(options, q);
        runs.push(r.ms);
        shown = r.shown;
      }
      searches.push({ q, ms: median(runs), shown });
    }

    const total = (t2 - t0) / 1000;
    console.log(
      `Chromium headless, the built extension. ${files.length} files of ant-bbc set on the options page's file input. Load average at start: ${load} on ${cpus().length} CPUs.\n`,
    );
    console.log('| measure | value | baseline (same run) | ratio | target | met? |');
    console.log('|---|---:|---:|---:|---|---|');
    const row = (m: string, v: string, b: string, r: string, target: string, met: string) =>
      console.log(`| ${m} | ${v} | ${b} | ${r} | ${target} | ${met} |`);
    row('dry run (read, parse, validate, look up)', `${fmt((t1 - t0) / 1000)} s`, '—', '—', '—', '—');
    row(
      `import (${fresh} new → ${added} written, indexed)`,
      `${fmt((t2 - t1) / 1000)} s`,
      `raw IndexedDB put of the same rows ${fmt(rawMs / 1000)} s`,
      `${((t2 - t1) / rawMs).toFixed(1)}×`,
      '—',
      '—',
    );
    row(
      '**whole wait: dry run + import**',
      `**${fmt(total)} s**`,
      '—',
      '—',
      '≤ 60 s',
      total <= 60 ? 'yes' : 'NO',
    );
    row(
      'progress updates / longest gap',
      `${moves.length} / ${fmt(Math.max(0, ...gaps) / 1000)} s`,
      '—',
      '—',
      'shown throughout',
      moves.length > 5 ? 'yes' : 'NO',
    );
    row(
      'database (navigator.storage.estimate usage)',
      mib(after.usage ?? NaN),
      mib(before.usage),
      `${((after.usage ?? NaN) / before.usage).toFixed(1)}×`,
      '—',
      '—',
    );
    row(
      'IndexedDB on disk (the profile folder)',
      mib(after.disk),
      mib(before.disk),
      `${(after.disk / before.disk).toFixed(1)}×`,
      '—',
      '—',
    );
    row(
      'browser peak RSS during import',
      mib(peak),
      `${mib(before.rss)} before`,
      `${(peak / before.rss).toFixed(1)}×`,
      '—',
      '—',
    );
    row(
      'popup opened, corpus count shown',
      `${fmt(after.popup)} ms`,
      `${fmt(before.popup)} ms (5 sources)`,
      `${(after.popup / before.popup).toFixed(1)}×`,
      '—',
      '—',
    );
    row(
      'popup comparison painted (pakistan)',
      `${fmt(after.compare)} ms`,
      `${fmt(before.compare)} ms`,
      `${(after.compare / before.compare).toFixed(1)}×`,
      '≤ 300 ms',
      after.compare <= 300 ? 'yes' : 'NO',
    );
    row(
      'highlighting wapo-1: time to highlight',
      `${fmt(after.hl.ttl)} ms`,
      `${fmt(before.hl.ttl)} ms`,
      `${(after.hl.ttl / before.hl.ttl).toFixed(1)}×`,
      'unchanged',
      after.hl.ttl <= before.hl.ttl * 1.5 ? 'yes' : 'NO',
    );
    row(
      'highlighting wapo-1: longest slice',
      `${fmt(after.hl.slice)} ms`,
      `${fmt(before.hl.slice)} ms`,
      '—',
      '< 50 ms',
      after.hl.slice < 50 ? 'yes' : 'NO',
    );
    const worst = Math.max(...searches.map((s) => s.ms));
    row(
      `source search, median of 5 per query, worst of ${searches.length}`,
      `${fmt(worst)} ms`,
      '—',
      '—',
      '≤ 50 ms',
      worst <= 50 ? 'yes' : 'NO',
    );
    console.log('\nSearches (ms from the input event to the frame after the list changed; rows shown):');
    for (const s of searches) console.log(`- ${s.q}: ${fmt(s.ms)} ms, ${s.shown}`);
    // Whether 10,000 sources need `unlimitedStorage`: the growth per source, scaled, against the quota.
    const perSource = Math.max((after.usage ?? NaN) - before.usage, after.disk - before.disk) / added;
    console.log(
      `\nStorage: ${mib(perSource * 1000)} per 1,000 sources imported; 10,000 would take ≈ ${mib(perSource * 10_000)} ` +
        `of a quota of ${mib(after.quota ?? NaN)} (persisted: ${String(after.persisted)}).\n`,
    );
  } finally {
    await session.close();
    await server.close();
  }
}

async function seq(n: number, f: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await f());
  return out;
}

async function seqH(n: number, f: () => Promise<{ ttl: number; slice: number }>) {
  const runs: { ttl: number; slice: number }[] = [];
  for (let i = 0; i < n; i++) runs.push(await f());
  return { ttl: median(runs.map((r) => r.ttl)), slice: median(runs.map((r) => r.slice)) };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
