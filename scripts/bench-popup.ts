// Comparison part of `npm run bench`: how long the user waits for an entity's comparison, from the
// navigation start of popup.html?entity=<id> (and compare.html?entity=<id>) to the frame that paints it
// (`document.documentElement.dataset.comparisonPainted`, set by components/comparison/usePainted.ts),
// with a cold service worker (stopped through CDP just before, as Chrome does when it is idle) and a
// warm one; first on the shipped corpus, then with the 3,815 ant-bbc articles stored as user sources
// (written straight into IndexedDB, then indexed by the background as after any corpus change).
// Baselines from the same run: opening an extension file with no script, the page's own
// DOMContentLoaded (its bundle, before any data), and a cold worker answering the cheapest request that
// waits for the corpus (`entity/labels`). Each opening is split into page load, request and render
// by a log of the page's own messages (REQUEST_LOG), without touching the UI's code.
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import type { BackgroundRequest, ResponseOf } from '../lib/messages';
import { launchWithExtension, type ExtensionSession } from '../tests/e2e/harness';
import { bbcSources } from './lib/bbc-corpus';
import type { Source } from '../lib/types';

const ENTITIES = ['pakistan', 'isis-k', 'united-states'];
const ROUNDS = Number(process.env.SANAD_BENCH_RUNS ?? 5);
const VIEWS = [
  { name: 'popup', file: 'popup.html', targets: { shipped: 100, 'ant-bbc': 300 } },
  { name: 'compare page', file: 'compare.html', targets: null },
] as const;
type CorpusName = 'shipped' | 'ant-bbc';
const MARK = '__sanadBenchGeneration';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

async function send<R extends BackgroundRequest>(page: Page, request: R): Promise<ResponseOf<R>> {
  return (await page.evaluate(
    (message) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(message),
    request as unknown,
  )) as ResponseOf<R>;
}

/** ms the request takes as the page sees it (the answer stays in the page: no copy to Node). */
async function timedSend(page: Page, request: BackgroundRequest): Promise<number> {
  return page.evaluate(async (message) => {
    const t = performance.now();
    await (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage(message);
    return performance.now() - t;
  }, request as unknown);
}

/** Opening = one Timing: ms from the page's navigation start. */
interface Timing {
  painted: number;
  dcl: number;
  /** When the view sent its `entity/compare` request, and when the answer reached the page. */
  sent: number;
  answered: number;
}

/**
 * In every page: notes when each message is sent and answered (main world of the extension's own
 * pages, where the polyfill calls chrome.runtime.sendMessage), so an opening splits into page load,
 * request and render without touching the UI's code.
 */
const REQUEST_LOG = () => {
  type Runtime = { sendMessage?: (message: unknown) => Promise<unknown> };
  const w = globalThis as unknown as {
    chrome?: { runtime?: Runtime };
    sanadRequests: { type: string; sent: number; answered: number }[];
  };
  w.sanadRequests = [];
  const runtime = w.chrome?.runtime;
  const original = runtime?.sendMessage?.bind(runtime);
  if (!runtime || !original) return;
  runtime.sendMessage = (message: unknown) => {
    const sent = performance.now();
    const answer = original(message);
    void Promise.resolve(answer).then(() =>
      w.sanadRequests.push({ type: (message as { type: string }).type, sent, answered: performance.now() }),
    );
    return answer;
  };
};

class Bench {
  private cdpPage: Page | null = null;
  /** An extension page kept open to send requests and write IndexedDB from. */
  private home: Page | null = null;
  coldConfirmed = 0;
  coldTotal = 0;

  constructor(readonly session: ExtensionSession) {}

  async homePage(): Promise<Page> {
    if (!this.home) {
      this.home = await this.session.context.newPage();
      await this.home.goto(this.session.url('/options.html'));
    }
    return this.home;
  }

  private workers() {
    const prefix = `chrome-extension://${this.session.extensionId}/`;
    return this.session.context.serviceWorkers().filter((w) => w.url().startsWith(prefix));
  }

  /** Stops the worker at once (no wake-up afterwards: the next page's request starts it, as for a user). */
  async stopWorker(): Promise<void> {
    for (const w of this.workers())
      await w
        .evaluate((key) => ((globalThis as Record<string, unknown>)[key] = true), MARK)
        .catch(() => undefined);
    this.cdpPage ??= await this.session.context.newPage();
    const cdp = await this.session.context.newCDPSession(this.cdpPage);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  }

  /** Whether the worker now running is a new one (the marker set before the stop is gone). */
  async freshWorker(): Promise<boolean> {
    for (const w of this.workers()) {
      const marked = await w
        .evaluate((key) => (globalThis as Record<string, unknown>)[key] === true, MARK)
        .catch(() => true);
      if (!marked) return true;
    }
    return false;
  }

  /** One opening of the view: ms from navigation start to the comparison painted, DCL, its request. */
  async open(file: string, entity: string): Promise<Timing> {
    const page = await this.session.context.newPage();
    try {
      await page.goto(this.session.url(`/${file}?entity=${entity}`));
      const painted = Number(
        await (
          await page.waitForFunction(() => document.documentElement.dataset.comparisonPainted, undefined, {
            timeout: 120_000,
            polling: 10,
          })
        ).jsonValue(),
      );
      const { dcl, sent, answered } = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const log = (
          globalThis as unknown as { sanadRequests?: { type: string; sent: number; answered: number }[] }
        ).sanadRequests;
        const request = log?.find((r) => r.type === 'entity/compare');
        return {
          dcl: nav?.domContentLoadedEventEnd ?? NaN,
          sent: request?.sent ?? NaN,
          answered: request?.answered ?? NaN,
        };
      });
      return { painted, dcl, sent, answered };
    } finally {
      await page.close();
    }
  }

  async cold(file: string, entity: string) {
    await this.stopWorker();
    const result = await this.open(file, entity);
    this.coldTotal++;
    if (await this.freshWorker()) this.coldConfirmed++;
    return result;
  }

  /** A cold worker answering the cheapest request that waits for the corpus: the floor of any cold view. */
  /** Opening any extension page at all (a tab, its renderer, a file of ours, no script): the page floor. */
  async pageFloor(): Promise<number> {
    const page = await this.session.context.newPage();
    try {
      await page.goto(this.session.url('/manifest.json'), { waitUntil: 'load' });
      return await page.evaluate(
        () =>
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
            ?.loadEventEnd ?? NaN,
      );
    } finally {
      await page.close();
    }
  }

  async coldFloor(): Promise<number> {
    const home = await this.homePage();
    await this.stopWorker();
    return timedSend(home, { type: 'entity/labels' });
  }

  /** Writes the sources straight into Dexie's stores and marks the characterizations stale. */
  async insert(sources: Source[]): Promise<void> {
    const home = await this.homePage();
    const CHUNK = 400;
    for (let i = 0; i < sources.length; i += CHUNK) {
      const last = i + CHUNK >= sources.length;
      await home.evaluate(
        ({ rows, last }) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('sanad');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const tx = db.transaction(['sources', 'settings'], 'readwrite');
              for (const row of rows) tx.objectStore('sources').put(row);
              if (last) tx.objectStore('settings').delete('characterizedWith');
              tx.oncomplete = () => {
                db.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        { rows: sources.slice(i, i + CHUNK), last },
      );
    }
  }

  async storeCounts(): Promise<{ sources: number; characterizations: number; mentions: number }> {
    const home = await this.homePage();
    return home.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('sanad');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['sources', 'characterizations', 'mentions']);
            const out: Record<string, number> = {};
            for (const name of ['sources', 'characterizations', 'mentions']) {
              const req = tx.objectStore(name).count();
              req.onsuccess = () => (out[name] = req.result);
            }
            tx.oncomplete = () => {
              db.close();
              resolve(out as { sources: number; characterizations: number; mentions: number });
            };
          };
        }),
    );
  }
}

