// The Firefox browser-test harness: Debian's firefox-esr, headless, driven by puppeteer-core over
// WebDriver BiDi, with the built MV2 extension (.output/firefox-mv2, built by scripts/e2e-firefox.mjs)
// installed as a temporary add-on under a pinned moz-extension:// UUID. Every request that leaves
// 127.0.0.1 goes to a local proxy that records it and answers nothing useful (see blockingProxy).
// See /work/shared/TOOLCHAIN.md (Firefox) and docs/decisions/firefox-tests.md for why.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BackgroundRequest, ResponseOf } from '../../lib/messages';
import { REPO_ROOT } from '../e2e/harness';

export const FIREFOX_EXTENSION_DIR =
  process.env.SANAD_FIREFOX_EXTENSION_DIR ?? path.join(REPO_ROOT, '.output/firefox-mv2');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'sanad@sanad.invalid';
/** Pinned by the extensions.webextensions.uuids pref: the extension's origin is random otherwise. */
export const EXTENSION_UUID = '5a9ad000-0e2e-4f1f-8e57-5a9ad0000e2e';

/** What an extension page's global has (Firefox gives extension pages `browser`). */
export interface ExtensionGlobal {
  browser: {
    runtime: {
      sendMessage(message: unknown): Promise<unknown>;
      getBackgroundPage(): Promise<Record<string, unknown>>;
    };
    tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  };
}

/** The one BiDi command puppeteer does not wrap the way we need (page.goto hangs on moz-extension:). */
interface NavigateCommand {
  send(
    method: 'browsingContext.navigate',
    params: { context: string; url: string; wait: 'none' | 'complete' },
  ): Promise<unknown>;
}
/** Firefox's chrome-scope extension to BiDi, allowed by --remote-allow-system-access. */
interface ChromeScopeCommands {
  send(
    method: 'browsingContext.getTree',
    params: { 'moz:scope': 'chrome' },
  ): Promise<{
    result: { contexts: { context: string }[] };
  }>;
  send(
    method: 'script.evaluate',
    params: { expression: string; target: { context: string }; awaitPromise: true },
  ): Promise<{ result: { type: 'success' | 'exception'; result?: { value?: unknown } } }>;
}
type BidiConnection = NavigateCommand & ChromeScopeCommands;

/** puppeteer's BiDi browser has a public `connection` getter that its exported types do not show. */
function bidiConnection(browser: Browser): BidiConnection {
  const connection: unknown = Reflect.get(browser, 'connection');
  if (typeof connection !== 'object' || connection === null || !('send' in connection)) {
    throw new Error('not a WebDriver BiDi browser: launch Firefox with puppeteer-core ≥ 24');
  }
  return connection as BidiConnection;
}

/** The BiDi browsing-context id of a page (puppeteer keeps it as the main frame's `_id`). */
function contextId(page: Page): string {
  const id: unknown = Reflect.get(page.mainFrame(), '_id');
  if (typeof id !== 'string') throw new Error('no BiDi context id on the page');
  return id;
}

