// Follows the document's selection and keeps the part of it that lies in the reader's text, as a
// verbatim span of the source, with where to show the "add a note" button (page coordinates, just
// below the selection's end on the reading side).
import { useEffect, useState } from 'preact/hooks';
import type { Span } from '../../lib/characterize/types';
import { selectedSpan } from './selection';

export interface TextSelection {
  span: Span | null;
  anchor: { top: number; left: number } | null;
}

export function useTextSelection(containerRef: { current: HTMLElement | null }, text: string) {
  const [state, setState] = useState<TextSelection>({ span: null, anchor: null });
  useEffect(() => {
    const update = () => {
      const container = containerRef.current;
      const selection = document.getSelection();
      if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
        setState({ span: null, anchor: null });
        return;
      }
      const range = selection.getRangeAt(0);
      const span = selectedSpan(container, range, text);
      if (!span) {
        setState({ span: null, anchor: null });
        return;
      }
      const rects = range.getClientRects();
      const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
      const rtl = getComputedStyle(container).direction === 'rtl';
      setState({
        span,
        anchor: {
          top: last.bottom + window.scrollY + 4,
          left: (rtl ? last.left : last.right) + window.scrollX,
        },
      });
    };
    document.addEventListener('selectionchange', update);
    // A selection made before this effect ran (the text paints first) would otherwise go unseen.
    update();
    return () => document.removeEventListener('selectionchange', update);
  }, [text]);
  return state;
}
