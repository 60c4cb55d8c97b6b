// The import's write loop, outside the DOM so it can be tested with a fake sender: drafts go to the
// background in chunks under one batch id, progress is reported after each chunk, a cancel stops
// after the chunk in flight, and `run()` again resumes with what is left. A chunk is one transaction
// in the background, so an error reply means none of that chunk was written.
import type { DedupKeys, SourceDraft } from '../../lib/import/types';
import type { BackgroundRequest, ResponseOf } from '../../lib/messages';

export type Sender = <R extends BackgroundRequest>(request: R) => Promise<ResponseOf<R>>;

export const WRITE_CHUNK = 100;
export const LOOKUP_CHUNK = 500;

export type RunPhase = 'idle' | 'running' | 'cancelled' | 'done' | 'error';

export interface RunProgress {
  phase: RunPhase;
  /** Drafts the background has answered for (written, skipped as duplicates or refused). */
  processed: number;
  total: number;
  /** Sources stored. */
  added: number;
  duplicates: number;
  invalid: number;
  error: string | null;
}

export interface RunOptions {
  chunkSize?: number;
  newBatchId?: () => string;
  onProgress?: (progress: RunProgress) => void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class ImportRun {
  private readonly drafts: readonly SourceDraft[];
  private readonly send: Sender;
  private readonly chunkSize: number;
  private readonly newBatchId: () => string;
  private readonly onProgress: (progress: RunProgress) => void;
  private cancelAsked = false;
  private state: RunProgress;

  constructor(drafts: readonly SourceDraft[], send: Sender, options: RunOptions = {}) {
    this.drafts = drafts;
    this.send = send;
    this.chunkSize = options.chunkSize ?? WRITE_CHUNK;
    this.newBatchId = options.newBatchId ?? (() => crypto.randomUUID());
    this.onProgress = options.onProgress ?? (() => {});
    this.state = {
      phase: 'idle',
      processed: 0,
      total: drafts.length,
      added: 0,
      duplicates: 0,
      invalid: 0,
      error: null,
    };
  }

  get progress(): RunProgress {
    return this.state;
  }

  /** Stops after the chunk being written (a chunk is never cut in half). */
  cancel(): void {
    if (this.state.phase === 'running') this.cancelAsked = true;
  }

  /** Writes the drafts not yet processed; call again after a cancel or an error to resume. */
  async run(): Promise<RunProgress> {
    if (this.state.phase === 'running' || this.state.phase === 'done') return this.state;
    this.cancelAsked = false;
    this.update({ phase: 'running', error: null });
    const batch = this.newBatchId();
    let wrote = false;
    try {
      while (this.state.processed < this.state.total) {
        const start = this.state.processed;
        const drafts = this.drafts.slice(start, start + this.chunkSize);
        const result = await this.send({ type: 'source/add', drafts, batch });
        wrote = true;
        this.update({
          processed: start + drafts.length,
          added: this.state.added + result.added.length,
          duplicates: this.state.duplicates + result.duplicates.length,
          invalid: this.state.invalid + result.invalid.length,
        });
        if (this.cancelAsked && this.state.processed < this.state.total) {
          await this.endBatch(batch, wrote);
          this.update({ phase: 'cancelled' });
          return this.state;
        }
      }
    } catch (error) {
      await this.endBatch(batch, wrote);
      this.update({ phase: 'error', error: message(error) });
      return this.state;
    }
    await this.endBatch(batch, wrote);
    this.update({ phase: 'done' });
    return this.state;
  }

  /** The digests of what was written are computed now; a failure here does not undo the writes. */
  private async endBatch(batch: string, wrote: boolean): Promise<void> {
    if (!wrote) return;
    try {
      await this.send({ type: 'source/batch-end', batch });
    } catch {
      // The background keeps the batch's touched entities and finishes them on its next batch-end.
    }
  }

  private update(patch: Partial<RunProgress>): void {
    this.state = { ...this.state, ...patch };
    this.onProgress(this.state);
  }
}

/** The key `existingByKeys` looks answers up by. */
export function keyString(keys: DedupKeys): string {
  return `${keys.canonicalUrl ?? ''}\u0000${keys.textHash}`;
}

export type Existing = { id: string; by: 'url' | 'text' } | null;

/** Asks `source/lookup` for every key, `chunk` keys a message; returns a lookup for planImport. */
export async function lookupExisting(
  keys: readonly DedupKeys[],
  send: Sender,
  chunk = LOOKUP_CHUNK,
): Promise<(keys: DedupKeys) => Existing> {
  const unique = new Map<string, DedupKeys>();
  for (const k of keys) unique.set(keyString(k), k);
  const list = [...unique.values()];
  const found = new Map<string, Existing>();
  for (let i = 0; i < list.length; i += chunk) {
    const part = list.slice(i, i + chunk);
    const { existing } = await send({ type: 'source/lookup', keys: part });
    part.forEach((k, j) => found.set(keyString(k), existing[j] ?? null));
  }
  return (k) => found.get(keyString(k)) ?? null;
}
