// How marks look, shared by the content script (marks on pages) and the reader (marks in a stored
// source), so an entity looks the same wherever it is marked. The page may be light or dark and we
// cannot afford to compute its colours, so each type gets one mid-luminance colour that contrasts at
// least 3:1 with both white and black (WCAG's minimum for non-text graphics) for the underline and
// focus ring, and the same colour at low alpha for the background, which keeps the page's own text
// readable on light and dark backgrounds alike (checked in entrypoints/content/mark-styles.test.ts).
// The underline style differs per type too, so the type is not told by colour alone.
import type { EntityType } from '../lib/types';

export const MARK_COLOURS: Record<EntityType, string> = {
  person: '#d9661f',
  organization: '#3d7be0',
  place: '#1f9d55',
  event: '#b84fd0',
};
/** Background opacity of the type colour, out of 255 (≈ 14 %). */
export const MARK_BACKGROUND_ALPHA = 0x24;
export const UNDERLINE_STYLE: Record<EntityType, string> = {
  person: 'solid',
  organization: 'double',
  place: 'dashed',
  event: 'wavy',
};

/** The mark rules for elements named `tag` carrying `data-entity-type`. */
export function markRules(tag: string): string {
  const perType = (Object.keys(MARK_COLOURS) as EntityType[]).map(
    (type) =>
      `${tag}[data-entity-type="${type}"]{--sanad-c:${MARK_COLOURS[type]};text-decoration-style:${UNDERLINE_STYLE[type]}}`,
  );
  return [
    `${tag}{all:unset;display:inline;font:inherit;color:inherit;cursor:help;border-radius:2px;` +
      `background-color:color-mix(in srgb,var(--sanad-c) ${Math.round((MARK_BACKGROUND_ALPHA / 255) * 100)}%,transparent);` +
      `text-decoration-line:underline;text-decoration-color:var(--sanad-c);text-decoration-thickness:2px;` +
      `text-underline-offset:0.18em;text-decoration-skip-ink:none;box-decoration-break:clone;-webkit-box-decoration-break:clone}`,
    ...perType,
    `${tag}:focus-visible{outline:2px solid var(--sanad-c);outline-offset:1px}`,
    `@media (forced-colors:active){${tag}{background-color:Mark;color:MarkText;forced-color-adjust:none}}`,
    `@media print{${tag}{background:none;text-decoration:none}}`,
  ].join('\n');
}