export interface BlockingProxy {
  port: number;
  /** Every request that tried to leave 127.0.0.1, as "METHOD url" (CONNECT host:port for https). */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/**
 * Firefox's HTTP and HTTPS proxy for the session. It never connects anywhere: plain http gets an
 * empty 204 at once (so a third-party script "loads" empty instead of erroring, see TOOLCHAIN.md on
 * reload loops), https tunnels are refused with 403. Firefox never proxies 127.0.0.1/localhost
 * (network.proxy.allow_hijacking_localhost is false), so the fixture server is reached directly.
 */
export async function blockingProxy(): Promise<BlockingProxy> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method ?? '?'} ${request.url ?? ''}`);
    response.writeHead(204, { 'cache-control': 'no-store' });
    response.end();
  });
  server.on('connect', (request, socket) => {
    requests.push(`CONNECT ${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface FirefoxSession {
  /** Replaced by relaunch(). */
  readonly browser: Browser;
  readonly proxy: BlockingProxy;
  /** Where Firefox saves downloads, without asking (inside the temporary profile). */
  readonly downloadDir: string;
  /** moz-extension://<uuid><pathname> */
  url(pathname: string): string;
  /**
   * A new tab on a web page, once its document is complete (or only interactive: some real pages
   * retry their blocked resources forever and never fire load).
   */
  open(url: string, until?: 'interactive' | 'complete'): Promise<Page>;
  /** Navigates `page` (a web page's tab) to `url`, waiting as open() does. */
  goto(page: Page, url: string, until?: 'interactive' | 'complete'): Promise<void>;
  /** A new tab on an extension page, loaded. */
  openExtensionPage(pathname: string): Promise<Page>;
  /** Navigates `page` to an extension page and waits for it to be complete (BiDi navigate). */
  navigateExtension(page: Page, pathname: string): Promise<void>;
  /** Sends a request to the background from an extension page, as the popup does. */
  askBackground<R extends BackgroundRequest>(request: R): Promise<ResponseOf<R>>;
  /** The tabs-API id of the tab showing `page` (asked from an extension page). */
  tabIdOf(page: Page): Promise<number>;
  /**
   * Fires the add-on's keyboard shortcut registered by Firefox for `modifiers`+`key` (e.g. 'alt,shift'
   * and 'S'), as pressing it does: a `command` event on its <key> in the browser window (chrome scope;
   * headless Firefox gets no real key presses in its chrome). False when no such key is registered.
   */
  pressShortcut(modifiers: string, key: string): Promise<boolean>;
  /** Disables and re-enables the add-on (AddonManager, chrome scope): a fresh background page. */
  restartExtension(): Promise<void>;
  /**
   * An update as users get it: the same add-on id installed again from a copy of the build whose
   * version is one higher (Firefox replaces the running add-on; onInstalled fires with "update").
   * Returns the new version.
   */
  updateExtension(): Promise<string>;
  /** Closes Firefox and starts it again on the same profile, with the add-on (its last version) installed again. */
  relaunch(): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Firefox's UI language (intl.locale.requested), e.g. 'ar': needs Debian's firefox-esr-l10n-<lang>. */
  locale?: string;
}

async function launchFirefox(
  profileDir: string,
  proxyPort: number,
  extensionDir: string,
  options: FirefoxLaunchOptions,
): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profileDir,
    // Without it Firefox refuses to navigate to moz-extension:// and gives no chrome scope.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      // Never go direct when the proxy says no.
      'network.proxy.failover_direct': false,
      // Downloads (a backup's <a download>) go to <profile>/downloads, without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': path.join(profileDir, 'downloads'),
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}

