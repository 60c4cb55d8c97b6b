// Mounting the hover cards in a frame: it must cost nothing beyond its delegated listeners (most
// frames never open a card), and the first open must then load the card's half, ask for the card
// and the language, and put the card outside <body>. A linkedom page, a stand-in context (its
// listeners end with its AbortSignal, as WXT's do), fakeBrowser for the messages.
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountHoverCards } from './card-host';

const loaded = vi.hoisted(() => ({ cardUi: false }));
vi.mock('./card-ui', async (importOriginal) => {
  loaded.cardUi = true;
  return importOriginal();
});

// The opening words of data/seeds/000_004bfa6a744bcc35.txt, as the highlighter marks them.
const PAGE =
  '<!doctype html><html lang="ar" dir="rtl"><head><title>t</title></head><body><p>' +
  '<sanad-mark data-entity-id="pakistan" data-via="alias" tabindex="0">باكستان</sanad-mark>؛ ملاذٌ آمنٌ ' +
  '<sanad-mark data-entity-id="islamic-state" data-via="alias" tabindex="0">لداعش</sanad-mark>، ومركز تدريبٍ وصناعةِ المؤامرات!' +
  '</p></body></html>';

function standInContext() {
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

function page() {
  const { document, window } = parseHTML(PAGE);
  const shadows: ShadowRoot[] = [];
  const proto = Object.getPrototypeOf(document.createElement('sanad-ui')) as HTMLElement;
  const attach = proto.attachShadow;
  proto.attachShadow = function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    shadows.push(root);
    return root;
  };
  for (const mark of document.querySelectorAll('sanad-mark')) {
    const box = { top: 100, left: 300, width: 60, height: 20, right: 360, bottom: 120 };
    Object.assign(mark, { getClientRects: () => [box], getBoundingClientRect: () => box });
  }
  vi.stubGlobal('document', document);
  vi.stubGlobal('window', Object.assign(window, { innerHeight: 760, innerWidth: 1000 }));
  vi.stubGlobal('Element', window.Element);
  vi.stubGlobal('getComputedStyle', () => ({ direction: 'rtl' }));
  const mark = (id: string) => document.querySelector<HTMLElement>(`sanad-mark[data-entity-id="${id}"]`)!;
  const focusIn = (target: HTMLElement) =>
    target.dispatchEvent(new window.Event('focusin', { bubbles: true }));
  const key = (name: string) =>
    document.dispatchEvent(
      Object.assign(new window.Event('keydown', { bubbles: true }), { key: name, shiftKey: false }),
    );
  const host = () => document.documentElement.querySelector('sanad-ui');
  return { document: document as unknown as Document, shadows, mark, focusIn, key, host };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('mountHoverCards', () => {
  let sent: { type: string }[];
  let uiLanguageAsked: number;
  let uiLang: 'ar' | 'en' | 'auto';

  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    uiLanguageAsked = 0;
    uiLang = 'ar';
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
      const request = message as { type: string };
      sent.push(request);
      if (request.type === 'settings/get') return Promise.resolve({ uiLang });
      if (request.type === 'entity/cards') return Promise.resolve({ cards: [] });
      return Promise.resolve({ ok: true });
    });
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => {
      uiLanguageAsked++;
      return 'en-US';
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  // One test: a module loads once per test file, so its laziness can be seen only the first time.
  it('costs nothing at mount (no message, no language, no shadow root, card UI not loaded); the first open loads it, asks for the card and the language, and shows it outside <body>', async () => {
    const p = page();
    const before = p.document.documentElement.outerHTML;
    const { ctx } = standInContext();
    mountHoverCards(ctx, { host: 'www.bbc.com', describe: () => null, label: () => undefined });
    await settled();
    expect(sent).toEqual([]);
    expect(uiLanguageAsked).toBe(0);
    expect(p.shadows).toEqual([]);
    expect(p.document.documentElement.outerHTML).toBe(before);
    expect(loaded.cardUi).toBe(false);

    p.focusIn(p.mark('pakistan'));
    await vi.waitFor(() => expect(p.host()).not.toBeNull());
    expect(loaded.cardUi).toBe(true);
    expect(sent).toEqual([{ type: 'entity/cards', ids: ['pakistan'] }, { type: 'settings/get' }]);
    expect(uiLanguageAsked).toBe(1);
    expect(p.host()?.parentElement).toBe(p.document.documentElement);
    expect(p.document.body.querySelector('sanad-ui')).toBeNull();
    expect(p.shadows).toHaveLength(1);
    // The language is the setting's (Arabic), not the browser's (English); the card names the mark.
    const card = () => p.shadows[0]!.querySelector('[data-testid="hover-card"]');
    expect(card()?.getAttribute('lang')).toBe('ar');
    expect(card()?.getAttribute('dir')).toBe('rtl');
    expect(card()?.getAttribute('aria-label')).toContain('باكستان');
    // The next card is asked for; the language is not asked again.
    p.focusIn(p.mark('islamic-state'));
    await vi.waitFor(() => expect(card()?.getAttribute('aria-label')).toContain('لداعش'));
    expect(sent.map((m) => m.type)).toEqual(['entity/cards', 'settings/get', 'entity/cards']);
  });

  it('Escape closes the card and removes its host; switched off, focus opens none', async () => {
    const p = page();
    const { ctx } = standInContext();
    const cards = mountHoverCards(ctx, { host: 'www.bbc.com', describe: () => null, label: () => undefined });
    p.focusIn(p.mark('pakistan'));
    await vi.waitFor(() => expect(p.host()).not.toBeNull());
    p.key('Escape');
    expect(p.host()).toBeNull();
    cards.setEnabled(false);
    p.focusIn(p.mark('pakistan'));
    await settled();
    expect(p.host()).toBeNull();
    cards.setEnabled(true);
    p.focusIn(p.mark('pakistan'));
    await vi.waitFor(() => expect(p.host()).not.toBeNull());
  });

  it('closes the card when the context is invalidated, and its listeners end with it', async () => {
    const p = page();
    const { ctx, invalidate } = standInContext();
    mountHoverCards(ctx, { host: 'www.bbc.com', describe: () => null, label: () => undefined });
    p.focusIn(p.mark('pakistan'));
    await vi.waitFor(() => expect(p.host()).not.toBeNull());
    invalidate();
    expect(p.host()).toBeNull();
    const asked = sent.length;
    p.focusIn(p.mark('islamic-state'));
    await settled();
    expect(p.host()).toBeNull();
    expect(sent.length).toBe(asked);
  });

  it('an open card follows a change of the UI language (setEnabled after the settings changed)', async () => {
    const p = page();
    const { ctx } = standInContext();
    const cards = mountHoverCards(ctx, { host: 'www.bbc.com', describe: () => null, label: () => undefined });
    p.focusIn(p.mark('pakistan'));
    const card = () => p.shadows.at(-1)?.querySelector('[data-testid="hover-card"]');
    await vi.waitFor(() => expect(card()?.getAttribute('lang')).toBe('ar'));
    uiLang = 'auto'; // back to the browser's language: English here
    cards.setEnabled(true);
    await vi.waitFor(() => expect(card()?.getAttribute('lang')).toBe('en'));
    expect(card()?.getAttribute('dir')).toBe('ltr');
    expect(sent.filter((m) => m.type === 'settings/get')).toHaveLength(2);
  });
});
