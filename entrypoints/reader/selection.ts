// A selection in the reader mapped back to offsets in the source text. The text container holds the
// source text and nothing else (marks and the passage only wrap it), so the offset of a DOM position
// is the length of the text nodes before it.
import type { Span } from '../../lib/characterize/types';

export interface DomPosition {
  node: Node;
  offset: number;
}

const TEXT_NODE = 3;

/** Offset in the container's text of a DOM position (as a Range boundary gives it), or null if outside. */
export function textOffset(container: Node, position: DomPosition): number | null {
  if (position.node !== container && !container.contains(position.node)) return null;
  let total = 0;
  let found: number | null = null;
  // The boundary is (node, offset): in a text node, characters; in an element, child nodes.
  const visit = (node: Node): boolean => {
    if (node === position.node) {
      if (node.nodeType === TEXT_NODE) {
        found = total + Math.min(position.offset, (node as Text).data.length);
        return true;
      }
      const children = Array.from(node.childNodes);
      for (const child of children.slice(0, position.offset)) total += (child.textContent ?? '').length;
      found = total;
      return true;
    }
    if (node.nodeType === TEXT_NODE) {
      total += (node as Text).data.length;
      return false;
    }
    for (const child of Array.from(node.childNodes)) if (visit(child)) return true;
    return false;
  };
  visit(container);
  return found;
}

export interface BoundaryPair {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/**
 * The selected passage as a verbatim span of `text`, with the white space at its edges left out (a
 * double-click or a drag often takes the space or line break after a word). A selection reaching
 * outside the container is cut to it. Null when nothing but white space is selected.
 */
export function selectedSpan(container: Node, range: BoundaryPair, text: string): Span | null {
  const before = (a: Node, b: Node) =>
    // DOCUMENT_POSITION_FOLLOWING: b comes after a.
    a !== b && (a.compareDocumentPosition(b) & 4) !== 0;
  const inside = (node: Node) => node === container || container.contains(node);
  let start = inside(range.startContainer)
    ? textOffset(container, { node: range.startContainer, offset: range.startOffset })
    : before(range.startContainer, container)
      ? 0
      : null;
  let end = inside(range.endContainer)
    ? textOffset(container, { node: range.endContainer, offset: range.endOffset })
    : before(container, range.endContainer)
      ? text.length
      : null;
  if (start === null || end === null) return null;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  if (end <= start) return null;
  return { text: text.slice(start, end), start, end };
}
