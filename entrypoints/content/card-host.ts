// Opens the hover card for a mark: on hover (after a short delay) and on keyboard focus; closes it on
// Escape (focus goes back to the mark), when the pointer leaves (after a grace period, so it can
// travel to the card) and when the mark scrolls out of view. The card also explains a mark ("why is
// this highlighted?") and mutes it. The user's settings decide whether cards open at all and in which
// language (read again when the settings change: page/refresh reaches setEnabled).
//
// Mounting only registers delegated listeners on the document: most frames never open a card, so
// everything a card needs (Preact, its CSS, the UI language, the messages) is in card-ui.ts, loaded
// on the first open (card-load.ts). The pieces: card-timing.ts (when hovering opens and closes),
// card-focus.ts and card-keys.ts (focus and keys), card-ui.ts (what an open card holds), card-view.ts
// (the shadow root and its placement). Which mark is current, and the switch, are kept here.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardFocus } from './card-focus';
import { loadCardUi } from './card-load';
import { HoverTiming } from './card-timing';
import type { CardHostOptions, CardUi } from './card-ui';
import { MARK_TAG } from './dom-rules';

export type { CardHostOptions } from './card-ui';

export interface CardHost {
  /** The user's hover-card setting: when off, no card opens (the marks stay). */
  setEnabled(enabled: boolean): void;
}

function markFromEvent(event: Event): HTMLElement | null {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>(MARK_TAG);
}

export function mountHoverCards(ctx: ContentScriptContext, hostOptions: CardHostOptions): CardHost {
  let enabled = true;
  /** The mark whose card is open, or opening (its card or language still on the way). */
  let current: HTMLElement | null = null;
  let ui: CardUi | null = null;
  let loadingModule: ReturnType<typeof loadCardUi> | null = null;
  let loadingUi: Promise<CardUi> | null = null;

  /** Starts loading the card's code when the pointer reaches a mark: it arrives during the open delay. */
  const preload = () => (loadingModule ??= loadCardUi());
  const loadUi = (): Promise<CardUi> =>
    (loadingUi ??= preload().then((module) => {
      ui = new module.CardUi(hostOptions, {
        current: () => current,
        close: () => close(),
        pointer: { enter: () => timing.overCard(), leave: () => timing.outOfCard() },
      });
      return ui;
    }));

  const open = (mark: HTMLElement): void => {
    timing.cancel();
    if (current === mark && ui?.shown) return;
    if (!enabled) return;
    current = mark;
    ui?.reset();
    const entityId = mark.dataset.entityId;
    if (!entityId) return;
    loadUi().then(
      (loaded) => loaded.open(mark, entityId),
      (error: unknown) => console.debug('Sanad: hover card unavailable', error),
    );
  };

  const close = (): void => {
    timing.cancel();
    current = null;
    ui?.remove();
  };

  const timing = new HoverTiming<HTMLElement>(
    { set: (run, ms) => ctx.setTimeout(run, ms), clear: (id) => clearTimeout(id) },
    open,
    close,
  );
  new CardFocus(ctx, {
    current: () => current,
    card: () => ui,
    markOf: markFromEvent,
    open,
    close,
    closeSoon: () => timing.closeSoon(),
  });

  const passive = { capture: true, passive: true };
  ctx.addEventListener(
    document,
    'mouseover',
    (event: Event) => {
      const mark = markFromEvent(event);
      if (!mark) return;
      if (enabled) void preload().catch(() => undefined);
      timing.overMark(mark, mark === current);
    },
    passive,
  );
  ctx.addEventListener(
    document,
    'mouseout',
    (event: Event) => {
      if (markFromEvent(event)) timing.outOfMark(current !== null);
    },
    passive,
  );
  ctx.addEventListener(window, 'scroll', () => current && ui?.follow(), passive);
  ctx.addEventListener(window, 'resize', () => current && ui?.follow(), passive);
  ctx.onInvalidated(close);
  return {
    setEnabled(on) {
      enabled = on;
      // Called on every read of the site's state, page/refresh included (settings changed): the UI
      // language may have changed too, so the next card asks again, and an open one follows now.
      if (!on) close();
      ui?.settingsChanged();
    },
  };
}
