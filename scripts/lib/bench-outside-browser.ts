// Browser plumbing of the outside bench (scripts/bench-outside.ts): one Chromium per variant (no
// extension, a null extension, a Sanad build), one load of a page in a fresh tab with its cost read
// from outside (CDP Performance.getMetrics), and a traced load for the tasks of ours.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import type { Entity } from '../../lib/types';
import { ourTasks, type OurTasks, type TraceEvent } from './bench-outside-trace';

export interface Browser {
  readonly context: BrowserContext;
  /** The extension's id (null without one). */
  readonly extensionId: string | null;
  /** CPU time (user + system, ms, 10 ms ticks) used so far by the extension's own processes; NaN without. */
  extensionCpuMs(): number;
  close(): Promise<void>;
}

const TICK_MS = 1000 / 100; // USER_HZ on Linux

/**
 * The browser's extension renderers (`--extension-process`: the service worker and extension pages),
 * found under the browser process that runs `profile`. Their CPU is Sanad's background work for a page:
 * not in the page's ScriptDuration, still paid by the user.
 */
function extensionCpuMs(profile: string): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8', maxBuffer: 1 << 24 })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3]! }));
  const root = rows.find((r) => r.args.includes(`--user-data-dir=${profile}`) && !r.args.includes('--type='));
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
  let ticks = 0;
  for (const r of rows) {
    if (!tree.has(r.pid) || !r.args.includes('--extension-process')) continue;
    try {
      // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
      const stat = readFileSync(`/proc/${r.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended between ps and the read: its time is gone with it
    }
  }
  return ticks * TICK_MS;
}

/** An MV3 manifest with an empty content script in every frame: the floor of any extension. */
export function nullExtension(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sanad-null-ext-'));
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'null',
      version: '1.0',
      content_scripts: [
        {
          matches: ['<all_urls>'],
          js: ['c.js'],
          all_frames: true,
          match_about_blank: true,
          run_at: 'document_idle',
        },
      ],
    }),
  );
  writeFileSync(path.join(dir, 'c.js'), '');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Chromium with `extension` loaded (or none); a Sanad build is waited for until seeded. */
export async function launch(extension: string | null, sanad: boolean): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'sanad-outside-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Third-party scripts get an empty 200 rather than an abort (../shared/TOOLCHAIN.md: some pages
  // reload themselves in a loop when their scripts fail); everything else off 127.0.0.1 is aborted.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.request().resourceType() === 'script'
      ? route.fulfill({ status: 200, contentType: 'text/javascript', body: '' })
      : route.abort(),
  );
  let extensionId: string | null = null;
  if (sanad) {
    // (The null extension has no service worker, and needs no id.)
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    // Seeding and the first indexing happen once per install, not per page: let them finish.
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.locator('[data-testid="corpus-count"]').waitFor({ timeout: 60_000 });
    await page.close();
  }
  return {
    context,
    extensionId,
    extensionCpuMs: () => (extension ? extensionCpuMs(profile) : NaN),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Load {
  scriptMs: number;
  heapMb: number;
  /** V8CompileDuration: compiling, which ScriptDuration leaves out. */
  compileMs: number;
  /** ThreadTime: the page's main thread's CPU time, all work included (parsing, style, layout, script). */
  threadMs: number;
}

/** One load in a fresh tab, read `settleMs` after the load event (the same wait for every variant). */
export async function measureLoad(context: BrowserContext, url: string, settleMs: number): Promise<Load> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(settleMs);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return {
      scriptMs: get('ScriptDuration') * 1000,
      heapMb: get('JSHeapUsedSize') / 2 ** 20,
      compileMs: get('V8CompileDuration') * 1000,
      threadMs: get('ThreadTime') * 1000,
    };
  } finally {
    await page.close();
  }
}

const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

async function traced<T>(
  cdp: CDPSession,
  body: () => Promise<T>,
): Promise<{ value: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
  const value = await body();
  await cdp.send('Tracing.end');
  await complete;
  return { value, events };
}

/** A load under a trace (kept apart from the measured loads: the sampler costs script time). */
export async function traceLoad(context: BrowserContext, url: string, settleMs: number): Promise<OurTasks> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const { events } = await traced(cdp, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForTimeout(settleMs);
    });
    // Any extension URL: only Sanad is loaded here, and its engine comes from a dynamic-id URL.
    return ourTasks(events, 'chrome-extension://');
  } finally {
    await page.close();
  }
}

/**
 * Adds `entities` as a user would restore them from a backup: the options page sends `backup/import`
 * (merge) with the extension's own export plus these entities. Returns the wall time of the import.
 */
export async function installEntities(browser: Browser, entities: readonly Entity[]): Promise<number> {
  if (!browser.extensionId) throw new Error('no extension to install entities into');
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const result = await page.evaluate(async (added) => {
      type Runtime = { sendMessage(m: unknown): Promise<unknown> };
      const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
      const exported = (await runtime.sendMessage({ type: 'backup/export' })) as {
        json?: string;
        error?: string;
      };
      if (!exported.json) return { error: exported.error ?? 'backup/export gave no file' };
      const backup = JSON.parse(exported.json) as { entities: unknown[] };
      backup.entities.push(...added.map((e) => ({ ...e, origin: 'user' })));
      const started = performance.now();
      const report = (await runtime.sendMessage({
        type: 'backup/import',
        json: JSON.stringify(backup),
        mode: 'merge',
      })) as { error?: string; entities?: { added: number } };
      return { ms: performance.now() - started, report };
    }, entities);
    if ('error' in result) throw new Error(`backup/import failed: ${result.error}`);
    if (result.report.error) throw new Error(`backup/import failed: ${result.report.error}`);
    if (result.report.entities?.added !== entities.length)
      throw new Error(`backup/import added ${result.report.entities?.added} of ${entities.length} entities`);
    return result.ms;
  } finally {
    await page.close();
  }
}
