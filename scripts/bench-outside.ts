// Outside part of `npm run bench`: what the content script costs a page, measured the way the user pays
// for it (../shared/TOOLCHAIN.md): CDP `Performance.getMetrics` on the page after the highlighting has
// settled — `ScriptDuration` (main-thread script time, the content script's isolated world included)
// and `JSHeapUsedSize` after `HeapProfiler.collectGarbage` — in three browsers of the same run: no
// extension (the baseline), a null extension (an MV3 manifest with an empty content script in every
// frame: the floor of any extension) and Sanad's build. Median of ROUNDS loads per page; each load a
// fresh tab. Figures are "extension minus no extension".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, readSharedPage, serveFixtures } from '../tests/e2e/harness';

const ROUNDS = Number(process.env.SANAD_BENCH_RUNS ?? 5);
const SETTLE_MS = 1500;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function nullExtension(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sanad-null-ext-'));
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'null',
      version: '1.0',
      content_scripts: [{ matches: ['<all_urls>'], js: ['c.js'], all_frames: true, run_at: 'document_idle' }],
    }),
  );
  writeFileSync(path.join(dir, 'c.js'), '');
  return dir;
}

async function launch(
  extension: string | null,
): Promise<{ context: BrowserContext; done: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'sanad-outside-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  if (extension === EXTENSION_DIR) {
    // Seeding and the first indexing happen once per install, not per page: let them finish.
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    await page.locator('[data-testid="corpus-count"]').waitFor({ timeout: 60_000 });
    await page.close();
  }
  return {
    context,
    done: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function measure(context: BrowserContext, url: string): Promise<{ scriptMs: number; heapMb: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  await page.close();
  return { scriptMs: get('ScriptDuration') * 1000, heapMb: get('JSHeapUsedSize') / 2 ** 20 };
}

async function main() {
  const server = await serveFixtures();
  const wrap = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
  const pages = {
    'empty page': server.addPage('/o/empty.html', wrap('')),
    'text, no entity': server.addPage(
      '/o/text.html',
      wrap(
        '<p>' +
          'The committee met on Tuesday to discuss the budget for the coming year. '.repeat(60) +
          '</p>',
      ),
    ),
    'short page, 4 entities': server.addPage(
      '/o/few.html',
      wrap('<p>Officials in Pakistan and Afghanistan met in Kabul; the Taliban sent a delegation.</p>'),
    ),
    'wapo-1 (article)': server.addPage('/o/wapo-1.html', readSharedPage('readability/wapo-1/source.html')),
  };
  const nullDir = nullExtension();
  const variants = [
    ['none', null],
    ['null extension', nullDir],
    ['Sanad', EXTENSION_DIR],
  ] as const;
  const results = new Map<string, Map<string, { scriptMs: number[]; heapMb: number[] }>>();
  try {
    for (const [name, dir] of variants) {
      const { context, done } = await launch(dir);
      const byPage = new Map<string, { scriptMs: number[]; heapMb: number[] }>();
      try {
        for (const url of Object.values(pages)) await measure(context, url); // warm caches
        for (let r = 0; r < ROUNDS; r++)
          for (const [label, url] of Object.entries(pages)) {
            const m = await measure(context, url);
            const cell = byPage.get(label) ?? { scriptMs: [], heapMb: [] };
            cell.scriptMs.push(m.scriptMs);
            cell.heapMb.push(m.heapMb);
            byPage.set(label, cell);
          }
      } finally {
        await done();
      }
      results.set(name, byPage);
    }
  } finally {
    await server.close();
    rmSync(nullDir, { recursive: true, force: true });
  }
  console.log(
    `Chromium headless; median of ${ROUNDS} loads per page, each in a fresh tab, read ${SETTLE_MS} ms after load. ` +
      'Script = CDP ScriptDuration of the page (content scripts included); heap = JSHeapUsedSize after a forced GC.\n',
  );
  console.log(
    '| page | no extension: script ms / heap MiB | null extension: +script ms / +heap MiB | Sanad: +script ms / +heap MiB |',
  );
  console.log('|---|---:|---:|---:|');
  const base = results.get('none')!;
  for (const label of Object.keys(pages)) {
    const b = base.get(label)!;
    const bs = median(b.scriptMs);
    const bh = median(b.heapMb);
    const delta = (v: string) => {
      const c = results.get(v)!.get(label)!;
      return `+${(median(c.scriptMs) - bs).toFixed(1)} / +${(median(c.heapMb) - bh).toFixed(2)}`;
    };
    console.log(
      `| ${label} | ${bs.toFixed(1)} / ${bh.toFixed(2)} | ${delta('null extension')} | ${delta('Sanad')} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
