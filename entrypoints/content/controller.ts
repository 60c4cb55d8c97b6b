// Wires one frame's highlighter to the extension: asks the background whether this site is on, fetches
// the compiled gazetteer (built once in the background, never here), answers the popup, reports counts
// for the badge, follows switches, gazetteer changes and SPA navigation. Everything is tied to `ctx`.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createMatcher } from '../../lib/matcher';
import type { ContentRequest, ContentResponses, EntityLabel } from '../../lib/messages';
import { askBackground } from '../../lib/send';
import { mountHoverCards } from './card-host';
import { Highlighter } from './highlighter';
import { siteKey } from '../../lib/site';
import { isBenchPage, watchBench } from './bench-probe';
import { snapshotOf } from './snapshot';

const REPORT_DEBOUNCE_MS = 250;
/** After a URL change, let the SPA render the new view before reading it. */
const NAVIGATION_SETTLE_MS = 300;

function frameHost(): string {
  if (location.hostname) return location.hostname;
  try {
    return window.top?.location.hostname ?? ''; // about:blank / srcdoc frames belong to their parent's site
  } catch {
    return '';
  }
}

const CONTENT_REQUESTS = new Set<unknown>([
  'highlight/state',
  'gazetteer/changed',
  'page/entities',
  'page/snapshot',
  'page/refresh',
] satisfies ContentRequest['type'][]);

function isContentRequest(message: unknown): message is ContentRequest {
  return CONTENT_REQUESTS.has((message as { type?: unknown } | null)?.type);
}

const NOT_READABLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Whether any text node of the body outside scripts and styles holds a non-blank character. */
function bodyHasReadableText(doc: Document): boolean {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(), seen = 0; node; node = walker.nextNode(), seen++) {
    if (seen > 2000) return true; // a frame this full is worth reading anyway
    if (!NOT_READABLE.has(node.parentElement?.tagName ?? '') && /\S/.test((node as Text).data)) return true;
  }
  return false;
}

/** Resolves once the document's body holds readable text; never, if it never does. */
function untilDocumentHasText(ctx: ContentScriptContext): Promise<void> {
  const hasText = () => bodyHasReadableText(document);
  if (hasText()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!hasText()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());
  });
}

export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  if (!(document.documentElement instanceof HTMLElement)) return; // XML, SVG documents: nothing to do
  const host = frameHost();
  const benchPage = isBenchPage();
  let highlighter: Highlighter | null = null;
  let gazetteerVersion: string | null = null;
  let loading: Promise<Highlighter> | null = null;
  let lastReport = '';
  let reportTimer: number | undefined;
  let createMatcherMs = 0;

  const report = () => {
    clearTimeout(reportTimer);
    reportTimer = ctx.setTimeout(() => {
      const entities = highlighter?.counts() ?? [];
      const serialized = JSON.stringify(entities);
      if (serialized === lastReport || ctx.isInvalid) return;
      lastReport = serialized;
      void askBackground(browser, { type: 'page/report', entities }).catch(() => undefined);
    }, REPORT_DEBOUNCE_MS);
  };

  const loadEngine = async (): Promise<{
    matcher: ReturnType<typeof createMatcher>;
    labels: Map<string, EntityLabel>;
  }> => {
    const [gazetteer, labels] = await Promise.all([
      askBackground(browser, { type: 'gazetteer/get' }),
      askBackground(browser, { type: 'entity/labels' }),
    ]);
    if (!gazetteer.gazetteer) throw new Error('the background sent no gazetteer');
    gazetteerVersion = gazetteer.version;
    const started = performance.now();
    const matcher = createMatcher(gazetteer.gazetteer);
    createMatcherMs = performance.now() - started;
    return { matcher, labels: new Map(labels.labels.map((l) => [l.id, l])) };
  };

  const ensureHighlighter = (): Promise<Highlighter> => {
    loading ??= loadEngine().then(({ matcher, labels }) => {
      highlighter = new Highlighter(ctx, document, matcher, labels, report, { measure: benchPage });
      return highlighter;
    });
    return loading;
  };

  const cards = mountHoverCards(ctx, {
    host,
    describe: (mark) => highlighter?.describeMark(mark) ?? null,
    label: (id) => highlighter?.labelOf(id),
  });

  /** `refresh`: mutes or settings changed; a frame that never loaded the engine keeps waiting. */
  const applySiteState = async (refresh = false) => {
    if (refresh && !loading) return; // no marks, no cards: its first site/get will see the new state
    const state = await askBackground(browser, { type: 'site/get', host });
    if (ctx.isInvalid) return;
    cards.setEnabled(state.hoverCards !== false);
    if (state.globalEnabled && state.siteEnabled) {
      const h = await ensureHighlighter();
      h.setMutes(state.mutes); // repaints only when this site's mutes changed
      h.start();
    } else highlighter?.stop();
  };

  const onMessage = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id || !isContentRequest(message)) return undefined;
    // Only the top frame answers for the page (sent with frameId 0; other frames keep quiet).
    if (message.type === 'page/snapshot' && window !== window.top) return undefined;
    return handle(message).catch(() => undefined);
  };
  const handle = async (request: ContentRequest): Promise<ContentResponses[ContentRequest['type']]> => {
    switch (request.type) {
      case 'page/entities':
        return { entities: highlighter?.counts() ?? [], enabled: highlighter?.enabled ?? false };
      case 'highlight/state':
        if (request.host === undefined || request.host === siteKey(host)) {
          // "on" may still be overruled by the other switch: ask for this site's full state.
          if (request.enabled) await applySiteState();
          else highlighter?.stop();
        }
        return { ok: true };
      case 'gazetteer/changed':
        if (highlighter && request.version !== gazetteerVersion) {
          const { matcher, labels } = await loadEngine();
          highlighter.restart(matcher, labels);
        }
        return { ok: true };
      case 'page/snapshot':
        return { snapshot: snapshotOf(document, location.href) };
      case 'page/refresh':
        await applySiteState(true);
        return { ok: true };
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => {
      lastReport = ''; // the background cleared the badge for the new URL: report even unchanged counts
      highlighter?.restart();
      report();
    }, NAVIGATION_SETTLE_MS);
  });

  // Pages carry many frames with no text (ads, trackers, players): they never pay for the engine.
  if (window !== window.top) await untilDocumentHasText(ctx);
  if (ctx.isInvalid) return;
  await applySiteState();
  if (highlighter && benchPage) watchBench(ctx, highlighter, createMatcherMs);
}
