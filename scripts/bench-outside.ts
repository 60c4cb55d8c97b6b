// Outside part of `npm run bench`: what the content script costs a page, measured the way the user pays
// for it (../shared/TOOLCHAIN.md): CDP `Performance.getMetrics` on the page after the highlighting has
// settled — `ScriptDuration` (main-thread script time, the content scripts' isolated worlds and the
// same-process frames included) and `JSHeapUsedSize` after `HeapProfiler.collectGarbage` — in browsers
// of the same run: no extension (the baseline), a null extension (an empty content script in every
// frame: the floor of any extension), Sanad's user build, and the same build with 50,000 user aliases.
// Median of ROUNDS loads per page, each in a fresh tab. Figures are "extension minus no extension".
// Separate traced loads give the longest task of ours; the probe build gives the inside phases.
// SANAD_EXTENSION_DIR: the user build (no probe); SANAD_PROBE_EXTENSION_DIR: the probe build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, PROBE_EXTENSION_DIR, serveFixtures } from '../tests/e2e/harness';
import { installEntities, launch, measureLoad, nullExtension, traceLoad } from './lib/bench-outside-browser';
import { insideColumns, insidePhases, type InsideRow } from './lib/bench-outside-inside';
import { benchPages, type BenchPage } from './lib/bench-outside-pages';
import { emptySamples, median, outsideTable, type Samples } from './lib/bench-outside-table';
import { bbcGazetteer50k } from './lib/gazetteer-50k';

const ROUNDS = Number(process.env.SANAD_BENCH_RUNS ?? 5);
const TRACE_ROUNDS = Number(process.env.SANAD_BENCH_TRACE_RUNS ?? 3);
const INSIDE_ROUNDS = Number(process.env.SANAD_BENCH_INSIDE_RUNS ?? 3);
// Until a probe build exists, the user's build stands in (before the probe left it, it carried one).
const PROBE_DIR = existsSync(path.join(PROBE_EXTENSION_DIR, 'manifest.json'))
  ? PROBE_EXTENSION_DIR
  : EXTENSION_DIR;

type VariantName = 'none' | 'null extension' | 'Sanad' | 'Sanad, 50,000 user aliases';
interface VariantRun {
  samples: Map<string, Samples>;
  seconds: number;
  notes: string[];
}

async function runVariant(
  name: VariantName,
  dir: string | null,
  pages: readonly BenchPage[],
): Promise<VariantRun> {
  const started = Date.now();
  const sanad = name.startsWith('Sanad');
  const browser = await launch(dir, sanad);
  const samples = new Map(pages.map((p) => [p.label, emptySamples()]));
  const notes: string[] = [];
  try {
    if (name === 'Sanad, 50,000 user aliases') {
      const entities = bbcGazetteer50k();
      const aliases = entities.reduce((sum, e) => sum + e.aliases.length, 0);
      const importMs = await installEntities(browser, entities);
      notes.push(
        `installed ${aliases} aliases (${entities.length} entities) through the options page's backup/import (merge): ${(importMs / 1000).toFixed(1)} s`,
      );
    }
    for (const page of pages) await measureLoad(browser.context, page.url, page.settleMs); // warm caches
    for (let r = 0; r < ROUNDS; r++)
      for (const page of pages) {
        const cpuBefore = browser.extensionCpuMs();
        const load = await measureLoad(browser.context, page.url, page.settleMs);
        samples.get(page.label)!.backgroundCpuMs.push(browser.extensionCpuMs() - cpuBefore);
        samples.get(page.label)!.scriptMs.push(load.scriptMs);
        samples.get(page.label)!.heapMb.push(load.heapMb);
        samples.get(page.label)!.compileMs.push(load.compileMs);
        samples.get(page.label)!.threadMs.push(load.threadMs);
      }
    const frames: string[] = [];
    if (sanad && browser.extensionId)
      for (let r = 0; r < TRACE_ROUNDS; r++)
        // Every page once (it checks that the wait after load covers our work), the traced pages again.
        for (const page of pages.filter((p) => r === 0 || p.traced)) {
          const tasks = await traceLoad(browser.context, page.url, page.settleMs);
          samples.get(page.label)!.longestTaskMs.push(tasks.longestMs);
          samples.get(page.label)!.longestOursMs.push(tasks.longestOursMs);
          samples.get(page.label)!.taskSpanMs.push(tasks.spanMs);
          samples.get(page.label)!.oursMs.push(tasks.oursMs);
          if (r === 0) frames.push(`${page.label} ${tasks.frames}`);
          if (tasks.spanMs > page.settleMs)
            notes.push(
              `${page.label}: our tasks spanned ${tasks.spanMs.toFixed(0)} ms, more than the ${page.settleMs} ms read after load (the figures miss the rest)`,
            );
        }
    if (frames.length) notes.push(`frames in which our script was evaluated (traced): ${frames.join('; ')}`);
  } finally {
    await browser.close();
  }
  return { samples, seconds: (Date.now() - started) / 1000, notes };
}

function describeRun(): string {
  const chromium = spawnSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
    encoding: 'utf8',
  });
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  // The build is of the working tree: say when what it is built from differs from the commit.
  const built = ['entrypoints', 'lib', 'components', 'data', 'wxt.config.ts', 'package.json'];
  const dirty = spawnSync('git', ['diff', '--quiet', 'HEAD', '--', ...built]).status !== 0;
  const from =
    process.env.SANAD_BENCH_BUILT_FROM ??
    `the working tree at commit ${commit}${dirty ? ' with uncommitted changes' : ''}`;
  return `${new Date().toISOString().slice(0, 16)} UTC, ${chromium.stdout.trim() || 'Chromium'} headless, build of ${from}`;
}

