// Runs our work in slices that never hold the main thread longer than a budget (8 ms: half a frame
// at 60 Hz), yielding between slices through requestIdleCallback (with a timeout, so a busy page
// cannot starve us) or setTimeout where idle callbacks do not exist.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** True when the slice is over, or will be within `reserveMs` (time a job keeps for a last step). */
export type OutOfTime = (reserveMs?: number) => boolean;

/** One piece of resumable work. Returns true when it has finished. */
export type Job = (outOfTime: OutOfTime) => boolean;

export interface SliceStats {
  slices: number;
  /** Sum of slice durations: the main-thread time our jobs took. */
  totalMs: number;
  longestSliceMs: number;
}

export class SliceScheduler {
  private readonly jobs: Job[] = [];
  private pending = false;
  private generation = 0;
  private ended = false;
  readonly stats: SliceStats = { slices: 0, totalMs: 0, longestSliceMs: 0 };

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly budgetMs = 8,
    /** Called (inside a slice) before the first job of every slice, and after its last one. */
    private readonly hooks: { beforeSlice?: () => void; afterSlice?: (idle: boolean) => void } = {},
  ) {}

  add(job: Job, urgent = false): void {
    if (urgent) this.jobs.unshift(job);
    else this.jobs.push(job);
    this.requestSlice();
  }

  /** Drops every queued job (switch-off, navigation). A slice in progress stops at its next check. */
  clear(): void {
    this.jobs.length = 0;
    this.generation++;
  }

  /** Ends the current slice early: a job has work left that only a later slice can do. */
  endSlice(): void {
    this.ended = true;
  }

  get idle(): boolean {
    return this.jobs.length === 0;
  }

  private requestSlice(): void {
    if (this.pending || this.ctx.isInvalid) return;
    this.pending = true;
    const run = () => {
      this.pending = false;
      this.runSlice();
    };
    if (typeof requestIdleCallback === 'function') this.ctx.requestIdleCallback(run, { timeout: 50 });
    else this.ctx.setTimeout(run, 0);
  }

  private runSlice(): void {
    if (this.jobs.length === 0 || this.ctx.isInvalid) return;
    const started = performance.now();
    const deadline = started + this.budgetMs;
    const generation = this.generation;
    this.ended = false;
    const outOfTime: OutOfTime = (reserveMs = 0) =>
      this.ended || generation !== this.generation || performance.now() >= deadline - reserveMs;
    try {
      this.hooks.beforeSlice?.();
      while (this.jobs.length > 0 && !outOfTime()) {
        const job = this.jobs[0] as Job;
        let finished = true;
        try {
          finished = job(outOfTime);
        } catch (error) {
          // Never throw into the page: a job that fails is dropped, the rest go on.
          console.debug('Sanad: highlighting step failed', error);
        }
        // Jobs may queue urgent jobs in front of themselves: remove by identity, not by position.
        if (finished) {
          const index = this.jobs.indexOf(job);
          if (index >= 0) this.jobs.splice(index, 1);
        }
      }
    } finally {
      this.hooks.afterSlice?.(this.jobs.length === 0);
      const took = performance.now() - started;
      this.stats.slices++;
      this.stats.totalMs += took;
      this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, took);
    }
    if (this.jobs.length > 0) this.requestSlice();
  }
}
