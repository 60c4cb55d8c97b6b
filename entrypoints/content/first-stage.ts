// The first step of Sanad in every frame of every page: the only code that runs where there is
// nothing for us (docs/decisions/content-cost.md). Most frames stop here:
// - a frame without readable text (ad slots, trackers, players, empty pages) touches no extension
//   API, sends nothing and only watches for text to appear;
// - a frame with text sends its text nodes once to the background (page/prefilter), which says
//   whether any entity could be in them; if none, the frame keeps watching what the page adds.
// Only a frame whose text could name an entity, or that the extension asks for a snapshot, loads the
// engine (frame-engine.js: the controller, the highlighter, the cards) with import().
import type { ResponseOf } from '../../lib/messages';
import {
  ENGINE_FILE,
  ENGINE_KEY,
  frameHost,
  isContentRequest,
  type EngineStart,
  type FrameEngine,
  type HandleRequest,
} from './engine-contract';
import { SHADOW_HOSTS } from './page-scan-jobs';

const NOT_READABLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE']);
/** Text nodes looked at before deciding a frame this full is worth reading anyway. */
const MAX_NODES_LOOKED_AT = 2000;
/** A frame without text is looked at again this long after the page changed it (not on every change). */
const TEXT_RECHECK_MS = 200;
/** What the page added since the last look is sent this long after the first change. */
const ADDED_TEXT_RECHECK_MS = 300;
/** A frame with more text than this loads the engine without asking (the engine reads in slices). */
const MAX_PREFILTER_CHARS = 400_000;
/** Characters per prefilter message: handing one to sendMessage serializes it on the page's thread. */
const PREFILTER_CHUNK_CHARS = 50_000;

interface ExtensionApi {
  runtime: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: OnMessage): void;
      removeListener(listener: OnMessage): void;
    };
  };
}
type OnMessage = (
  message: unknown,
  sender: { id?: string },
  respond: (r?: unknown) => void,
) => true | undefined;

/** Firefox's `browser`, Chromium's `chrome`; read only when needed (touching it has a cost). */
function extensionApi(): ExtensionApi | undefined {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return g.browser?.runtime?.id ? g.browser : g.chrome?.runtime?.id ? g.chrome : undefined;
}

const isReadable = (node: Text) =>
  !NOT_READABLE.has(node.parentElement?.tagName ?? '') && /\S/.test(node.data);

/**
 * Whether any text node of the body outside scripts and styles holds a non-blank character, or the
 * body holds an open shadow root (an app rendered in shadow DOM: its text is not in the light DOM).
 */
export function bodyHasReadableText(doc: Document): boolean {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(), seen = 0; node; node = walker.nextNode(), seen++) {
    if (seen > MAX_NODES_LOOKED_AT || isReadable(node as Text)) return true;
  }
  // No element, no host (an empty page, a frame of bare text nodes): spare the selector its parse.
  return doc.body.firstElementChild !== null && hasShadowRoot(doc.body);
}

/** The readable text nodes under `root`, in order; null when there are more than `budget` characters. */
export function readableTexts(root: Node, budget: number): string[] | null {
  const texts: string[] = [];
  if (root.nodeType === 3) return isReadable(root as Text) ? [(root as Text).data] : texts;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isReadable(node as Text)) continue;
    chars += (node as Text).data.length;
    if (chars > budget) return null;
    texts.push((node as Text).data);
  }
  return texts;
}

/** Open shadow roots hold text the walk above never sees: such a page goes to the engine at once. */
function hasShadowRoot(root: Element): boolean {
  if (root.shadowRoot) return true;
  for (const element of root.querySelectorAll(SHADOW_HOSTS)) if (element.shadowRoot) return true;
  return false;
}

