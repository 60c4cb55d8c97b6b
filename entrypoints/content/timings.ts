// What the highlighter measures about itself: when marks appeared, and (for `npm run bench`) where
// its slice time goes.

export interface ScanTimings {
  startedAt: number;
  lastMarkAt: number | null;
  initialScanDoneAt: number | null;
  marks: number;
}

/** Where our slice time goes (filled only when measuring: `npm run bench`). */
export interface PhaseTimings {
  walkMs: number;
  /** Handing batches to runtime.sendMessage (it serializes them on our thread); matching is the background's. */
  sendMs: number;
  visibilityMs: number;
  paintMs: number;
  shadowScanMs: number;
  runs: number;
}
