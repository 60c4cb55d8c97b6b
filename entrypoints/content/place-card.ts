// Where the hover card goes: below the mark, or above it when there is no room below, never over
// it, and always inside the viewport. Pure, so it is tested without a browser.

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** Set when neither side has room for the whole card: it scrolls inside this height. */
  maxHeight: number;
  side: 'below' | 'above';
}

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  direction: 'ltr' | 'rtl' = 'ltr',
  gap = 6,
  margin = 8,
): Placement {
  const anchorBottom = anchor.top + anchor.height;
  const roomBelow = viewport.height - anchorBottom - gap - margin;
  const roomAbove = anchor.top - gap - margin;
  const side = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, Math.floor(side === 'below' ? roomBelow : roomAbove));
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? anchorBottom + gap : anchor.top - gap - height;
  // Align with the start edge of the mark in the page's direction, then pull back inside the viewport.
  const preferred = direction === 'rtl' ? anchor.left + anchor.width - card.width : anchor.left;
  const left = Math.min(Math.max(preferred, margin), Math.max(margin, viewport.width - card.width - margin));
  return { top: Math.round(top), left: Math.round(left), maxHeight, side };
}

/** The mark has scrolled out of the viewport, above or below: its card closes. */
export function isOutOfView(anchor: Box, viewportHeight: number): boolean {
  return anchor.top + anchor.height < 0 || anchor.top > viewportHeight;
}