export async function launchFirefoxWithExtension(
  options: FirefoxLaunchOptions = {},
): Promise<FirefoxSession> {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${FIREFOX_EXTENSION_DIR}: run "npx wxt build -b firefox" (scripts/e2e-firefox.mjs does).`,
    );
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}: apt-get install firefox-esr, or set FIREFOX_PATH.`,
    );
  }
  const profileDir = mkdtempSync(path.join(tmpdir(), 'sanad-firefox-'));
  const proxy = await blockingProxy();
  let browser: Browser;
  try {
    browser = await launchFirefox(profileDir, proxy.port, FIREFOX_EXTENSION_DIR, options);
  } catch (error) {
    await proxy.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }

  /** Versioned copies of the build made by updateExtension(), removed on close. */
  const copies: string[] = [];
  const url = (pathname: string) =>
    `moz-extension://${EXTENSION_UUID}${pathname.startsWith('/') ? '' : '/'}${pathname}`;
  const navigateExtension = async (page: Page, pathname: string) => {
    await bidiConnection(browser).send('browsingContext.navigate', {
      context: contextId(page),
      url: url(pathname),
      wait: 'complete',
    });
  };
  const openExtensionPage = async (pathname: string) => {
    const page = await browser.newPage();
    await navigateExtension(page, pathname);
    return page;
  };
  // One extension page kept open to talk to the background: opening one per request costs ~0.5 s.
  let messenger: Promise<Page> | null = null;
  const inExtensionPage = async <T>(fn: (page: Page) => Promise<T>): Promise<T> => {
    messenger ??= openExtensionPage('/popup.html');
    const page = await messenger;
    if (page.isClosed()) {
      messenger = null;
      return inExtensionPage(fn);
    }
    return fn(page);
  };
  const dropMessenger = async () => {
    const page = await messenger?.catch(() => null);
    messenger = null;
    if (page && !page.isClosed()) await page.close();
  };
  const inChromeScope = async (expression: string): Promise<unknown> => {
    const connection = bidiConnection(browser);
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const context = tree.result.contexts[0]?.context;
    if (!context) throw new Error('no chrome-scope browsing context');
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
    });
    if (result.type !== 'success') throw new Error(`chrome-scope script failed: ${JSON.stringify(result)}`);
    return result.result?.value;
  };

  const goto = async (page: Page, pageUrl: string, until: 'interactive' | 'complete' = 'complete') => {
    // Not page.goto: when a blocked https iframe shows Firefox's error page, BiDi's navigate (and so
    // goto) fails with "Address rejected" although the page itself loaded. So start the navigation
    // and wait for the document.
    await bidiConnection(browser).send('browsingContext.navigate', {
      context: contextId(page),
      url: pageUrl,
      wait: 'none',
    });
    await page.waitForFunction(
      (wanted, state) =>
        location.href === wanted && (document.readyState === 'complete' || document.readyState === state),
      { timeout: 20_000, polling: 50 },
      new URL(pageUrl).href,
      until,
    );
  };

  return {
    get browser() {
      return browser;
    },
    proxy,
    downloadDir: path.join(profileDir, 'downloads'),
    url,
    async open(pageUrl, until = 'complete') {
      const page = await browser.newPage();
      await goto(page, pageUrl, until);
      return page;
    },
    goto,
    openExtensionPage,
    navigateExtension,
    askBackground<R extends BackgroundRequest>(request: R) {
      // As JSON: puppeteer's BiDi evaluate results stop at a depth (deeper objects come back
      // without their keys: a note's passage in an entity/compare view did), and every response is JSON.
      return inExtensionPage(async (page) => {
        const json = await page.evaluate(
          async (message) =>
            JSON.stringify(
              await (globalThis as unknown as ExtensionGlobal).browser.runtime.sendMessage(message),
            ),
          request as unknown,
        );
        return JSON.parse(json) as ResponseOf<R>;
      });
    },
    async tabIdOf(page) {
      const pageUrl = page.url();
      const id = await inExtensionPage((extension) =>
        extension.evaluate(async (wanted) => {
          const tabs = await (globalThis as unknown as ExtensionGlobal).browser.tabs.query({});
          return tabs.find((tab) => tab.url === wanted)?.id ?? -1;
        }, pageUrl),
      );
      if (id < 0) throw new Error(`no tab shows ${pageUrl}`);
      return id;
    },
    async pressShortcut(modifiers, key) {
      // Firefox names the add-on's keyset after its id, with every other character turned into "_".
      const keyset = `ext-keyset-id-${GECKO_ID.replace(/[^a-z0-9_-]/gi, '_')}`;
      const fired = await inChromeScope(`(() => {
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        const keys = [...(win.document.getElementById(${JSON.stringify(keyset)})?.children ?? [])];
        const match = keys.find((k) => k.getAttribute('modifiers') === ${JSON.stringify(modifiers)} &&
          k.getAttribute('key') === ${JSON.stringify(key)});
        if (!match) return false;
        match.dispatchEvent(new win.Event('command', { bubbles: true }));
        return true;
      })()`);
      return fired === true;
    },
    async restartExtension() {
      await dropMessenger();
      const state = await inChromeScope(`(async () => {
        const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
        const addon = await AddonManager.getAddonByID(${JSON.stringify(GECKO_ID)});
        await addon.disable();
        const off = addon.isActive;
        await addon.enable();
        return JSON.stringify({ off, on: addon.isActive });
      })()`);
      if (state !== JSON.stringify({ off: false, on: true })) {
        throw new Error(`the add-on did not go off and on again: ${String(state)}`);
      }
    },
    async updateExtension() {
      await dropMessenger();
      const copy = mkdtempSync(path.join(tmpdir(), 'sanad-firefox-ext-'));
      copies.push(copy);
      cpSync(FIREFOX_EXTENSION_DIR, copy, { recursive: true });
      const manifestPath = path.join(copy, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
      const parts = manifest.version.split('.').map(Number);
      parts[parts.length - 1] = (parts[parts.length - 1] ?? 0) + 1;
      manifest.version = parts.join('.');
      writeFileSync(manifestPath, JSON.stringify(manifest));
      await browser.installExtension(copy);
      return manifest.version;
    },
    async relaunch() {
      await dropMessenger();
      await browser.close();
      browser = await launchFirefox(profileDir, proxy.port, copies.at(-1) ?? FIREFOX_EXTENSION_DIR, options);
    },
    async close() {
      try {
        await browser.close();
      } finally {
        await proxy.close();
        rmSync(profileDir, { recursive: true, force: true });
        for (const copy of copies) rmSync(copy, { recursive: true, force: true });
      }
    },
  };
}

/** Waits until `predicate` (run in the page) is truthy. */
export async function waitInPage(page: Page, predicate: () => unknown, timeoutMs = 5_000): Promise<void> {
  await page.waitForFunction(predicate, { timeout: timeoutMs, polling: 50 });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
