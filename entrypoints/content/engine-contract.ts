// What the content script's first step (frame.js) and its engine (frame-engine.js, loaded on demand)
// share: how the engine is found once loaded, and which messages are the content script's. Kept tiny:
// frame.js imports it in every frame.
import type { ContentRequest, SiteState } from '../../lib/messages';

/** The engine's file, loaded with import() (listed in web_accessible_resources, see wxt.config.ts). */
export const ENGINE_FILE = '/frame-engine.js';

/**
 * Where the engine puts itself when evaluated: a property of the content script's own global (the
 * isolated world; the page's scripts cannot see it), keyed by a symbol of that realm.
 */
export const ENGINE_KEY = Symbol.for('sanad.frame-engine');

/** What the first step learned before loading the engine, so the engine need not find it again. */
export interface EngineStart {
  /** The site's state, as the background sent it with its page/prefilter answer. */
  site?: SiteState;
}

/** How the engine answers a request the first step received before it was loaded. */
export type HandleRequest = (request: ContentRequest) => Promise<unknown>;

export interface FrameEngine {
  /** Starts the highlighter; returns how to answer a request the first step received. */
  runContentScript(start?: EngineStart): HandleRequest;
}

/** The frame's site: about:blank and srcdoc frames belong to their parent's (even under a cross-site top). */
export function frameHost(): string {
  if (location.hostname) return location.hostname;
  try {
    if (window.parent.location.hostname) return window.parent.location.hostname;
  } catch {
    // a cross-origin parent: its origin is still listed (Chromium)
  }
  const parent = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins?.[0];
  try {
    return parent ? new URL(parent).hostname : '';
  } catch {
    return '';
  }
}

/** Every content request, checked by the compiler: a new one must be added here. */
const CONTENT_REQUEST_TYPES: Record<ContentRequest['type'], true> = {
  'highlight/state': true,
  'gazetteer/changed': true,
  'page/entities': true,
  'page/snapshot': true,
  'page/refresh': true,
};
const CONTENT_REQUESTS = new Set<unknown>(Object.keys(CONTENT_REQUEST_TYPES));

export function isContentRequest(message: unknown): message is ContentRequest {
  return CONTENT_REQUESTS.has((message as { type?: unknown } | null)?.type);
}
