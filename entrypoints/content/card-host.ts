// Opens the hover card for a mark: on hover (after a short delay) and on keyboard focus; closes it on
// Escape (focus goes back to the mark), when the pointer leaves (after a grace period, so it can
// travel to the card) and when the mark scrolls out of view. The card lives in a closed shadow root
// on a <sanad-ui> host appended to <html>, outside <body>: page CSS cannot reach it, and the page's
// body is untouched by it. The card also explains a mark ("why is this highlighted?") and mutes it.
// The user's settings decide whether cards open at all and in which language (read again when the
// settings change: page/refresh reaches setEnabled).
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../components/HoverCard.css?inline';
import { HoverCard, type CardState } from '../../components/HoverCard';
import type { MuteScope } from '../../components/capture/WhyHighlighted';
import { uiLangOf, type UiLang } from '../../components/i18n';
import type { EntityCard, EntityLabel } from '../../lib/messages';
import type { UserSettings } from '../../lib/types';
import { askBackground } from '../../lib/send';
import { MARK_TAG, UI_HOST_TAG } from './dom-rules';
import { WhyController, type DescribeMark } from './card-why';
import { placeCard } from './place-card';

const OPEN_DELAY_MS = 300;
const CLOSE_GRACE_MS = 350;

function markFromEvent(event: Event): HTMLElement | null {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>(MARK_TAG);
}

/**
 * The cards' UI language: the setting when it names one, else the browser's. Asked when the first
 * card opens, not at start (most frames never open one), and asked again after `forget` (the
 * settings changed); a failed read leaves the browser's language.
 */
export function cardLang(browserLang: UiLang, readSetting: () => Promise<UserSettings['uiLang']>) {
  let lang = browserLang;
  let pending: Promise<void> | null = null;
  let asked = 0; // a read answered after a later one was asked is stale
  return {
    get lang(): UiLang {
      return lang;
    },
    read(): Promise<void> {
      if (pending) return pending;
      const ask = ++asked;
      pending = readSetting().then(
        (setting) => {
          if (ask === asked) lang = setting === 'auto' ? browserLang : setting;
        },
        () => undefined,
      );
      return pending;
    },
    forget(): void {
      pending = null;
    },
  };
}

export interface CardHostOptions {
  /** This frame's hostname (entity/explain and site mutes are about it). */
  host: string;
  /** What a mark stands for, from the highlighter (null before it exists or for a mark not ours). */
  describe: DescribeMark;
  label: (entityId: string) => EntityLabel | undefined;
}

export interface CardHost {
  /** The user's hover-card setting: when off, no card opens (the marks stay). */
  setEnabled(enabled: boolean): void;
}

export function mountHoverCards(ctx: ContentScriptContext, hostOptions: CardHostOptions): CardHost {
  const uiLang = cardLang(uiLangOf(browser.i18n.getUILanguage()), async () => {
    const settings = await askBackground(browser, { type: 'settings/get' });
    return settings.uiLang;
  });
  const readLang = () => uiLang.read();
  let enabled = true;
  let cardState: CardState = { status: 'loading' };
  let shadow: ShadowRoot | null = null;
  const cards = new Map<string, Promise<EntityCard | null>>();
  let host: HTMLElement | null = null;
  let container: HTMLDivElement | null = null;
  let current: HTMLElement | null = null;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  /** A mark we give focus back to ourselves: that focus must not reopen the card just closed. */
  let refocusing: HTMLElement | null = null;
  const why = new WhyController(
    hostOptions.host,
    hostOptions.describe,
    (mark) => current === mark,
    () => rerender(),
  );

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
    shadow = host.attachShadow({ mode: 'closed' });
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
    if (!current.isConnected) return; // muted and repainted away: the card stays to say so
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

  const nameOf = (id: string) => hostOptions.label(id)?.names[uiLang.lang] ?? id;

  const rerender = () => current && show(current, cardState);

  const show = (mark: HTMLElement, state: CardState) => {
    const target = ensureHost();
    const entityId = mark.dataset.entityId ?? '';
    cardState = state;
    const explainable = hostOptions.describe(mark) !== null;
    const lang = uiLang.lang;
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
        why: explainable
          ? {
              state: why.state,
              lang,
              nameOf,
              onAsk: () => why.ask(mark),
              onMute: (scope: MuteScope) => why.mute(mark, scope),
            }
          : undefined,
      }),
      target,
    );
    position();
  };

  const open = (mark: HTMLElement) => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (current === mark && host?.isConnected) return;
    if (!enabled) return;
    current = mark;
    why.reset();
    const entityId = mark.dataset.entityId;
    if (!entityId) return;
    const card = cardFor(entityId);
    void readLang().then(() => {
      if (current !== mark) return;
      show(mark, { status: 'loading' });
      card.then(
        (found) =>
          current === mark && show(mark, found ? { status: 'ready', card: found } : { status: 'error' }),
        () => current === mark && show(mark, { status: 'error' }),
      );
    });
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
    shadow = null;
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
  const focusables = () => [
    ...(container?.querySelectorAll<HTMLElement>('a[href], button:not([disabled])') ?? []),
  ];
  /** Tab inside the card: its own controls in order; past the last (or Shift+Tab before the first) it closes. */
  const moveInCard = (event: KeyboardEvent): void => {
    const mark = current as HTMLElement;
    const list = focusables();
    const at = list.indexOf(shadow?.activeElement as HTMLElement);
    const next = at + (event.shiftKey ? -1 : 1);
    if (at >= 0 && next >= 0 && next < list.length) {
      event.preventDefault();
      list[next]?.focus();
      return;
    }
    close(false);
    if (event.shiftKey) event.preventDefault();
    refocus(mark); // Tab continues from the mark; Shift+Tab stops on it
  };
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
        const first = focusables()[0];
        if (first) {
          event.preventDefault();
          first.focus();
        }
      } else if (event.key === 'Tab' && focusIsInCard()) {
        moveInCard(event);
      }
    },
    { capture: true },
  );
  ctx.addEventListener(window, 'scroll', () => current && position(), options);
  ctx.addEventListener(window, 'resize', () => current && position(), options);
  ctx.onInvalidated(() => close(false));
  return {
    setEnabled(on) {
      enabled = on;
      // Called on every read of the site's state, page/refresh included (settings changed): the UI
      // language may have changed too, so the next card asks again, and an open one follows now.
      uiLang.forget();
      if (!on) close(false);
      else if (current) {
        const mark = current;
        void readLang().then(() => current === mark && rerender());
      }
    },
  };
}
