// How marks look. The page may be light or dark and we cannot afford to compute its colours, so each
// type gets one mid-luminance colour that contrasts at least 3:1 with both white and black (WCAG's
// minimum for non-text graphics) for the underline and focus ring, and the same colour at low alpha
// for the background, which keeps the page's own text readable on light and dark backgrounds alike
// (both checked in mark-styles.test.ts). The underline style differs per type too, so the type is not
// told by colour alone. The sheet is adopted (document.adoptedStyleSheets), not a <style> element, so
// the page's DOM does not change until a mark is painted.
import type { EntityType } from '../../lib/types';
import { MARK_TAG } from './dom-rules';

export const MARK_COLOURS: Record<EntityType, string> = {
  person: '#d9661f',
  organization: '#3d7be0',
  place: '#1f9d55',
  event: '#b84fd0',
};
/** Background opacity of the type colour, out of 255 (≈ 14 %). */
export const MARK_BACKGROUND_ALPHA = 0x24;
const UNDERLINE_STYLE: Record<EntityType, string> = {
  person: 'solid',
  organization: 'double',
  place: 'dashed',
  event: 'wavy',
};

export function markCss(): string {
  const perType = (Object.keys(MARK_COLOURS) as EntityType[]).map(
    (type) =>
      `${MARK_TAG}[data-entity-type="${type}"]{--sanad-c:${MARK_COLOURS[type]};text-decoration-style:${UNDERLINE_STYLE[type]}}`,
  );
  return [
    `${MARK_TAG}{all:unset;display:inline;font:inherit;color:inherit;cursor:help;border-radius:2px;` +
      `background-color:color-mix(in srgb,var(--sanad-c) ${Math.round((MARK_BACKGROUND_ALPHA / 255) * 100)}%,transparent);` +
      `text-decoration-line:underline;text-decoration-color:var(--sanad-c);text-decoration-thickness:2px;` +
      `text-underline-offset:0.18em;text-decoration-skip-ink:none;box-decoration-break:clone;-webkit-box-decoration-break:clone}`,
    ...perType,
    `${MARK_TAG}:focus-visible{outline:2px solid var(--sanad-c);outline-offset:1px}`,
    `@media (forced-colors:active){${MARK_TAG}{background-color:Mark;color:MarkText;forced-color-adjust:none}}`,
    `@media print{${MARK_TAG}{background:none;text-decoration:none}}`,
  ].join('\n');
}

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