interface Row {
  view: string;
  entity: string;
  corpus: CorpusName;
  cold: Timing;
  warm: Timing;
  target: number | null;
  sides: number;
  comparisons: number;
}

/** Each field's median on its own (the phases of the median opening would hide the spread). */
const medianTiming = (ts: Timing[]): Timing => ({
  painted: median(ts.map((t) => t.painted)),
  dcl: median(ts.map((t) => t.dcl)),
  sent: median(ts.map((t) => t.sent)),
  answered: median(ts.map((t) => t.answered)),
});

async function measureCorpus(
  bench: Bench,
  corpus: CorpusName,
  rows: Row[],
  floors: number[],
  pageFloors: number[],
) {
  const runs = new Map<string, { cold: Timing[]; warm: Timing[] }>();
  const home = await bench.homePage();
  // Interleaved rounds: a load spike on the shared machine then spreads over every cell.
  for (let r = 0; r < ROUNDS; r++) {
    floors.push(await bench.coldFloor());
    pageFloors.push(await bench.pageFloor());
    for (const view of VIEWS)
      for (const entity of ENTITIES) {
        const key = `${view.name}|${entity}`;
        const cell = runs.get(key) ?? { cold: [], warm: [] };
        runs.set(key, cell);
        cell.cold.push(await bench.cold(view.file, entity));
        cell.warm.push(await bench.open(view.file, entity));
      }
  }
  for (const view of VIEWS)
    for (const entity of ENTITIES) {
      const cell = runs.get(`${view.name}|${entity}`)!;
      const { view: v } = await send(home, { type: 'entity/compare', entityId: entity });
      rows.push({
        view: view.name,
        entity,
        corpus,
        cold: medianTiming(cell.cold),
        warm: medianTiming(cell.warm),
        target: view.targets ? view.targets[corpus] : null,
        sides: v?.sideCount ?? 0,
        comparisons: v?.comparisons.length ?? 0,
      });
    }
}

