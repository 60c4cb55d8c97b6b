// Which parts of a page we read and which we never touch. Decided by tag name and attributes only:
// computed style per element would cost a style recalculation on pages with 100k elements.

import { BLOCK_TAGS } from '../../lib/html-blocks';

/** Our mark element. A custom element name, so page CSS written for `mark`/`span` rarely reaches it. */
export const MARK_TAG = 'sanad-mark';
/** Host of our own UI (the hover card's shadow root). */
export const UI_HOST_TAG = 'sanad-ui';

/** Subtrees we never read or mark: form fields, code, non-text content, other documents, our own UI. */
const SKIP_TAGS = new Set([
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'BUTTON',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'DATALIST',
  UI_HOST_TAG.toUpperCase(),
]);

/** Tag names are upper case in HTML documents but not in XHTML or SVG-in-HTML foreign content. */
function upperTag(element: Element): string {
  const tag = element.tagName;
  return tag.charCodeAt(0) >= 97 ? tag.toUpperCase() : tag;
}

export function isEditableRoot(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** A subtree to leave alone entirely. */
export function isSkipped(element: Element): boolean {
  return (
    SKIP_TAGS.has(upperTag(element)) ||
    isEditableRoot(element) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true'
  );
}

/** Hidden by the page through an attribute: a subtree it may show later (then we read it). */
export function isHiddenByPage(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(upperTag(element));
}

export function isMark(node: Node): node is HTMLElement {
  return node.nodeType === 1 && (node as Element).localName === MARK_TAG;
}

/** True when `node` sits inside something we must not touch (checked for subtrees that changed later). */
export function isInsideSkipped(node: Node): boolean {
  for (let n: Node | null = node; n;) {
    if (n.nodeType === 1 && isSkipped(n as Element)) return true;
    // Leave a shadow root through its host: the rules of the host's tree apply inside it too.
    n = n.parentNode ?? (n.nodeType === 11 ? ((n as ShadowRoot).host ?? null) : null);
  }
  return false;
}

/** Nearest ancestor (or self) that ends runs: the unit we re-read when something inside it changes. */
export function blockAncestor(node: Node): Element | ShadowRoot | null {
  for (let n: Node | null = node.nodeType === 1 ? node : node.parentNode; n; n = n.parentNode) {
    if (n.nodeType === 1 && isBlock(n as Element)) return n as Element;
    if (n.nodeType === 11) return n as ShadowRoot;
  }
  return null;
}
