// Timings for `npm run bench`, off the normal path: only pages that carry <meta name="sanad-bench">
// (the bench's own copies of real pages) get them, written as JSON into that meta element's
// `data-sanad-result` attribute, which the bench reads from the page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Highlighter } from './highlighter';

export interface BenchResult {
  /** From the first slice to the last mark painted (0 when nothing was marked). */
  timeToHighlightMs: number;
  /** From the first slice until the initial scan finished. */
  scanMs: number;
  /** Main-thread time of our slices (the scan itself). */
  sliceTotalMs: number;
  longestSliceMs: number;
  slices: number;
  /** Building the matcher from the compiled gazetteer (once per page). */
  createMatcherMs: number;
  marks: number;
  /** performance.now() of the scan's start and end: the page shares the time origin, so the bench can
   * line up the long tasks it observed with our scan. */
  startedAt: number;
  doneAt: number;
}

export function watchBench(
  ctx: ContentScriptContext,
  highlighter: Highlighter,
  createMatcherMs: number,
): void {
  const meta = document.querySelector('meta[name="sanad-bench"]');
  if (!meta) return;
  const timer = ctx.setInterval(() => {
    const timings = highlighter.timings;
    if (!timings || timings.initialScanDoneAt === null) return;
    clearInterval(timer);
    const stats = highlighter.sliceStats;
    const result: BenchResult = {
      timeToHighlightMs: timings.lastMarkAt === null ? 0 : timings.lastMarkAt - timings.startedAt,
      scanMs: timings.initialScanDoneAt - timings.startedAt,
      sliceTotalMs: stats.totalMs,
      longestSliceMs: stats.longestSliceMs,
      slices: stats.slices,
      createMatcherMs,
      marks: timings.marks,
      startedAt: timings.startedAt,
      doneAt: timings.initialScanDoneAt,
    };
    meta.setAttribute('data-sanad-result', JSON.stringify(result));
  }, 20);
}
