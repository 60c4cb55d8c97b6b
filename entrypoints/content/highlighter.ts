// The highlighter of one document: reads its runs in time slices (what is on screen first), has the
// background match them (remote-match.ts), paints the matches, follows DOM changes (changes.ts), finds
// open shadow roots, and takes everything away again on switch-off. All DOM writes happen inside
// slices while the observer is paused, so it only ever reports the page's own changes, never our marks.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Match } from '../../lib/matcher/types';
import type { EntityLabel, PageEntityCount } from '../../lib/messages';
import type { Mute } from '../../lib/types';
import { ChangeTracker } from './changes';
import { blockAncestor, isInsideSkipped } from './dom-rules';
import { installMarkStyles, removeMarkStyles } from './mark-styles';
import { mutesKey } from '../../lib/mutes-key';
import { MarkRegistry } from './paint';
import { PaintQueue } from './paint-queue';
import { onVisibleBlocks, shadowRootsJob } from './page-scan-jobs';
import { RemoteMatching, type SendMatch } from './remote-match';
import { RunWalker, type TextRun } from './runs';
import type { PhaseTimings, ScanTimings } from './timings';
import { SliceScheduler, type Job } from './scheduler';

export type { PhaseTimings, ScanTimings };

/** Slice time kept for painting once matches are waiting (a mark costs ~0.1-0.2 ms). */
const PAINT_RESERVE_MS = 3;

type Root = Document | ShadowRoot;
interface WalkHow {
  descend: boolean;
  skipProcessed: boolean;
  unpaintFirst: boolean;
}

const now = () => performance.now();

