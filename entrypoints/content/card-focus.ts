// The hover card's keyboard and focus handling: focus on a mark opens its card at once (no hover
// delay), focus leaving for the page closes it after the grace period, and keys do what card-keys.ts
// decides (Escape, Tab into, through and out of the card). Giving focus back to a mark ourselves
// must not reopen the card just closed. Listeners are the context's: they end when it is invalidated.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cardKeyAction } from './card-keys';

/** The open card's controls, as card-ui.ts sees them (absent before the first card loaded). */
export interface FocusableCard {
  hasFocus(): boolean;
  controls(): HTMLElement[];
  focusedControl(): number;
}

export interface CardFocusTarget {
  /** The mark whose card is open or opening. */
  current(): HTMLElement | null;
  card(): FocusableCard | null;
  markOf(event: Event): HTMLElement | null;
  open(mark: HTMLElement): void;
  close(): void;
  closeSoon(): void;
}

export class CardFocus {
  /** A mark we give focus back to ourselves: that focus must not reopen the card just closed. */
  private refocusing: HTMLElement | null = null;

  constructor(
    ctx: ContentScriptContext,
    private readonly target: CardFocusTarget,
  ) {
    ctx.addEventListener(document, 'focusin', (event: Event) => this.onFocus(event), {
      capture: true,
      passive: true,
    });
    ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => this.onKey(event), { capture: true });
  }

  /** Focus `mark` without reopening its card. */
  refocus(mark: HTMLElement): void {
    this.refocusing = mark;
    mark.focus();
    this.refocusing = null;
  }

  private inCard(): boolean {
    return this.target.card()?.hasFocus() ?? false;
  }

  private onFocus(event: Event): void {
    const mark = this.target.markOf(event);
    if (mark) {
      if (mark !== this.refocusing) this.target.open(mark);
    } else if (this.target.current() && !this.inCard()) this.target.closeSoon();
  }

  private onKey(event: KeyboardEvent): void {
    const mark = this.target.current();
    if (!mark) return;
    const card = this.target.card();
    const action = cardKeyAction(event.key, event.shiftKey, {
      onMark: document.activeElement === mark,
      inCard: this.inCard(),
      at: card?.focusedControl() ?? -1,
      controls: card?.controls().length ?? 0,
    });
    switch (action.kind) {
      case 'none':
        return;
      case 'escape':
        this.target.close();
        if (action.returnFocus) {
          if (mark.isConnected) this.refocus(mark);
          event.stopPropagation();
        }
        return;
      case 'move':
        event.preventDefault();
        card?.controls()[action.to]?.focus();
        return;
      case 'leave':
        this.target.close();
        if (action.back) event.preventDefault();
        this.refocus(mark); // Tab continues from the mark; Shift+Tab stops on it
        return;
    }
  }
}
