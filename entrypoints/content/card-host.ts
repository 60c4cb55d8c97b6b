// Opens the hover card for a mark: on hover (after a short delay) and on keyboard focus; closes it on
// Escape (focus goes back to the mark), when the pointer leaves (after a grace period, so it can
// travel to the card) and when the mark scrolls out of view. The card lives in a closed shadow root
// on a <sanad-ui> host appended to <html>, outside <body>: page CSS cannot reach it, and the page's
// body is untouched by it.
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../components/HoverCard.css?inline';
import { HoverCard, type CardState } from '../../components/HoverCard';
import { uiLangOf } from '../../components/i18n';
import type { EntityCard } from '../../lib/messages';
import { askBackground } from '../../lib/send';
import { MARK_TAG, UI_HOST_TAG } from './dom-rules';
import { placeCard } from './place-card';

const OPEN_DELAY_MS = 300;
const CLOSE_GRACE_MS = 350;

function markFromEvent(event: Event): HTMLElement | null {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>(MARK_TAG);
}

export function mountHoverCards(ctx: ContentScriptContext): void {
  const lang = uiLangOf(browser.i18n.getUILanguage());
  const cards = new Map<string, Promise<EntityCard | null>>();
  let host: HTMLElement | null = null;
  let container: HTMLDivElement | null = null;
  let current: HTMLElement | null = null;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  /** A mark we give focus back to ourselves: that focus must not reopen the card just closed. */
  let refocusing: HTMLElement | null = null;

  const cardFor = (entityId: string) => {
    let card = cards.get(entityId);
    if (!card) {
      card = askBackground(browser, { type: 'entity/cards', ids: [entityId] }).then(
        (r) => r.cards[0] ?? null,
      );
      card.catch(() => cards.delete(entityId)); // try again next time
      cards.set(entityId, card);
    }
    return card;
  };

  const ensureHost = (): HTMLDivElement => {
    if (host && container && host.isConnected) return container;
    host = document.createElement(UI_HOST_TAG);
    for (const [property, value] of Object.entries({
      position: 'fixed',
      top: '0',
      left: '0',
      'z-index': '2147483647',
      display: 'block',
      margin: '0',
      padding: '0',
    })) {
      host.style.setProperty(property, value, 'important');
    }
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = cardCss;
    container = document.createElement('div');
    shadow.append(style, container);
    host.addEventListener('mouseenter', () => clearTimeout(closeTimer));
    host.addEventListener('mouseleave', scheduleClose);
    document.documentElement.append(host);
    return container;
  };

  const anchorBox = (mark: HTMLElement) => {
    const rects = mark.getClientRects();
    const rect = rects[0] ?? mark.getBoundingClientRect();
    return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
  };

  const position = () => {
    if (!current || !host || !container) return;
    const box = anchorBox(current);
    if (box.top + box.height < 0 || box.top > window.innerHeight) return close(false); // scrolled away
    const card = container.firstElementChild as HTMLElement | null;
    if (!card) return;
    container.style.maxHeight = '';
    const size = card.getBoundingClientRect();
    const direction = getComputedStyle(current).direction === 'rtl' ? 'rtl' : 'ltr';
    const viewport = {
      width: document.documentElement.clientWidth || window.innerWidth,
      height: window.innerHeight,
    };
    const place = placeCard(box, { width: size.width, height: size.height }, viewport, direction);
    host.style.setProperty('top', `${place.top}px`, 'important');
    host.style.setProperty('left', `${place.left}px`, 'important');
    container.style.maxHeight = `${place.maxHeight}px`;
    container.style.overflow = 'auto';
    host.dataset.side = place.side;
  };

  const show = (mark: HTMLElement, state: CardState) => {
    const target = ensureHost();
    const entityId = mark.dataset.entityId ?? '';
    render(
      h(HoverCard, {
        state,
        lang,
        fallbackName: mark.textContent ?? '',
        compareUrl: `${browser.runtime.getURL('/compare.html')}?entity=${encodeURIComponent(entityId)}`,
        onCompare: (event: MouseEvent) => {
          event.preventDefault();
          void askBackground(browser, { type: 'compare/open', entityId }).catch(() => undefined);
        },
      }),
      target,
    );
    position();
  };

  const open = (mark: HTMLElement) => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (current === mark && host?.isConnected) return;
    current = mark;
    const entityId = mark.dataset.entityId;
    if (!entityId) return;
    show(mark, { status: 'loading' });
    cardFor(entityId).then(
      (card) => current === mark && show(mark, card ? { status: 'ready', card } : { status: 'error' }),
      () => current === mark && show(mark, { status: 'error' }),
    );
  };

  function close(returnFocus: boolean) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    const mark = current;
    current = null;
    if (container) render(null, container);
    host?.remove();
    host = null;
    container = null;
    if (returnFocus && mark?.isConnected) refocus(mark);
  }

  function refocus(mark: HTMLElement) {
    refocusing = mark;
    mark.focus();
    refocusing = null;
  }

  function scheduleClose() {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    closeTimer = ctx.setTimeout(() => close(false), CLOSE_GRACE_MS);
  }

  const focusIsInCard = () => host !== null && document.activeElement === host;
  const options = { capture: true, passive: true };

  ctx.addEventListener(
    document,
    'mouseover',
    (event: Event) => {
      const mark = markFromEvent(event);
      if (!mark) return;
      clearTimeout(closeTimer);
      if (mark === current) return;
      clearTimeout(openTimer);
      openTimer = ctx.setTimeout(() => open(mark), OPEN_DELAY_MS);
    },
    options,
  );
  ctx.addEventListener(
    document,
    'mouseout',
    (event: Event) => {
      if (!markFromEvent(event)) return;
      clearTimeout(openTimer);
      if (current) scheduleClose();
    },
    options,
  );
  ctx.addEventListener(
    document,
    'focusin',
    (event: Event) => {
      const mark = markFromEvent(event);
      if (mark) {
        if (mark !== refocusing) open(mark);
      } else if (current && !focusIsInCard()) scheduleClose();
    },
    options,
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      if (!current) return;
      if (event.key === 'Escape') {
        const focusWasOurs = focusIsInCard() || document.activeElement === current;
        close(focusWasOurs);
        if (focusWasOurs) event.stopPropagation();
      } else if (event.key === 'Tab' && !event.shiftKey && document.activeElement === current) {
        // The card sits at the end of the document: Tab from the mark goes into it, not past it.
        const link = container?.querySelector<HTMLElement>('a');
        if (link) {
          event.preventDefault();
          link.focus();
        }
      } else if (event.key === 'Tab' && focusIsInCard()) {
        const mark = current;
        close(false);
        if (event.shiftKey) event.preventDefault();
        refocus(mark); // Tab continues from the mark; Shift+Tab stops on it
      }
    },
    { capture: true },
  );
  ctx.addEventListener(window, 'scroll', () => current && position(), options);
  ctx.addEventListener(window, 'resize', () => current && position(), options);
  ctx.onInvalidated(() => close(false));
}
