// What a key does while a card is open. The card's host is appended at the end of the document, far
// from the mark in tab order: Tab from the mark must go into the card, Tab inside it walks its own
// controls, and leaving it (past the last, or Shift+Tab before the first) goes back to the mark so
// tab order continues from where the reader was. Escape closes, and gives focus back to the mark when
// the focus was ours. Pure, so each rule is tested without a browser.

export interface FocusPlace {
  /** Focus is on the mark whose card is open. */
  onMark: boolean;
  /** Focus is inside the card (its host is the document's active element). */
  inCard: boolean;
  /** Index of the focused control among the card's controls (-1 when none of them). */
  at: number;
  /** How many focusable controls the card has. */
  controls: number;
}

export type KeyAction =
  | { kind: 'none' }
  /** Close; `returnFocus`: focus was on the mark or in the card, so it goes (back) to the mark. */
  | { kind: 'escape'; returnFocus: boolean }
  /** Focus the card's control at `to`. */
  | { kind: 'move'; to: number }
  /** Close and focus the mark; `back` (Shift+Tab) stops there, Tab goes on from it. */
  | { kind: 'leave'; back: boolean };

export function cardKeyAction(key: string, shift: boolean, focus: FocusPlace): KeyAction {
  if (key === 'Escape') return { kind: 'escape', returnFocus: focus.inCard || focus.onMark };
  if (key !== 'Tab') return { kind: 'none' };
  if (!shift && focus.onMark) return focus.controls > 0 ? { kind: 'move', to: 0 } : { kind: 'none' };
  if (!focus.inCard) return { kind: 'none' };
  const next = focus.at + (shift ? -1 : 1);
  if (focus.at >= 0 && next >= 0 && next < focus.controls) return { kind: 'move', to: next };
  return { kind: 'leave', back: shift };
}
