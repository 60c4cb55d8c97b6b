// Helpers for the highlighting tests: real pages served as fixtures, talking to the background as
// the popup does, reading marks, and reading the hover card out of its closed shadow root (via CDP).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { BackgroundRequest, ResponseOf } from '../../lib/messages';
import { FIXTURES_DIR, type ExtensionSession } from './harness';

export function fixturePage(relative: string): string {
  return readFileSync(path.join(FIXTURES_DIR, 'pages', relative), 'utf8');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An ANT corpus text (TREC-style DOC/TITLE/TEXT) as the Arabic article page it came from. */
export function trecAsHtml(trec: string): string {
  const field = (name: string) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(trec)?.[1]?.trim() ?? '';
  const paragraphs = field('TEXT')
    .split(/\n+/)
    .filter((line) => line.trim())
    .map((line) => `<p>${escapeHtml(line.trim())}</p>`)
    .join('\n');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(field('TITLE'))}</title></head>
<body><article><h1>${escapeHtml(field('TITLE'))}</h1>\n${paragraphs}\n</article></body></html>`;
}

/** Sends a request to the background from an extension page, exactly as the popup does. */
export async function askBackgroundAs<R extends BackgroundRequest>(
  session: ExtensionSession,
  request: R,
): Promise<ResponseOf<R>> {
  const page = await session.context.newPage();
  try {
    await page.goto(session.url('/popup.html'));
    return (await page.evaluate(
      (message) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage(message),
      request as unknown,
    )) as ResponseOf<R>;
  } finally {
    await page.close();
  }
}

export async function markedIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...new Set(
        [...document.querySelectorAll('sanad-mark')].map((m) => m.getAttribute('data-entity-id') ?? ''),
      ),
    ].sort(),
  );
}

export async function markCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('sanad-mark').length);
}

/** Waits until the page has marks and their number stopped changing (the scan is over). */
export async function waitForStableMarks(page: Page, timeoutMs = 10_000, minimum = 1): Promise<number> {
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const count = await markCount(page);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (count >= minimum && Date.now() - stableSince > 400) {
      return count;
    }
    if (Date.now() - started > timeoutMs) return count;
    await page.waitForTimeout(50);
  }
}

export async function waitForNoMarks(page: Page, timeoutMs = 5_000): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('sanad-mark').length === 0, undefined, {
    timeout: timeoutMs,
    polling: 50,
  });
}

export interface CardSnapshot {
  text: string;
  nameEn: string;
  nameAr: string;
  nameArDir: string | null;
  sources: number;
  hasCompareLink: boolean;
  rect: { top: number; left: number; bottom: number; right: number };
}

/**
 * Runs `functionDeclaration` with `this` = the hover card's shadow root and returns its value, or null
 * when no card host is on the page. The card is in a closed shadow root: page scripts (and Playwright's
 * locators) cannot see into it, the DevTools protocol can.
 */
export async function inCardShadow<T>(page: Page, functionDeclaration: string): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type DomNode = {
      localName?: string;
      children?: DomNode[];
      shadowRoots?: DomNode[];
      backendNodeId: number;
    };
    const find = (node: DomNode): DomNode | null => {
      if (node.localName === 'sanad-ui') return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return null;
    };
    const shadow = find(root as DomNode)?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      functionDeclaration,
    });
    return (result.value as T | null) ?? null;
  } finally {
    await cdp.detach();
  }
}

/** The hover card as the user sees it, or null when none is open. */
export function readCard(page: Page): Promise<CardSnapshot | null> {
  return inCardShadow<CardSnapshot>(
    page,
    `function () {
        const card = this.querySelector('[data-testid="hover-card"]');
        if (!card) return null;
        const r = card.getBoundingClientRect();
        const q = (s) => this.querySelector(s);
        return {
          text: card.textContent,
          nameEn: q('[data-testid="card-name-en"]')?.textContent ?? '',
          nameAr: q('[data-testid="card-name-ar"]')?.textContent ?? '',
          nameArDir: q('[data-testid="card-name-ar"]')?.getAttribute('dir') ?? null,
          sources: this.querySelectorAll('[data-testid="card-source"]').length,
          hasCompareLink: !!q('a[data-testid="card-compare"]'),
          rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right },
        };
      }`,
  );
}

/** The few chrome.* calls the tests make inside the service worker. */
export interface ChromeApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string; active?: boolean }[]>;
    update(id: number, props: object): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** The id of the tab showing `page` (asked of the service worker: pages cannot know their tab). */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const url = page.url();
  const id = await session.serviceWorker.evaluate(async (pageUrl) => {
    const chromeApi = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    return (await chromeApi.tabs.query({})).find((t) => t.url === pageUrl)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

export async function badgeText(session: ExtensionSession, page: Page): Promise<string> {
  const url = page.url();
  return session.serviceWorker.evaluate(async (pageUrl) => {
    const chromeApi = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const tab = (await chromeApi.tabs.query({})).find((t) => t.url === pageUrl);
    if (tab?.id === undefined) return '<no tab>';
    return chromeApi.action.getBadgeText({ tabId: tab.id });
  }, url);
}
