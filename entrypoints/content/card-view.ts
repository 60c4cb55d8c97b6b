// The card on the page: a closed shadow root on a <sanad-ui> host appended to <html>, outside <body>:
// page CSS cannot reach it, and the page's body is untouched by it. Made when a card shows, removed
// when it closes. Only the lazily loaded half of the card (card-ui.ts) imports this, so a frame that
// never opens a card never renders with Preact nor parses the card's CSS.
import { h, render } from 'preact';
import cardCss from '../../components/HoverCard.css?inline';
import { HoverCard, type HoverCardProps } from '../../components/HoverCard';
import { UI_HOST_TAG } from './dom-rules';
import { isOutOfView, placeCard, type Box } from './place-card';

/** Where the pointer is relative to the card (the grace period before closing depends on it). */
export interface CardPointer {
  enter(): void;
  leave(): void;
}

const HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  top: '0',
  left: '0',
  'z-index': '2147483647',
  display: 'block',
  margin: '0',
  padding: '0',
};

const CONTROLS = 'a[href], button:not([disabled])';

function anchorBox(mark: HTMLElement): Box {
  const rects = mark.getClientRects();
  const rect = rects[0] ?? mark.getBoundingClientRect();
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
}

export class CardView {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private container: HTMLDivElement | null = null;
  /** Ends the host's own listeners with the host (a page may also remove it; we then make another). */
  private hostListeners: AbortController | null = null;

  constructor(private readonly pointer: CardPointer) {}

  /** A card is on the page (the page has not removed its host). */
  get shown(): boolean {
    return this.host?.isConnected ?? false;
  }

  show(props: HoverCardProps, mark: HTMLElement): 'placed' | 'away' {
    render(h(HoverCard, props), this.ensureHost());
    return this.place(mark);
  }

  /**
   * Puts the card beside `mark`, inside the viewport; 'away' when the mark has scrolled out of view
   * (the caller closes the card). A mark muted and repainted away keeps the card where it is, to say so.
   */
  place(mark: HTMLElement): 'placed' | 'away' {
    const { host, container } = this;
    if (!host || !container || !mark.isConnected) return 'placed';
    const box = anchorBox(mark);
    if (isOutOfView(box, window.innerHeight)) return 'away';
    const card = container.firstElementChild as HTMLElement | null;
    if (!card) return 'placed';
    container.style.maxHeight = '';
    const size = card.getBoundingClientRect();
    const direction = getComputedStyle(mark).direction === 'rtl' ? 'rtl' : 'ltr';
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
    return 'placed';
  }

  remove(): void {
    if (this.container) render(null, this.container);
    this.hostListeners?.abort();
    this.host?.remove();
    this.host = null;
    this.container = null;
    this.shadow = null;
    this.hostListeners = null;
  }

  /** Focus is inside the card (from the page, the closed shadow root's host is the active element). */
  hasFocus(): boolean {
    return this.host !== null && document.activeElement === this.host;
  }

  /** The card's focusable controls, in order. */
  controls(): HTMLElement[] {
    return [...(this.container?.querySelectorAll<HTMLElement>(CONTROLS) ?? [])];
  }

  /** Index of the focused control among `controls()`, -1 when none has focus. */
  focusedControl(): number {
    return this.controls().indexOf(this.shadow?.activeElement as HTMLElement);
  }

  private ensureHost(): HTMLDivElement {
    if (this.host && this.container && this.host.isConnected) return this.container;
    this.hostListeners?.abort();
    const host = document.createElement(UI_HOST_TAG);
    for (const [property, value] of Object.entries(HOST_STYLE)) {
      host.style.setProperty(property, value, 'important');
    }
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = cardCss;
    const container = document.createElement('div');
    shadow.append(style, container);
    const listeners = new AbortController();
    host.addEventListener('mouseenter', () => this.pointer.enter(), { signal: listeners.signal });
    host.addEventListener('mouseleave', () => this.pointer.leave(), { signal: listeners.signal });
    document.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    this.container = container;
    this.hostListeners = listeners;
    return container;
  }
}
