// Two ways the highlighter finds what to read besides the walk in document order: open shadow roots
// (only visible by looking at every element that can host one, which the text walk never does) and the blocks on
// screen at start-up (read first).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Job } from './scheduler';

/** Blocks that usually hold a page's prose: watched for being on screen at start-up. */
const VISIBLE_CANDIDATES = 'p, h1, h2, h3, h4, li, blockquote, figcaption, dd, td';
/** The first ones in document order only: a viewport rarely shows more, and observing costs. */
const MAX_VISIBLE_CANDIDATES = 1500;
/**
 * The elements that can host a shadow root: autonomous custom elements (any name with a dash) and
 * the built-in elements attachShadow accepts. CSS cannot select "a name with a dash", so the selector
 * takes every element except the common ones that cannot host one (an element missing from that list
 * only costs a look). The host list goes first: most elements of a page are div or span, and Blink
 * stops at the first selector of the list that matches. Measured in Chromium on the saved pages: half
 * to two thirds of the elements (reddit 6,619 of 10,204), the query plus the loop 1.5-2× cheaper than
 * querySelectorAll('*') on first touch.
 */
export const SHADOW_HOSTS =
  'div, span, p, section, article, aside, blockquote, body, footer, h1, h2, h3, h4, h5, h6, header, main, nav, ' +
  ':not(a, abbr, address, area, audio, b, bdi, bdo, br, button, canvas, caption, cite, code, col, colgroup, ' +
  'data, datalist, dd, del, details, dfn, dialog, dl, dt, em, embed, fieldset, figcaption, figure, form, hr, i, ' +
  'iframe, img, input, ins, kbd, label, legend, li, link, map, mark, menu, meta, meter, noscript, object, ol, ' +
  'optgroup, option, output, picture, pre, progress, q, rp, rt, ruby, s, samp, script, select, slot, small, ' +
  'source, strong, style, sub, summary, sup, table, tbody, td, template, textarea, tfoot, th, thead, time, ' +
  'title, tr, track, u, ul, var, video, wbr, svg, path, g, use, circle, rect, line, polygon, polyline, ' +
  'ellipse, defs, symbol, stop, mask, image, text, tspan, clippath, lineargradient, radialgradient, pattern, ' +
  'filter, font, center, nobr, big, tt, strike, frame, frameset, noframes, sanad-mark)';
/** Elements checked for an open shadow root between two looks at the clock. */
const ELEMENTS_PER_CLOCK_CHECK = 512;

/** A job that reports every open shadow root under `root` (and on it). */
export function shadowRootsJob(
  root: Element | Document | ShadowRoot,
  onShadowRoot: (shadow: ShadowRoot) => void,
  timings: { shadowScanMs: number } | null,
): Job {
  let elements: NodeListOf<Element> | null = null;
  let index = 0;
  return (outOfTime) => {
    const started = timings ? performance.now() : 0;
    try {
      if (!elements) {
        if (!root.isConnected) return true;
        const own = root.nodeType === 1 ? (root as Element).shadowRoot : null;
        if (own) onShadowRoot(own);
        elements = root.querySelectorAll(SHADOW_HOSTS);
      }
      for (; index < elements.length; index++) {
        if (index % ELEMENTS_PER_CLOCK_CHECK === ELEMENTS_PER_CLOCK_CHECK - 1 && outOfTime()) return false;
        const shadow = (elements[index] as Element).shadowRoot;
        if (shadow) onShadowRoot(shadow);
      }
      return true;
    } finally {
      if (timings) timings.shadowScanMs += performance.now() - started;
    }
  };
}

/**
 * Reports the prose blocks on screen once. Found with an IntersectionObserver, which reports during
 * the browser's own rendering step: hit-testing (elementFromPoint) or getBoundingClientRect would
 * force a layout of the whole page inside our slice (measured: 30-50 ms on a 2.6 MB page).
 */
export function onVisibleBlocks(
  ctx: ContentScriptContext,
  doc: Document,
  onVisible: (block: Element) => void,
): void {
  if (typeof IntersectionObserver !== 'function') return;
  const candidates = doc.body?.querySelectorAll(VISIBLE_CANDIDATES) ?? [];
  const limit = Math.min(candidates.length, MAX_VISIBLE_CANDIDATES);
  if (limit === 0) return;
  const observer = new IntersectionObserver((entries) => {
    observer.disconnect();
    for (const entry of entries) if (entry.isIntersecting) onVisible(entry.target);
  });
  for (let i = 0; i < limit; i++) observer.observe(candidates[i] as Element);
  ctx.onInvalidated(() => observer.disconnect());
}
