// Timings for `npm run bench` and the browser tests, in the probe build only (`wxt build --mode
// probe`; the user's build has none of this) and only on pages that carry
// <meta name="sanad-bench"> (the bench's own copies of real pages, test pages), written as
// JSON into that meta element's `data-sanad-result` attribute, which the bench reads from the page.
// Once the first scan is over the result keeps being refreshed, so a test can read the slices a page
// caused later (DOM changes) as well.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Highlighter, PhaseTimings } from './highlighter';

const BENCH_META = 'meta[name="sanad-bench"]';
const REFRESH_MS = 100;

export interface BenchResult {
  /** From the first slice to the last mark painted (0 when nothing was marked). */
  timeToHighlightMs: number;
  /** From the first slice until the initial scan finished. */
  scanMs: number;
  /** Main-thread time of our slices (the scan itself, and later re-reads once refreshed). */
  sliceTotalMs: number;
  longestSliceMs: number;
  slices: number;
  /** Requests to the background's matcher, their characters, and the time from sending to the answer. */
  matchRequests: number;
  matchChars: number;
  matchWaitMs: number;
  /** Marks painted by the first scan. */
  marks: number;
  /** Where the slice time went: walking, matching, visibility checks, painting, finding shadow roots. */
  phases: PhaseTimings | null;
  /** performance.now() of the scan's start and end: the page shares the time origin, so the bench can
   * line up the long tasks it observed with our scan. */
  startedAt: number;
  doneAt: number;
}

export function isBenchPage(): boolean {
  return document.querySelector(BENCH_META) !== null;
}

export function watchBench(ctx: ContentScriptContext, highlighter: Highlighter): void {
  const meta = document.querySelector(BENCH_META);
  if (!meta) return;
  let first: Pick<BenchResult, 'timeToHighlightMs' | 'scanMs' | 'marks' | 'phases'> | null = null;
  let written = '';
  ctx.setInterval(() => {
    const timings = highlighter.timings;
    if (!timings || timings.initialScanDoneAt === null) return;
    // The scan's own figures are frozen when it ends; slice statistics go on counting.
    first ??= {
      timeToHighlightMs: timings.lastMarkAt === null ? 0 : timings.lastMarkAt - timings.startedAt,
      scanMs: timings.initialScanDoneAt - timings.startedAt,
      marks: timings.marks,
      phases: highlighter.phases ? { ...highlighter.phases } : null,
    };
    const stats = highlighter.sliceStats;
    const result: BenchResult = {
      ...first,
      sliceTotalMs: stats.totalMs,
      longestSliceMs: stats.longestSliceMs,
      slices: stats.slices,
      matchRequests: highlighter.matchStats.requests,
      matchChars: highlighter.matchStats.chars,
      matchWaitMs: highlighter.matchStats.waitMs,
      startedAt: timings.startedAt,
      doneAt: timings.initialScanDoneAt,
    };
    const json = JSON.stringify(result);
    if (json !== written) meta.setAttribute('data-sanad-result', (written = json));
  }, REFRESH_MS);
}
