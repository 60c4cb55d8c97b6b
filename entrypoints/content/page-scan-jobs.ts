// Two ways the highlighter finds what to read besides the walk in document order: open shadow roots
// (only visible by looking at every element, which the text walk never does) and the blocks on
// screen at start-up (read first).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Job } from './scheduler';

/** Blocks that usually hold a page's prose: watched for being on screen at start-up. */
const VISIBLE_CANDIDATES = 'p, h1, h2, h3, h4, li, blockquote, figcaption, dd, td';
/** The first ones in document order only: a viewport rarely shows more, and observing costs. */
const MAX_VISIBLE_CANDIDATES = 1500;
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
        elements = root.querySelectorAll('*');
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
