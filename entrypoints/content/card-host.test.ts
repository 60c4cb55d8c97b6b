// Mounting the hover cards in a frame: it must cost nothing beyond its delegated listeners (most
// frames never open a card), and the first open must then load the card's half, ask for the card
// and the language, and put the card outside <body>. Page, context and messages: card-test-page.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountHoverCards } from './card-host';
import { answerMessages, cardPage as page, standInContext } from './card-test-page';

const loaded = vi.hoisted(() => ({ cardUi: false }));
vi.mock('./card-ui', async (importOriginal) => {
  loaded.cardUi = true;
  return importOriginal();
});

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('mountHoverCards', () => {
  let m: ReturnType<typeof answerMessages>;
  beforeEach(() => {
    m = answerMessages();
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
    expect(m.sent).toEqual([]);
    expect(m.uiLanguageAsked).toBe(0);
    expect(p.shadows).toEqual([]);
    expect(p.document.documentElement.outerHTML).toBe(before);
    expect(loaded.cardUi).toBe(false);

    p.focusIn(p.mark('pakistan'));
    await vi.waitFor(() => expect(p.host()).not.toBeNull());
    expect(loaded.cardUi).toBe(true);
    expect(m.sent).toEqual([{ type: 'entity/cards', ids: ['pakistan'] }, { type: 'settings/get' }]);
    expect(m.uiLanguageAsked).toBe(1);
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
    expect(m.sent.map((r) => r.type)).toEqual(['entity/cards', 'settings/get', 'entity/cards']);
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
    const asked = m.sent.length;
    p.focusIn(p.mark('islamic-state'));
    await settled();
    expect(p.host()).toBeNull();
    expect(m.sent.length).toBe(asked);
  });

  it('an open card follows a change of the UI language (setEnabled after the settings changed)', async () => {
    const p = page();
    const { ctx } = standInContext();
    const cards = mountHoverCards(ctx, { host: 'www.bbc.com', describe: () => null, label: () => undefined });
    p.focusIn(p.mark('pakistan'));
    const card = () => p.shadows.at(-1)?.querySelector('[data-testid="hover-card"]');
    await vi.waitFor(() => expect(card()?.getAttribute('lang')).toBe('ar'));
    m.uiLang = 'auto'; // back to the browser's language: English here
    cards.setEnabled(true);
    await vi.waitFor(() => expect(card()?.getAttribute('lang')).toBe('en'));
    expect(card()?.getAttribute('dir')).toBe('ltr');
    expect(m.sent.filter((r) => r.type === 'settings/get')).toHaveLength(2);
  });

  it('the card follows its mark while it scrolls, and closes once the mark has left the view', async () => {
    const p = page();
    const { ctx } = standInContext();
    mountHoverCards(ctx, { host: 'www.bbc.com', describe: () => null, label: () => undefined });
    p.focusIn(p.mark('pakistan'));
    await vi.waitFor(() => expect(p.host()).not.toBeNull());
    const top = () => (p.host() as HTMLElement | null)?.style.getPropertyValue('top');
    expect(top()).toBe('126px'); // 6 px below the mark's bottom (100 + 20)
    p.scrollTo(40);
    expect(top()).toBe('66px');
    p.scrollTo(-30); // 20 px high: wholly above the viewport
    expect(p.host()).toBeNull();
  });
});
