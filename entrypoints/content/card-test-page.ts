// Test helpers for the hover cards (not a test): a linkedom page with two marks, a stand-in for the
// content script context (its listeners end with its AbortSignal, as WXT's do) and answers to the
// messages a card sends, recorded.
import { parseHTML } from 'linkedom';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { UserSettings } from '../../lib/types';

// The opening words of data/seeds/000_004bfa6a744bcc35.txt, as the highlighter marks them.
const PAGE =
  '<!doctype html><html lang="ar" dir="rtl"><head><title>t</title></head><body><p>' +
  '<sanad-mark data-entity-id="pakistan" data-via="alias" tabindex="0">باكستان</sanad-mark>؛ ملاذٌ آمنٌ ' +
  '<sanad-mark data-entity-id="islamic-state" data-via="alias" tabindex="0">لداعش</sanad-mark>، ومركز تدريبٍ وصناعةِ المؤامرات!' +
  '</p></body></html>';

export function standInContext() {
  const controller = new AbortController();
  const invalidated: (() => void)[] = [];
  const ctx = {
    signal: controller.signal,
    addEventListener(
      target: EventTarget,
      type: string,
      handler: EventListener,
      options?: AddEventListenerOptions,
    ) {
      // linkedom ignores `signal`: end the listener by hand when the context ends, as WXT's does.
      target.addEventListener(type, handler, options);
      controller.signal.addEventListener('abort', () => target.removeEventListener(type, handler, options));
    },
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms) as unknown as number,
    onInvalidated(run: () => void) {
      invalidated.push(run);
      return () => undefined;
    },
  };
  const invalidate = () => {
    controller.abort();
    for (const run of invalidated) run();
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate };
}

function rootOf(node: Node): Node {
  return node.parentNode ? rootOf(node.parentNode) : node;
}

export function cardPage() {
  const { document, window } = parseHTML(PAGE);
  const shadows: ShadowRoot[] = [];
  const proto = Object.getPrototypeOf(document.createElement('sanad-ui')) as HTMLElement;
  const attach = proto.attachShadow;
  // linkedom has no focus: a small model of it. Focusing an element inside one of our shadow roots
  // makes its host the document's active element and the element the root's; focus dispatches
  // focusin, from the host for an element in a shadow root (the page sees no further in).
  let active: Element | null = null;
  let activeInShadow: Element | null = null;
  const hostOf = new Map<Node, HTMLElement>();
  Object.defineProperty(document, 'activeElement', { get: () => active, configurable: true });
  proto.attachShadow = function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    shadows.push(root);
    hostOf.set(root, this);
    Object.defineProperty(root, 'activeElement', {
      get: () => (active === this ? activeInShadow : null),
      configurable: true,
    });
    return root;
  };
  proto.focus = function (this: HTMLElement) {
    const host = hostOf.get(rootOf(this));
    active = host ?? this;
    activeInShadow = host ? this : null;
    (host ?? this).dispatchEvent(new window.Event('focusin', { bubbles: true }));
  };
  /** Where the marks are in the viewport (a test scrolls by moving it). */
  const box = { top: 100, left: 300, width: 60, height: 20, right: 360, bottom: 120 };
  for (const mark of document.querySelectorAll('sanad-mark')) {
    Object.assign(mark, { getClientRects: () => [box], getBoundingClientRect: () => box });
  }
  const scrollTo = (top: number) => {
    Object.assign(box, { top, bottom: top + box.height });
    window.dispatchEvent(new window.Event('scroll'));
  };
  vi.stubGlobal('document', document);
  vi.stubGlobal('window', Object.assign(window, { innerHeight: 760, innerWidth: 1000 }));
  vi.stubGlobal('Element', window.Element);
  vi.stubGlobal('getComputedStyle', () => ({ direction: 'rtl' }));
  const mark = (id: string) => document.querySelector<HTMLElement>(`sanad-mark[data-entity-id="${id}"]`)!;
  const focusIn = (target: HTMLElement) =>
    target.dispatchEvent(new window.Event('focusin', { bubbles: true }));
  const pointer = (type: 'mouseover' | 'mouseout', target: HTMLElement) =>
    target.dispatchEvent(new window.Event(type, { bubbles: true }));
  /** A key pressed where the focus is; returns the event (was its default prevented?). */
  const key = (name: string, shiftKey = false) => {
    const event = Object.assign(new window.Event('keydown', { bubbles: true, cancelable: true }), {
      key: name,
      shiftKey,
    });
    (active ?? document.body).dispatchEvent(event);
    return event as unknown as KeyboardEvent;
  };
  const focused = () => ({ active, inShadow: activeInShadow });
  const host = () => document.documentElement.querySelector('sanad-ui');
  return {
    document: document as unknown as Document,
    shadows,
    mark,
    focusIn,
    pointer,
    key,
    host,
    focused,
    scrollTo,
  };
}

/** Answers settings/get with `uiLang` and entity/cards with no card; counts the UI-language reads. */
export function answerMessages() {
  const state = {
    sent: [] as { type: string }[],
    uiLanguageAsked: 0,
    uiLang: 'ar' as UserSettings['uiLang'],
  };
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
    const request = message as { type: string };
    state.sent.push(request);
    if (request.type === 'settings/get') return Promise.resolve({ uiLang: state.uiLang });
    if (request.type === 'entity/cards') return Promise.resolve({ cards: [] });
    return Promise.resolve({ ok: true });
  });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => {
    state.uiLanguageAsked++;
    return 'en-US';
  });
  return state;
}
