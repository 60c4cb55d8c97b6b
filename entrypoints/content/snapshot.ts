// The page as the popup's capture stores it: the live DOM serialized (what the reader sees, after the
// page's scripts ran), minus everything of ours, so the stored text never depends on our highlighting.
// Extraction (Readability, metadata) runs in the popup, never here: this script runs on every page.
import type { PageSnapshot } from '../../lib/capture/types';
import { MARK_TAG, UI_HOST_TAG } from './dom-rules';
import { OUR_STYLE_ATTRIBUTE } from './mark-styles';

function doctypeOf(doc: Document): string {
  const type = doc.doctype;
  if (!type) return '';
  const publicId = type.publicId ? ` PUBLIC "${type.publicId}"` : '';
  const systemId = type.systemId ? `${type.publicId ? '' : ' SYSTEM'} "${type.systemId}"` : '';
  return `<!DOCTYPE ${type.name}${publicId}${systemId}>`;
}

/** Unwraps our marks and drops our UI host in `root` (a detached copy: the page keeps its marks). */
export function removeOurs(root: Element): void {
  for (const ours of root.querySelectorAll(`${UI_HOST_TAG}, style[${OUR_STYLE_ATTRIBUTE}]`)) ours.remove();
  for (const mark of root.querySelectorAll(`${MARK_TAG}[data-entity-id]`)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
}

export function snapshotOf(doc: Document, href: string): PageSnapshot {
  const copy = doc.documentElement.cloneNode(true) as Element;
  removeOurs(copy);
  return {
    html: doctypeOf(doc) + copy.outerHTML,
    url: href,
    lang: doc.documentElement.getAttribute('lang') ?? '',
    title: doc.title,
  };
}
