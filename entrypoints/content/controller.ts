// Wires one frame's highlighter to the extension, once the frame holds text (first-stage.ts): asks the background
// whether this site is on, has the background match the text (the engine lives there: a frame never
// loads the gazetteer), answers the popup, reports counts for the badge, follows switches, gazetteer
// changes and SPA navigation. Everything is tied to `ctx`.
import { browser } from 'wxt/browser';
import type { ContentRequest, ContentResponses, SiteState } from '../../lib/messages';
import { askBackground } from '../../lib/send';
import { mountHoverCards } from './card-host';
import { Highlighter } from './highlighter';
import { siteKey } from '../../lib/site';
import { isBenchPage, watchBench } from './bench-probe';
import { snapshotOf } from './snapshot';
import { frameHost, isContentRequest, type EngineStart, type HandleRequest } from './engine-contract';
import { QuietContext } from './quiet-context';

const REPORT_DEBOUNCE_MS = 250;
/** After a URL change, let the SPA render the new view before reading it. */
const NAVIGATION_SETTLE_MS = 300;
/** Measurement hooks exist only in the bench's build (`wxt build --mode probe`), never in the user's. */
const PROBE_BUILD = import.meta.env.MODE === 'probe';

/**
 * Runs once the frame holds text that could name an entity, or once the extension asks something of
 * it (first-stage.ts); everything from here on is tied to the context. Returns the request handler.
 */
export function runContentScript(start: EngineStart = {}): HandleRequest {
  const ctx = new QuietContext('content');
  const host = frameHost();
  const benchPage = PROBE_BUILD && isBenchPage();
  let highlighter: Highlighter | null = null;
  let lastReport = '';
  let reportTimer: number | undefined;

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

  let cards: ReturnType<typeof mountHoverCards> | null = null;
  /** The highlighter, the hover cards and the SPA watcher exist once the site is on and there is text. */
  const ensureHighlighter = (): Highlighter => {
    if (highlighter) return highlighter;
    const h = new Highlighter(
      ctx,
      document,
      (texts, seen) => askBackground(browser, { type: 'page/match', texts, seen, host }),
      report,
      { measure: benchPage },
    );
    highlighter = h;
    cards = mountHoverCards(ctx, {
      host,
      describe: (mark) => h.describeMark(mark),
      label: (id) => h.labelOf(id),
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => {
        lastReport = ''; // the background cleared the badge for the new URL: report even unchanged counts
        h.restart();
        report();
      }, NAVIGATION_SETTLE_MS);
    });
    return h;
  };

  /** `refresh`: mutes or settings changed; a frame that never loaded the engine keeps waiting. */
  const applySiteState = async (refresh = false, known?: SiteState) => {
    if (refresh && !highlighter) return; // no marks, no cards: its first site/get will see the new state
    const state = known ?? (await askBackground(browser, { type: 'site/get', host }));
    if (ctx.isInvalid) return;
    const h = state.globalEnabled && state.siteEnabled ? ensureHighlighter() : null;
    cards?.setEnabled(state.hoverCards !== false);
    if (h) {
      h.setMutes(state.mutes); // repaints only when this site's mutes changed
      h.start();
    } else highlighter?.stop();
  };

  // Answered through sendResponse: Chrome's own runtime.onMessage ignores a returned promise (the
  // content script runs without webextension-polyfill, which is 2-3 ms of start-up in every frame).
  const onMessage = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (response?: unknown) => void,
  ): true | undefined => {
    if (sender.id !== browser.runtime.id || !isContentRequest(message)) return undefined;
    // Only the top frame answers for the page (sent with frameId 0; other frames keep quiet).
    if (message.type === 'page/snapshot' && window !== window.top) return undefined;
    handle(message).then(sendResponse, () => sendResponse(undefined));
    return true;
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
        // The background matches with the new gazetteer from now on: read the page again.
        if (highlighter && request.version !== highlighter.gazetteerVersion) highlighter.restart();
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

  const started = applySiteState(false, start.site).then(() => {
    if (highlighter && benchPage) watchBench(ctx, highlighter);
  });
  started.catch((error: unknown) => console.debug('Sanad: highlighting unavailable', error));
  // A request that woke the engine is answered once the site's state is known.
  return (request) => started.then(() => handle(request));
}
