// Matches wait here between being read and being painted, so that visibility is checked for all of
// them at once and painting stops with the slice's clock.
import type { Match } from '../../lib/matcher/types';
import type { ChangeTracker } from './changes';
import type { TextRun } from './runs';
import type { OutOfTime } from './scheduler';

type VisibilityCheckable = Element & {
  checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean;
};

interface PendingPaint {
  run: TextRun;
  matches: Match[];
  /** Checked displayed (true), or not yet checked (null). */
  visible: boolean | null;
}

export interface PaintTimings {
  visibilityMs: number;
  paintMs: number;
}

const now = () => performance.now();
/** Visibility checks between two looks at the clock (each is a few microseconds on clean styles). */
const VISIBILITY_CHECKS_PER_CLOCK_LOOK = 64;

export class PaintQueue {
  private paints: PendingPaint[] = [];
  /** We wrote to the DOM in this slice: styles are dirty, a visibility check would recalculate them. */
  private paintedThisSlice = false;

  constructor(
    private readonly changes: ChangeTracker,
    /** Paints one run (wraps its matches in marks). */
    private readonly paintRun: (run: TextRun, matches: readonly Match[]) => void,
    private readonly timings: PaintTimings | null,
  ) {}

  get waiting(): number {
    return this.paints.length;
  }

  /** Whether a paint in this slice would have to wait for the next one (see drain). */
  get mustWaitForNextSlice(): boolean {
    return this.paintedThisSlice;
  }

  startSlice(): void {
    this.paintedThisSlice = false;
  }

  clear(): void {
    this.paints = [];
  }

  push(run: TextRun, matches: Match[]): void {
    this.paints.push({ run, matches, visible: null });
  }

  /**
   * Paints what is waiting, checking the clock after every paint; returns true when nothing is left.
   * checkVisibility needs clean styles and every paint dirties them: checking run by run would force
   * a style recalculation per run (measured: up to 8 ms each on an article page). So visibility is
   * checked for all waiting runs at once, only before this slice's first paint (the browser has just
   * rendered, styles are clean); runs read after that are painted in the next slice.
   */
  drain(outOfTime: OutOfTime): boolean {
    if (this.paints.length === 0) return true;
    const timings = this.timings;
    let started = timings ? now() : 0;
    let checked = 0;
    for (const paint of this.paints) {
      if (paint.visible !== null || this.paintedThisSlice) continue;
      // An answer of the background can bring thousands of runs at once: check what the slice allows.
      if (++checked % VISIBILITY_CHECKS_PER_CLOCK_LOOK === 0 && outOfTime()) break;
      const owner = paint.run.nodes[0]?.parentElement as VisibilityCheckable | null | undefined;
      // Hidden text (closed menus, display:none) is not what the reader sees: read it when shown.
      paint.visible = !owner?.checkVisibility || owner.checkVisibility({ visibilityProperty: true });
      if (!paint.visible) this.changes.noteHidden(paint.run.unit, false);
    }
    if (timings) {
      timings.visibilityMs += now() - started;
      started = now();
    }
    let done = 0;
    for (; done < this.paints.length && !outOfTime(); done++) {
      const paint = this.paints[done] as PendingPaint;
      if (paint.visible === null) break; // read after this slice's first paint: checked next slice
      if (paint.visible && unchanged(paint.run)) {
        this.paintedThisSlice = true;
        this.paintRun(paint.run, paint.matches);
      }
    }
    this.paints = this.paints.slice(done);
    if (timings) timings.paintMs += now() - started;
    return this.paints.length === 0;
  }
}

/** The run's nodes still hold the text we matched (a paint can wait a slice; the page may edit meanwhile). */
function unchanged(run: TextRun): boolean {
  let text = '';
  for (const node of run.nodes) {
    if (!node.isConnected) return false;
    text += node.data;
  }
  return text === run.text;
}