export class Highlighter {
  private readonly registry = new MarkRegistry();
  private readonly roots = new Set<Root>();
  private readonly styled = new Set<Root>();
  private readonly changes: ChangeTracker;
  private readonly scheduler: SliceScheduler;
  /** Matches read but not painted yet: painted together, after one visibility check for all. */
  private readonly paints: PaintQueue;
  private processed = new WeakSet<Text>();
  private readonly remote: RemoteMatching;
  private paintScheduled = false;
  private active = false;
  private countsDirty = false;
  private mutesSeen = mutesKey(undefined);
  timings: ScanTimings | null = null;
  readonly phases: PhaseTimings | null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    send: SendMatch,
    /** Called after a slice that may have changed the page's entity counts. */
    private readonly onCountsMaybeChanged: () => void,
    options: { measure?: boolean } = {},
  ) {
    this.phases = options.measure
      ? { walkMs: 0, sendMs: 0, visibilityMs: 0, paintMs: 0, shadowScanMs: 0, runs: 0 }
      : null;
    const phases = this.phases;
    this.remote = new RemoteMatching(
      phases
        ? (texts, seen) => {
            const started = now();
            const answer = send(texts, seen); // serializing the texts happens here, on our thread
            phases.sendMs += now() - started;
            return answer;
          }
        : send,
      {
        matched: (run, matches) => this.onMatched(run, matches),
        recheck: (units) => {
          const how = { descend: false, skipProcessed: false, unpaintFirst: true };
          for (const unit of units) this.scheduler.add(this.walkJob(unit, how));
        },
        settled: () => this.noteIfScanDone(),
        failed: (error) => console.debug('Sanad: matching failed', error),
        gazetteerChanged: () => this.ctx.setTimeout(() => this.restart(), 0),
      },
    );
    this.changes = new ChangeTracker(this.registry, () => this.scheduler.add(this.changesJob, true));
    this.paints = new PaintQueue(this.changes, (run, matches) => this.paint(run, matches), this.phases);
    this.scheduler = new SliceScheduler(ctx, 8, {
      beforeSlice: () => {
        this.changes.pause();
        this.paints.startSlice();
      },
      afterSlice: () => {
        if (this.active) {
          this.changes.observe(this.roots);
          this.remote.flush(); // what this slice read goes out now, unless a batch is in flight
        }
        this.noteIfScanDone();
        if (this.countsDirty) {
          this.countsDirty = false;
          this.onCountsMaybeChanged();
        }
      },
    });
    ctx.onInvalidated(() => this.stop());
  }

  get enabled(): boolean {
    return this.active;
  }

  get sliceStats() {
    return this.scheduler.stats;
  }

  /** Requests to the background and the time their answers took (for the bench probe). */
  get matchStats() {
    return this.remote.stats;
  }

  /** The gazetteer version the page was matched with (null before the first answer). */
  get gazetteerVersion(): string | null {
    return this.remote.version;
  }

  start(): void {
    if (this.active || this.ctx.isInvalid || this.doc.designMode === 'on') return;
    const body = this.doc.body ?? this.doc.documentElement;
    if (!body) return;
    this.active = true;
    this.timings = { startedAt: now(), lastMarkAt: null, initialScanDoneAt: null, marks: 0 };
    this.roots.add(this.doc);
    this.scheduler.add(this.walkJob(body, { descend: true, skipProcessed: true, unpaintFirst: false }));
    // After the text: hosts are found by looking at every element, which the text walk never does.
    this.scheduler.add(this.shadowJob(body));
    // Blocks on screen are read before the rest; meanwhile the walk in document order goes on, and
    // blocks it has read by then are skipped.
    onVisibleBlocks(this.ctx, this.doc, (block) => {
      if (!this.active) return;
      const how = { descend: false, skipProcessed: true, unpaintFirst: false };
      this.scheduler.add(this.walkJob(block, how), true);
    });
  }

  /** Removes every mark and listener of ours from the page; the DOM is as it was before start(). */
  stop(): void {
    if (!this.active) return;
    this.active = false;
    this.scheduler.clear();
    this.changes.clear();
    this.paints.clear();
    for (const root of this.roots) this.registry.unpaint(this.registry.marksUnder(root));
    for (const root of this.styled) removeMarkStyles(root);
    this.roots.clear();
    this.styled.clear();
    this.processed = new WeakSet();
    this.remote.reset();
    this.paintScheduled = false;
    this.countsDirty = false;
    if (!this.ctx.isInvalid) this.onCountsMaybeChanged();
  }

  /** Reads the page again from scratch: after SPA navigation or a new gazetteer. */
  restart(): void {
    if (!this.active) return;
    this.stop();
    this.start();
  }

  /** The mutes of this site (applied by the background): the page is repainted only when they changed. */
  setMutes(mutes: readonly Mute[] | undefined): void {
    const key = mutesKey(mutes);
    if (key === this.mutesSeen) return;
    this.mutesSeen = key;
    this.restart();
  }

  labelOf(entityId: string): EntityLabel | undefined {
    return this.remote.labels.get(entityId);
  }

  /** What a mark of ours stands for (the hover card explains it). */
  describeMark(element: Element) {
    return this.registry.describe(element);
  }

  counts(): PageEntityCount[] {
    const counts: PageEntityCount[] = [];
    for (const [entityId, count] of this.registry.counts()) {
      const label = this.remote.labels.get(entityId);
      if (label) counts.push({ entityId, type: label.type, count });
    }
    // Ids are ASCII: a code-unit comparison (localeCompare's first call builds a collator: ~7 ms here).
    return counts.sort(
      (a, b) => b.count - a.count || (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0),
    );
  }

  /**
   * The sheet goes in only when a root gets its first mark: adopting it invalidates the page's style,
   * and the on-screen sampling at start-up must find the page's layout still clean (measured: on a
   * 2.6 MB page the forced recalculation made our first slice 40-50 ms instead of 8).
   */
  private ensureStyles(node: Node): void {
    const root = node.getRootNode() as Root;
    if (this.styled.has(root) || !this.roots.has(root)) return;
    this.styled.add(root);
    installMarkStyles(root);
  }

  private onShadowRoot(shadow: ShadowRoot): void {
    if (this.roots.has(shadow) || !this.active || isInsideSkipped(shadow.host)) return;
    this.roots.add(shadow);
    this.scheduler.add(this.walkJob(shadow, { descend: true, skipProcessed: true, unpaintFirst: false }));
    this.scheduler.add(this.shadowJob(shadow));
  }

  private newWalker(root: Node, descend: boolean): RunWalker {
    return new RunWalker(root, {
      descendIntoBlocks: descend,
      onHiddenSubtree: (element) => this.changes.noteHidden(element, true),
    });
  }

  private walkJob(root: Node, how: WalkHow): Job {
    let walker: RunWalker | null = null;
    let skipProcessed = how.skipProcessed;
    return (outOfTime) => {
      this.paints.drain(outOfTime);
      if (outOfTime()) return false;
      if (!walker) {
        if (!root.isConnected || isInsideSkipped(root)) return true;
        if (how.unpaintFirst) this.unpaintUnder(root, how.descend);
        walker = this.newWalker(root, how.descend);
      }
      // Once matches wait to be painted, stop walking early enough to paint them in this slice (unless
      // they must wait for the next one anyway).
      const walkOutOfTime = () =>
        outOfTime(this.paints.waiting > 0 && !this.paints.mustWaitForNextSlice ? PAINT_RESERVE_MS : 0);
      const batch: TextRun[] = [];
      const phases = this.phases;
      let finished = false;
      while (!walkOutOfTime()) {
        const position = walker.position;
        if (position && !position.isConnected) {
          // The page removed the node we were at: start over; runs already read are skipped.
          if (!root.isConnected) return true;
          walker = this.newWalker(root, how.descend);
          skipProcessed = true;
        }
        const started = phases ? now() : 0;
        const run = walker.nextRun(walkOutOfTime);
        if (phases) phases.walkMs += now() - started;
        if (run) {
          if (this.takeRun(run, skipProcessed)) batch.push(run);
        } else if (walker.done) {
          finished = true;
          break;
        }
      }
      this.remote.enqueue(batch);
      if (phases) phases.runs += batch.length;
      const drained = this.paints.drain(outOfTime);
      if (finished && !drained) this.scheduler.endSlice(); // what is left can only be painted later
      return finished && drained;
    };
  }

  /** Looks for open shadow roots under `root` (and on it): each is read as a root of its own. */
  private shadowJob(root: Element | Root): Job {
    return shadowRootsJob(root, (shadow) => this.onShadowRoot(shadow), this.phases);
  }

  private unpaintUnder(root: Node, descend: boolean): void {
    const marks = this.registry.marksUnder(root as ParentNode);
    this.registry.unpaint(descend ? marks : marks.filter((mark) => blockAncestor(mark) === root));
    this.countsDirty = true;
  }

  /** Whether `run` is to be matched (not read before); marks its nodes read. */
  private takeRun(run: TextRun, skipProcessed: boolean): boolean {
    // A run read before (by the walk in document order and by the on-screen pass, say) may now start
    // with a mark of ours or the remainder of a node we split: any node seen or made by us means read.
    if (skipProcessed) {
      for (const node of run.nodes) if (this.processed.has(node) || this.registry.isOurs(node)) return false;
    }
    for (const node of run.nodes) this.processed.add(node);
    return true;
  }

  /** An answer of the background (mutes already applied): the run waits to be painted. */
  private onMatched(run: TextRun, matches: Match[]): void {
    if (!this.active) return;
    this.paints.push(run, matches);
    if (this.paintScheduled) return;
    this.paintScheduled = true;
    this.scheduler.add(this.paintJob, true);
  }

  /** Paints what the background answered; ends the slice when the rest must wait for the next one. */
  private readonly paintJob: Job = (outOfTime) => {
    const drained = this.paints.drain(outOfTime);
    if (drained) this.paintScheduled = false;
    else if (!outOfTime()) this.scheduler.endSlice();
    return drained;
  };

  /** The first scan is over once nothing is queued, in flight or waiting to be painted. */
  private noteIfScanDone(): void {
    const timings = this.timings;
    if (!timings || timings.initialScanDoneAt !== null) return;
    if (this.scheduler.idle && this.remote.idle && this.paints.waiting === 0)
      timings.initialScanDoneAt = now();
  }

  private paint(run: TextRun, matches: readonly Match[]): void {
    this.ensureStyles(run.nodes[0] as Text);
    const painted = this.registry.paintRun(run, matches, (id) => this.remote.labels.get(id));
    if (painted > 0) {
      this.countsDirty = true;
      if (this.timings) {
        this.timings.lastMarkAt = now();
        this.timings.marks += painted;
      }
    }
  }

  /** Re-reads what the page changed or showed. */
  private readonly changesJob: Job = () => {
    for (const [node, whole] of this.changes.take()) {
      const how = { descend: whole, skipProcessed: false, unpaintFirst: true };
      if (whole && node.nodeType === 1) this.scheduler.add(this.shadowJob(node as Element), true);
      this.scheduler.add(this.walkJob(node, how), true);
    }
    this.countsDirty = true;
    return true;
  };
}
