// The page's side of matching in the background (page/match): runs read by the walk wait here and go
// out in batches, one request in flight at a time, so the seen set (the page's unambiguous entities,
// context for the ambiguous ones) travels in document order from one batch to the next. A frame never
// holds the gazetteer or the engine: what it pays is the walk, one message per batch and the paint.
import type { Match } from '../../lib/matcher/types';
import type { EntityLabel, PageMatchResult } from '../../lib/messages';
import type { TextRun } from './runs';

/**
 * Characters per request. Handing a batch to runtime.sendMessage (which serializes it) is the page's
 * main-thread cost, and a batch waits for the one in flight: big enough that a long page goes out in
 * a few requests, small enough that no single message is a long task (measured on a page of 20,000
 * paragraphs: 200,000 characters took up to 30 ms to send on this loaded 2-core machine).
 */
export const MAX_BATCH_CHARS = 50_000;

export type SendMatch = (texts: string[], seen: string[]) => Promise<PageMatchResult>;

export interface RemoteMatchEvents {
  /** A run and its matches (never empty), for painting. */
  matched(run: TextRun, matches: Match[]): void;
  /** Units holding runs that more context could now decide: to be read again. */
  recheck(units: Node[]): void;
  /** Nothing waits and nothing is in flight. */
  settled(): void;
  /** The background failed twice on a batch (the first failure is retried once): it is dropped. */
  failed(error: unknown): void;
  /** An answer came from another gazetteer than the earlier ones: the page is to be read again. */
  gazetteerChanged(): void;
}

/** Before a failed batch is sent again (a service worker restarting needs a moment). */
const RETRY_AFTER_MS = 500;

export class RemoteMatching {
  private pending: TextRun[] = [];
  private inFlight = false;
  private generation = 0;
  private seen: string[] = [];
  /** Units of runs the background called undecided, re-read when the seen set grows. */
  private undecided = new Set<Node>();
  /** Runs whose batch failed once: sent again, and dropped if they fail a second time. */
  private readonly retried = new WeakSet<TextRun>();
  readonly labels = new Map<string, EntityLabel>();
  /** The gazetteer version of the last answer (null before the first). */
  version: string | null = null;
  /** Requests sent, and the time from sending to the answer (for the bench probe). */
  readonly stats = { requests: 0, waitMs: 0, chars: 0 };

  constructor(
    private readonly send: SendMatch,
    private readonly events: RemoteMatchEvents,
  ) {}

  get idle(): boolean {
    return !this.inFlight && this.pending.length === 0;
  }

  enqueue(runs: readonly TextRun[]): void {
    for (const run of runs) this.pending.push(run);
  }

  /** Sends what waits, unless a request is in flight (its answer sends the rest). */
  flush(): void {
    if (this.inFlight || this.pending.length === 0) return;
    let chars = 0;
    let count = 0;
    while (count < this.pending.length && (count === 0 || chars < MAX_BATCH_CHARS)) {
      chars += (this.pending[count] as TextRun).text.length;
      count++;
    }
    const batch = this.pending.splice(0, count);
    const generation = this.generation;
    this.inFlight = true;
    this.stats.requests++;
    this.stats.chars += chars;
    const sent = performance.now();
    this.send(
      batch.map((run) => run.text),
      this.seen,
    ).then(
      (result) => {
        if (generation !== this.generation) return;
        this.stats.waitMs += performance.now() - sent;
        this.inFlight = false;
        this.receive(batch, result);
        this.next();
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.inFlight = false;
        const again = batch.filter((run) => !this.retried.has(run));
        if (again.length === 0) {
          this.events.failed(error);
          this.next();
          return;
        }
        for (const run of again) this.retried.add(run);
        this.pending.unshift(...again);
        setTimeout(() => {
          if (generation === this.generation) this.flush();
        }, RETRY_AFTER_MS);
      },
    );
  }

  /** Forgets everything: a restart reads the page from scratch; answers still on their way are dropped. */
  reset(): void {
    this.generation++;
    this.pending = [];
    this.inFlight = false;
    this.seen = [];
    this.undecided.clear();
  }

  private next(): void {
    if (this.pending.length > 0) this.flush();
    else this.events.settled();
  }

  private receive(batch: readonly TextRun[], result: PageMatchResult): void {
    // Runs matched before this answer used another gazetteer (it changed under the page, and the
    // broadcast may arrive after this answer, which would make it look current).
    if (this.version !== null && result.version !== this.version) this.events.gazetteerChanged();
    this.version = result.version;
    for (const label of result.labels) this.labels.set(label.id, label);
    const grew = result.seen.length > this.seen.length;
    this.seen = result.seen;
    // Runs left undecided before this answer may be decided by what it added to the seen set.
    if (grew && this.undecided.size > 0) {
      const units = [...this.undecided];
      this.undecided.clear();
      this.events.recheck(units.filter((unit) => unit.isConnected));
    }
    for (const index of result.undecided) {
      const run = batch[index];
      if (run) this.undecided.add(run.unit);
    }
    batch.forEach((run, i) => {
      const matches = result.matches[i];
      if (matches && matches.length > 0) this.events.matched(run, matches);
    });
  }
}
