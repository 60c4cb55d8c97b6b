// The sheet of our marks on pages; the colours and rules are shared with the reader
// (components/mark-palette.ts). The sheet is adopted (document.adoptedStyleSheets), not a <style>
// element, so the page's DOM does not change until a mark is painted.
import { markRules } from '../../components/mark-palette';
import { MARK_TAG } from './dom-rules';

export { MARK_BACKGROUND_ALPHA, MARK_COLOURS } from '../../components/mark-palette';

export function markCss(): string {
  return markRules(MARK_TAG);
}

/** Marks the fallback <style> element as ours. */
export const OUR_STYLE_ATTRIBUTE = 'data-sanad-style';

let sheet: CSSStyleSheet | null = null;
const fallbackStyles = new WeakMap<Document | ShadowRoot, HTMLStyleElement>();

/** Adds our sheet to a document or shadow root (styles do not cross shadow boundaries). */
export function installMarkStyles(root: Document | ShadowRoot): void {
  try {
    sheet ??= new CSSStyleSheet();
    if (sheet.cssRules.length === 0) sheet.replaceSync(markCss());
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Constructable sheets unavailable (old engines, some cross-world wrappers): use a <style>.
    if (fallbackStyles.has(root)) return;
    const style = document.createElement('style');
    style.textContent = markCss();
    style.setAttribute(OUR_STYLE_ATTRIBUTE, ''); // a page snapshot leaves it out (snapshot.ts)
    (root instanceof Document ? (root.head ?? root.documentElement) : root).append(style);
    fallbackStyles.set(root, style);
  }
}

export function removeMarkStyles(root: Document | ShadowRoot): void {
  if (sheet && root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  }
  fallbackStyles.get(root)?.remove();
  fallbackStyles.delete(root);
}
