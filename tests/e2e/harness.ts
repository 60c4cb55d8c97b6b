// The shared browser-test harness: launches Debian's Chromium with the built extension
// (.output/chrome-mv3, built by scripts/e2e.mjs before the tests run), serves fixture pages from
// 127.0.0.1 and blocks everything else, and gives access to the extension's service worker.
// See /work/shared/TOOLCHAIN.md for why the launch flags are what they are.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = process.env.SANAD_EXTENSION_DIR ?? path.join(REPO_ROOT, '.output/chrome-mv3');
/** The bench's build (`wxt build --mode probe`): the user's build plus the timings of bench-probe.ts. */
export const PROBE_EXTENSION_DIR =
  process.env.SANAD_PROBE_EXTENSION_DIR ?? path.join(REPO_ROOT, '.output/chrome-mv3-probe');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests/fixtures');

export interface ExtensionSession {
  readonly context: BrowserContext;
  extensionId: string;
  /** The profile folder (unique per session: benches find the browser's processes by it). */
  readonly userDataDir: string;
  /** The current worker handle (replaced after restartServiceWorker / updateExtension). */
  readonly serviceWorker: Worker;
  /** chrome-extension://<id><path> */
  url(pathname: string): string;
  /** Stops the MV3 service worker (as Chrome does when it is idle) and waits for a fresh one. */
  restartServiceWorker(): Promise<Worker>;
  /**
   * An extension update as users get it: the browser closes, the extension's version goes up, the
   * same profile starts again (onInstalled fires with reason "update"). Needs `updatable: true`.
   */
  updateExtension(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra Chromium flags, e.g. ['--lang=ar']. Never --disable-features (it replaces Playwright's list). */
  args?: string[];
  locale?: string;
  viewport?: { width: number; height: number };
  /** Load a private copy of the build, so updateExtension() can change its version. */
  updatable?: boolean;
  /** Load the probe build (timings on pages with <meta name="sanad-bench">) instead of the user's. */
  probe?: boolean;
}

async function launchContext(userDataDir: string, extensionDir: string, options: LaunchOptions) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: options.locale,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  // Real pages try to load their ads and scripts: fail those at once instead of waiting for timeouts.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, serviceWorker };
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const built = options.probe ? PROBE_EXTENSION_DIR : EXTENSION_DIR;
  if (!existsSync(path.join(built, 'manifest.json'))) {
    throw new Error(`No built extension in ${built}: run "npx wxt build" (scripts/e2e.mjs does).`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'sanad-e2e-'));
  let extensionDir = built;
  if (options.updatable) {
    extensionDir = mkdtempSync(path.join(tmpdir(), 'sanad-ext-'));
    cpSync(built, extensionDir, { recursive: true });
  }
  let { context, serviceWorker } = await launchContext(userDataDir, extensionDir, options);
  const extensionId = new URL(serviceWorker.url()).host;
  const url = (pathname: string) =>
    `chrome-extension://${extensionId}${pathname.startsWith('/') ? '' : '/'}${pathname}`;

  // Playwright does not report a restarted worker as a new 'serviceworker' event, but its handle
  // follows the new worker. So a restart is confirmed by a marker: set in the old worker, absent in
  // the new one.
  const MARK = '__sanadHarnessGeneration';
  const markWorker = () =>
    serviceWorker.evaluate((key) => {
      (globalThis as Record<string, unknown>)[key] = true;
    }, MARK);
  const waitForFreshWorker = async (wake: () => Promise<void>): Promise<Worker> => {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      await wake();
      for (const worker of context.serviceWorkers()) {
        if (!worker.url().startsWith(`chrome-extension://${extensionId}/`)) continue;
        const marked = await worker
          .evaluate((key) => (globalThis as Record<string, unknown>)[key] === true, MARK)
          .catch(() => true);
        if (!marked) return (serviceWorker = worker);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the extension service worker did not come back');
  };
  // Anything addressed to the extension wakes the worker again: the popup asks it for the corpus.
  const wakeWithPage = async () => {
    const page = await context.newPage();
    await page.goto(url('/popup.html')).catch(() => undefined);
    await page.close();
  };

  return {
    get context() {
      return context;
    },
    extensionId,
    userDataDir,
    get serviceWorker() {
      return serviceWorker;
    },
    url,
    async restartServiceWorker() {
      await markWorker();
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
      } finally {
        await page.close();
      }
      return waitForFreshWorker(wakeWithPage);
    },
    async updateExtension() {
      if (extensionDir === built) throw new Error('launch with { updatable: true } to update');
      await context.close();
      const manifestPath = path.join(extensionDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
      const parts = manifest.version.split('.').map(Number);
      parts[parts.length - 1] = (parts[parts.length - 1] ?? 0) + 1;
      manifest.version = parts.join('.');
      writeFileSync(manifestPath, JSON.stringify(manifest));
      ({ context, serviceWorker } = await launchContext(userDataDir, extensionDir, options));
      return serviceWorker;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (extensionDir !== built) rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export interface FixtureServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  url(pathname: string): string;
  /** Serves `body` at `pathname` (takes precedence over files). */
  addPage(pathname: string, body: string, contentType?: string): string;
  close(): Promise<void>;
}

/** A tiny static server on 127.0.0.1 (random port) for `rootDir`, plus pages registered inline. */
export async function serveFixtures(rootDir: string = FIXTURES_DIR): Promise<FixtureServer> {
  const inline = new Map<string, { body: string; contentType: string }>();
  const root = path.resolve(rootDir);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const page = inline.get(pathname);
    if (page) {
      response.writeHead(200, { 'content-type': page.contentType, 'cache-control': 'no-store' });
      response.end(page.body);
      return;
    }
    const file = path.resolve(root, `.${pathname}`);
    if (!file.startsWith(root + path.sep) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (pathname) => `${origin}${pathname.startsWith('/') ? '' : '/'}${pathname}`,
    addPage(pathname, body, contentType = 'text/html; charset=utf-8') {
      inline.set(pathname, { body, contentType });
      return `${origin}${pathname}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The real saved pages (../shared/pages beside the repo, or $SANAD_PAGES). */
export function sharedPagesDir(): string {
  return process.env.SANAD_PAGES ?? path.resolve(REPO_ROOT, '../shared/pages');
}

export function readSharedPage(relativePath: string): string {
  const file = path.join(sharedPagesDir(), relativePath);
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: this test reads the real pages in ../shared/pages (set SANAD_PAGES).`,
    );
  }
  return readFileSync(file, 'utf8');
}

/** Waits until `predicate` (run in the page) is truthy; tolerant of pages that navigate themselves. */
export async function waitInPage<T>(page: Page, predicate: () => T, timeoutMs = 5_000): Promise<T> {
  const handle = await page.waitForFunction(predicate, undefined, { timeout: timeoutMs, polling: 50 });
  return (await handle.jsonValue()) as T;
}