async function main() {
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  const sources = bbcSources();
  // `updatable` loads a private copy of the build: a rebuild of .output by someone else's test run
  // during the bench (it takes minutes) would otherwise pull the files from under the browser.
  const session = await launchWithExtension({ viewport: { width: 400, height: 700 }, updatable: true });
  await session.context.addInitScript(REQUEST_LOG);
  const bench = new Bench(session);
  const rows: Row[] = [];
  const floors: Record<CorpusName, number[]> = { shipped: [], 'ant-bbc': [] };
  const pageFloors: number[] = [];
  let indexingMs = NaN;
  let counts = { sources: 0, characterizations: 0, mentions: 0 };
  let shippedCounts = counts;
  try {
    // The install's seeding and first indexing are not what a view pays: wait for them first.
    await send(await bench.homePage(), { type: 'corpus/summary' });
    shippedCounts = await bench.storeCounts();
    await measureCorpus(bench, 'shipped', rows, floors.shipped, pageFloors);

    await bench.insert(sources);
    await bench.stopWorker();
    const t = performance.now();
    const summary = await send(await bench.homePage(), { type: 'corpus/summary' });
    indexingMs = performance.now() - t;
    counts = await bench.storeCounts();
    if (summary.sources.length !== sources.length + shippedCounts.sources)
      throw new Error(
        `expected ${sources.length + shippedCounts.sources} sources, got ${summary.sources.length}`,
      );
    await measureCorpus(bench, 'ant-bbc', rows, floors['ant-bbc'], pageFloors);
  } finally {
    await session.close();
  }

  console.log(
    `Chromium headless, the built extension, 400×700. Median of ${ROUNDS} interleaved rounds (each column on its own). ` +
      'ms from the page\u2019s navigation start to the frame that paints the comparison (`comparisonPainted`). ' +
      `Cold = the service worker stopped through CDP just before opening (${bench.coldConfirmed}/${bench.coldTotal} openings confirmed on a new worker). ` +
      'The same openings split: DCL = DOMContentLoaded (the page\u2019s own scripts, before any data: the baseline of the ratio); ' +
      'sent / answered = when the view\u2019s `entity/compare` request left the page and its answer came back; answer → painted = rendering and the frame. ' +
      `Load average at start: ${load} on ${cpus().length} CPUs.\n`,
  );
  console.log(
    `Shipped corpus: ${shippedCounts.sources} sources, ${shippedCounts.characterizations} characterizations, ${shippedCounts.mentions} mentions. ` +
      `With ant-bbc: ${counts.sources} sources, ${counts.characterizations} characterizations, ${counts.mentions} mentions; ` +
      `**indexing ${sources.length.toLocaleString('en')} sources took ${(indexingMs / 1000).toFixed(1)} s** ` +
      '(wall time of the first request after the stop: worker start, seeding check, rebuild of mentions and characterizations in one transaction).\n',
  );
  const floor = (c: CorpusName) => median(floors[c]);
  console.log(
    `Floors: opening any extension page (manifest.json in a new tab, no script, load event) ${fmt(median(pageFloors))} ms; ` +
      `a cold worker answering the cheapest request that waits for the corpus (\`entity/labels\`, from an open page): shipped ${fmt(floor('shipped'))} ms, ant-bbc ${fmt(floor('ant-bbc'))} ms.\n`,
  );
  console.log(
    '| view | entity | corpus | sides | comparisons | cold ms | warm ms | warm / DCL | warm: DCL / sent / answered ms | warm: answer → painted ms | cold: DCL / sent / answered ms | target | met? |',
  );
  console.log(`|${'---|'.repeat(13)}`);
  const split = (t: Timing) => `${fmt(t.dcl)} / ${fmt(t.sent)} / ${fmt(t.answered)}`;
  for (const r of rows) {
    const met =
      r.target === null
        ? '—'
        : r.cold.painted <= r.target && r.warm.painted <= r.target
          ? 'yes'
          : r.warm.painted <= r.target
            ? 'warm only'
            : 'no';
    console.log(
      `| ${r.view} | ${r.entity} | ${r.corpus} | ${r.sides} | ${r.comparisons} | ${fmt(r.cold.painted)} | ${fmt(r.warm.painted)} | ${(r.warm.painted / r.warm.dcl).toFixed(1)}× | ${split(r.warm)} | ${fmt(r.warm.painted - r.warm.answered)} | ${split(r.cold)} | ${r.target === null ? '—' : `≤ ${r.target} ms`} | ${met} |`,
    );
  }
  const popup = rows.filter((r) => r.target !== null);
  const say = (corpus: CorpusName, target: number) => {
    const list = popup.filter((r) => r.corpus === corpus);
    const worst = Math.max(...list.map((r) => Math.max(r.cold.painted, r.warm.painted)));
    const warmWorst = Math.max(...list.map((r) => r.warm.painted));
    console.log(
      `- ${list.every((r) => r.cold.painted <= target && r.warm.painted <= target) ? 'met' : 'NOT met'}: popup comparison painted ≤ ${target} ms with the ${corpus} corpus, cold and warm (worst ${fmt(worst)} ms; worst warm ${fmt(warmWorst)} ms)`,
    );
  };
  console.log('\nTargets:');
  say('shipped', 100);
  say('ant-bbc', 300);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