/** Splits text nodes into messages of at most PREFILTER_CHUNK_CHARS characters (a node is never cut). */
function chunksOf(texts: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let chars = 0;
  for (const text of texts) {
    if (chunk.length > 0 && chars + text.length > PREFILTER_CHUNK_CHARS) {
      chunks.push(chunk);
      chunk = [];
      chars = 0;
    }
    chunk.push(text);
    chars += text.length;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * Calls `then` once the document's body holds readable text; never, if it never does. A page that
 * keeps changing an empty frame costs one look per TEXT_RECHECK_MS, not one per change.
 */
export function whenDocumentHasText(doc: Document, then: () => void): void {
  if (bodyHasReadableText(doc)) {
    then();
    return;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      if (!extensionApi())
        observer.disconnect(); // the extension was removed or reloaded
      else if (bodyHasReadableText(doc)) {
        observer.disconnect();
        then();
      }
    }, TEXT_RECHECK_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
}

/** One frame's first step, from its first text until the engine is loaded (if ever). */
class FirstStage {
  private engine: Promise<HandleRequest> | null = null;
  private observer: MutationObserver | null = null;
  private added = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onMessage: OnMessage = (message, sender, respond) => {
    const api = extensionApi();
    if (!api || sender.id !== api.runtime.id || !isContentRequest(message)) return undefined;
    if (message.type === 'page/snapshot' && window !== window.top) return undefined;
    if (this.engine) {
      // Loading: the engine's own listener is not there yet, so this one hands the request over.
      this.engine.then((handle) => handle(message)).then(respond, () => respond(undefined));
      return true;
    }
    switch (message.type) {
      case 'page/snapshot': // the popup's capture: the engine serializes the page
        this.wake()
          .then((handle) => handle(message))
          .then(respond, () => respond(undefined));
        return true;
      case 'gazetteer/changed': // a new entity may be on the page
        this.scout();
        respond({ ok: true });
        return undefined;
      case 'page/entities': // nothing is marked here
        respond({ entities: [], enabled: false });
        return undefined;
      case 'highlight/state': // switched on: the background answers "nothing" while a site is off
        if (message.enabled) this.scout();
        respond({ ok: true });
        return undefined;
      default: // settings change nothing in a frame with nothing to mark
        respond({ ok: true });
        return undefined;
    }
  };

  constructor(private readonly api: ExtensionApi) {
    api.runtime.onMessage.addListener(this.onMessage);
  }

  /** Sends the whole frame's text; loads the engine if it could name an entity. */
  scout(): void {
    if (this.engine || !document.body) return;
    const texts = readableTexts(document.body, MAX_PREFILTER_CHARS);
    if (texts === null || hasShadowRoot(document.body)) void this.wake();
    else void this.ask(texts).then((found) => found || this.watch());
  }

  /**
   * Asks, chunk by chunk, whether these texts could name an entity; loads the engine at the first yes.
   * Resolves to whether it did. No answer (a worker restarting) counts as yes: the engine knows how to
   * wait for the background.
   */
  private async ask(texts: readonly string[]): Promise<boolean> {
    for (const chunk of chunksOf(texts)) {
      if (this.engine) return true;
      let answer: Partial<ResponseOf<{ type: 'page/prefilter' }>> | undefined;
      try {
        answer = (await this.api.runtime.sendMessage({
          type: 'page/prefilter',
          texts: chunk,
          host: frameHost(),
        })) as Partial<ResponseOf<{ type: 'page/prefilter' }>> | undefined;
      } catch {
        answer = undefined;
      }
      if (answer?.found !== false) {
        void this.wake({ site: answer?.site });
        return true;
      }
    }
    return false;
  }

  /** Collects what the page adds or edits, and asks about it a little later. */
  private watch(): void {
    if (this.observer || this.engine) return;
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') this.added.add(record.target);
        else for (const node of record.addedNodes) this.added.add(node);
      }
      this.timer ??= setTimeout(() => this.askAboutAdded(), ADDED_TEXT_RECHECK_MS);
    });
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private askAboutAdded(): void {
    this.timer = undefined;
    if (!extensionApi()) return this.stopWatching();
    const texts: string[] = [];
    let chars = 0;
    for (const node of this.added) {
      if (!node.isConnected) continue;
      if (node.nodeType === 1 && hasShadowRoot(node as Element)) return void this.wake();
      const found = readableTexts(node, MAX_PREFILTER_CHARS - chars);
      if (found === null) return void this.wake();
      for (const text of found) chars += text.length;
      texts.push(...found);
    }
    this.added.clear();
    if (texts.length > 0) void this.ask(texts);
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.added.clear();
  }

  /** Loads the engine once; it reads the whole frame and takes over the messages. */
  wake(start: EngineStart = {}): Promise<HandleRequest> {
    if (this.engine) return this.engine;
    this.stopWatching();
    this.engine = import(/* @vite-ignore */ this.api.runtime.getURL(ENGINE_FILE)).then(() => {
      this.api.runtime.onMessage.removeListener(this.onMessage);
      const engine = (globalThis as unknown as Record<symbol, FrameEngine | undefined>)[ENGINE_KEY];
      if (!engine) throw new Error('the engine did not load');
      return engine.runContentScript(start);
    });
    this.engine.catch((error: unknown) => {
      // Nothing more to do in this frame: no listener answering for an engine that is not there.
      this.api.runtime.onMessage.removeListener(this.onMessage);
      console.debug('Sanad: highlighting unavailable', error);
    });
    return this.engine;
  }
}

export function startFrame(): void {
  if (!(document.documentElement instanceof HTMLElement)) return; // XML, SVG documents: nothing to do
  // Until there is text (or a shadow root) the frame says nothing, even to the popup: the popup takes a
  // silent web page for one with nothing marked in its top frame (entrypoints/popup/PageEntities.tsx).
  whenDocumentHasText(document, () => {
    const api = extensionApi();
    if (api) new FirstStage(api).scout();
  });
}