function printInside(pages: readonly BenchPage[], rows: ReadonlyMap<string, InsideRow>): void {
  const columns = insideColumns(rows);
  console.log(
    `\nInside phases (probe build, ${PROBE_DIR === EXTENSION_DIR ? 'the user build: no probe build given' : 'wxt build --mode probe'}; median of ${INSIDE_ROUNDS} loads; top frame only):\n`,
  );
  console.log(`| page | ${columns.join(' | ')} |`);
  console.log(`|---|${columns.map(() => '---:|').join('')}`);
  for (const page of pages) {
    const row = rows.get(page.label);
    if (!row) continue;
    const cell = (c: string) => {
      const v = row.get(c);
      return v === undefined ? '—' : c === 'marks' || c === 'requests' ? String(v) : v.toFixed(1);
    };
    console.log(`| ${page.label} | ${columns.map(cell).join(' | ')} |`);
  }
}

async function main() {
  const server = await serveFixtures();
  const pages = benchPages(server);
  const nul = nullExtension();
  const variants: [VariantName, string | null][] = [
    ['none', null],
    ['null extension', nul.dir],
    ['Sanad', EXTENSION_DIR],
    ['Sanad, 50,000 user aliases', EXTENSION_DIR],
  ];
  const runs = new Map<VariantName, VariantRun>();
  let inside = new Map<string, InsideRow>();
  let insideSeconds = 0;
  const header = describeRun();
  try {
    for (const [name, dir] of variants) runs.set(name, await runVariant(name, dir, pages));
    const started = Date.now();
    const probe = await launch(PROBE_DIR, true);
    try {
      inside = await insidePhases(probe.context, pages, (p, html) => server.addPage(p, html), INSIDE_ROUNDS);
    } finally {
      await probe.close();
    }
    insideSeconds = (Date.now() - started) / 1000;
  } finally {
    await server.close();
    nul.remove();
  }
  const samples = (name: VariantName) => runs.get(name)!.samples;
  console.log(
    `${header}; median of ${ROUNDS} loads per page, each in a fresh tab, after one warm-up load.\n`,
  );
  console.log(
    'Script = CDP ScriptDuration of the page (its frames in the same process and the content scripts included), ' +
      `read a fixed wait after the load event, the same in every browser (${pages.map((p) => `${p.label} ${p.settleMs} ms`).join(', ')}); ` +
      'heap = JSHeapUsedSize after a forced GC; compile = V8CompileDuration (not in ScriptDuration); main-thread CPU = ' +
      "ThreadTime, the CPU time of the page's main thread whatever it did (parsing, style, layout, script). " +
      '"+" = that browser minus no extension.',
  );
  console.log(
    `Longest task of ours = the longest top-level main-thread task (trace event RunTask, wall time) of the page's renderer ` +
      `in which a trace event names a script of the extension (EvaluateScript, v8.compile, FunctionCall, a stack trace) or a ` +
      `CPU-profile sample (≈0.2 ms apart) falls in one of its functions; the whole task counts, the page's share and the style ` +
      `and layout our changes force included (in brackets: our time in it, as below). Median of ${TRACE_ROUNDS} traced loads for the articles and the 5 MB page, one ` +
      `for the others; traced loads are kept apart from the measured ones (the sampler costs script time). ` +
      `"Our time" = in the same traced loads, the union of the trace events that name our script (an evaluation with ` +
      `its compile, a call, a layout it forced) and of the CPU-sample intervals in our functions (work after an await), ` +
      `inside tasks: attribution, not a difference, so it does not move with the page's own script (which makes a ` +
      `real page's difference noisy). ` +
      `"Background CPU" = user + system CPU of the extension's own processes (its service worker: where matching runs ` +
      `once it moved there) during each measured load, from /proc in 10 ms ticks, mean of the ${ROUNDS} loads: ` +
      `not in the page's script time, still the user's.\n`,
  );
  console.log("### Today's gazetteer\n");
  for (const line of outsideTable({
    pages,
    base: samples('none'),
    nullExtension: samples('null extension'),
    sanad: samples('Sanad'),
  }))
    console.log(line);
  console.log('\n### 50,000 user aliases\n');
  for (const line of outsideTable({
    pages,
    base: samples('none'),
    nullExtension: samples('null extension'),
    sanad: samples('Sanad, 50,000 user aliases'),
    today: samples('Sanad'),
  }))
    console.log(line);
  console.log(
    '\n"× today" = the 50,000-alias browser\'s figure over today\'s: script (the difference), our time, ' +
      'heap (only where the heap has a target), longest task; not given over less than 1 ms or 0.05 MiB (noise).',
  );
  printInside(pages, inside);
  console.log('\nTime per browser:');
  for (const [name, run] of runs) {
    console.log(`- ${name}: ${run.seconds.toFixed(0)} s`);
    for (const note of run.notes) console.log(`  - ${note}`);
  }
  console.log(`- probe build (inside phases): ${insideSeconds.toFixed(0)} s`);
  for (const name of ['Sanad', 'Sanad, 50,000 user aliases'] as const) {
    const spans = pages.map((p) => `${p.label} ${median(samples(name).get(p.label)!.taskSpanMs).toFixed(0)}`);
    console.log(`- span of our tasks, first to last, ms (${name}, traced): ${spans.join('; ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
