// When hovering opens and closes the card. Opening waits a moment, so a pointer crossing the page on
// its way elsewhere does not flash cards; closing waits a grace period, so the pointer can travel from
// the mark to the card (which sits beside it, not under it). Focus opens at once and does not come
// through here. The timers are the content script context's, so none fires after it is invalidated.

export const OPEN_DELAY_MS = 300;
export const CLOSE_GRACE_MS = 350;

export interface Timers {
  set(run: () => void, ms: number): number;
  clear(id: number | undefined): void;
}

export class HoverTiming<Mark> {
  private openTimer: number | undefined;
  private closeTimer: number | undefined;

  constructor(
    private readonly timers: Timers,
    private readonly open: (mark: Mark) => void,
    private readonly close: () => void,
  ) {}

  /** The pointer came over `mark`; `isCurrent`: its card is the one open (or opening). */
  overMark(mark: Mark, isCurrent: boolean): void {
    this.timers.clear(this.closeTimer);
    if (isCurrent) return;
    this.timers.clear(this.openTimer);
    this.openTimer = this.timers.set(() => this.open(mark), OPEN_DELAY_MS);
  }

  /** The pointer left a mark; `cardOpen`: a card is open (it closes unless the pointer reaches it). */
  outOfMark(cardOpen: boolean): void {
    this.timers.clear(this.openTimer);
    if (cardOpen) this.closeSoon();
  }

  overCard(): void {
    this.timers.clear(this.closeTimer);
  }

  outOfCard(): void {
    this.closeSoon();
  }

  /** Close after the grace period, dropping any open still waiting. */
  closeSoon(): void {
    this.cancel();
    this.closeTimer = this.timers.set(() => this.close(), CLOSE_GRACE_MS);
  }

  /** Forget whatever was waiting: the card was just opened or closed by other means. */
  cancel(): void {
    this.timers.clear(this.openTimer);
    this.timers.clear(this.closeTimer);
  }
}
