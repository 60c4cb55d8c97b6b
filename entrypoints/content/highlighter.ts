// The highlighter of one document: reads its runs in time slices (what is on screen first), matches
// them with the engine, paints the matches, follows DOM changes with one MutationObserver, and takes
// everything away again on switch-off. All DOM writes happen inside slices while the observer is
// disconnected, so the observer only ever reports the page's own changes, never our marks.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Matcher, MatchContext } from '../../lib/matcher/types';
import type { EntityLabel, PageEntityCount } from '../../lib/messages';
import { blockAncestor, isBlock, isInsideSkipped, UI_HOST_TAG } from './dom-rules';
import { installMarkStyles, removeMarkStyles } from './mark-styles';
import { MarkRegistry } from './paint';
import { RunWalker, type TextRun } from './runs';
import { SliceScheduler, type Job } from './scheduler';

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** Records handled per observer callback; a page rewriting itself faster than this loses some updates. */
const MAX_RECORDS_PER_BATCH = 2000;
/** Blocks that usually hold a page's prose: watched for being on screen at start-up. */
const VISIBLE_CANDIDATES = 'p, h1, h2, h3, h4, li, blockquote, figcaption, dd, td';
/** The first ones in document order only: a viewport rarely shows more, and observing costs. */
const MAX_VISIBLE_CANDIDATES = 1500;

export interface ScanTimings {
  startedAt: number;
  lastMarkAt: number | null;
  initialScanDoneAt: number | null;
  marks: number;
}

type VisibilityCheckable = Element & {
  checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean;
};

export class Highlighter {
  private readonly registry = new MarkRegistry();
  private readonly roots = new Set<Document | ShadowRoot>();
  private readonly observer: MutationObserver;
  private readonly scheduler: SliceScheduler;
  /** Units changed by the page since the last slice: node → read its whole subtree (true) or only its own runs. */
  private readonly changed = new Map<Node, boolean>();
  /** The page's text nodes we had split and that the page has since rewritten or removed. */
  private readonly rewritten = new Set<Node>();
  private processed = new WeakSet<Text>();
  private context: MatchContext = { seen: new Set() };
  private active = false;
  private countsDirty = false;
  timings: ScanTimings | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private matcher: Matcher,
    private labels: ReadonlyMap<string, EntityLabel>,
    /** Called after a slice that may have changed the page's entity counts. */
    private readonly onCountsMaybeChanged: () => void,
  ) {
    this.observer = new MutationObserver((records) => this.collectChanges(records));
    this.scheduler = new SliceScheduler(ctx, 8, {
      beforeSlice: () => {
        this.collectChanges(this.observer.takeRecords());
        this.observer.disconnect();
      },
      afterSlice: (idle) => {
        if (this.active) for (const root of this.roots) this.observer.observe(root, OBSERVE);
        if (idle && this.timings && this.timings.initialScanDoneAt === null) {
          this.timings.initialScanDoneAt = performance.now();
        }
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

  start(): void {
    if (this.active || this.ctx.isInvalid || this.doc.designMode === 'on') return;
    this.active = true;
    this.timings = { startedAt: performance.now(), lastMarkAt: null, initialScanDoneAt: null, marks: 0 };
    this.addRoot(this.doc);
    const body = this.doc.body ?? this.doc.documentElement;
    if (!body) return;
    this.scheduler.add(this.walkJob(body, { descend: true, skipProcessed: true, unpaintFirst: false }));
    this.readVisibleFirst();
  }

  /** Removes every mark and listener of ours from the page; the DOM is as it was before start(). */
  stop(): void {
    if (!this.active) return;
    this.active = false;
    this.scheduler.clear();
    this.observer.disconnect();
    this.changed.clear();
    for (const root of this.roots) this.registry.unpaint(this.registry.marksUnder(root));
    for (const root of this.styled) removeMarkStyles(root);
    this.roots.clear();
    this.styled.clear();
    this.processed = new WeakSet();
    this.context = { seen: new Set() };
    this.countsDirty = false;
    if (!this.ctx.isInvalid) this.onCountsMaybeChanged();
  }

  /** Reads the page again from scratch: after SPA navigation or a new gazetteer. */
  restart(matcher = this.matcher, labels = this.labels): void {
    this.matcher = matcher;
    this.labels = labels;
    if (!this.active) return;
    this.stop();
    this.start();
  }

  counts(): PageEntityCount[] {
    const counts: PageEntityCount[] = [];
    for (const [entityId, count] of this.registry.counts()) {
      const label = this.labels.get(entityId);
      if (label) counts.push({ entityId, type: label.type, count });
    }
    return counts.sort((a, b) => b.count - a.count || a.entityId.localeCompare(b.entityId));
  }

  private addRoot(root: Document | ShadowRoot): void {
    this.roots.add(root);
  }

  /**
   * The sheet goes in only when a root gets its first mark: adopting it invalidates the page's style,
   * and the on-screen sampling at start-up must find the page's layout still clean (measured: on a
   * 2.6 MB page the forced recalculation made our first slice 40-50 ms instead of 8).
   */
  private readonly styled = new Set<Document | ShadowRoot>();
  private ensureStyles(node: Node): void {
    const root = node.getRootNode() as Document | ShadowRoot;
    if (this.styled.has(root) || !this.roots.has(root)) return;
    this.styled.add(root);
    installMarkStyles(root);
  }

  private onShadowRoot = (shadow: ShadowRoot): void => {
    if (this.roots.has(shadow) || !this.active) return;
    this.addRoot(shadow);
    this.scheduler.add(this.walkJob(shadow, { descend: true, skipProcessed: true, unpaintFirst: false }));
  };

  /**
   * Blocks on screen are read before the rest. Found with an IntersectionObserver, which reports during
   * the browser's own rendering step: hit-testing (elementFromPoint) or getBoundingClientRect would
   * force a layout of the whole page inside our slice (measured: 30-50 ms on a 2.6 MB page). Meanwhile
   * the walk in document order goes on; blocks it has read by then are skipped.
   */
  private readVisibleFirst(): void {
    if (typeof IntersectionObserver !== 'function') return;
    const candidates = this.doc.body?.querySelectorAll(VISIBLE_CANDIDATES) ?? [];
    const limit = Math.min(candidates.length, MAX_VISIBLE_CANDIDATES);
    if (limit === 0) return;
    const observer = new IntersectionObserver((entries) => {
      observer.disconnect();
      if (!this.active) return;
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        this.scheduler.add(
          this.walkJob(entry.target, { descend: false, skipProcessed: true, unpaintFirst: false }),
          true,
        );
      }
    });
    for (let i = 0; i < limit; i++) observer.observe(candidates[i] as Element);
    this.ctx.onInvalidated(() => observer.disconnect());
  }

  private walkJob(root: Node, how: { descend: boolean; skipProcessed: boolean; unpaintFirst: boolean }): Job {
    let walker: RunWalker | null = null;
    return (outOfTime) => {
      if (!walker) {
        if (!root.isConnected || isInsideSkipped(root.nodeType === 1 ? root : (root.parentNode ?? root)))
          return true;
        if (how.unpaintFirst) this.unpaintUnder(root, how.descend);
        walker = new RunWalker(root, { descendIntoBlocks: how.descend, onShadowRoot: this.onShadowRoot });
      }
      while (!outOfTime()) {
        const position = walker.position;
        if (position && !position.isConnected) {
          // The page removed the node we were about to read: start over; runs already read are skipped.
          if (!root.isConnected) return true;
          walker = new RunWalker(root, { descendIntoBlocks: how.descend, onShadowRoot: this.onShadowRoot });
          how = { ...how, skipProcessed: true };
        }
        const run = walker.nextRun(outOfTime);
        if (run) this.processRun(run, how.skipProcessed);
        else if (walker.done) return true;
      }
      return false;
    };
  }

  private unpaintUnder(root: Node, descend: boolean): void {
    const marks = this.registry.marksUnder(root as ParentNode);
    this.registry.unpaint(descend ? marks : marks.filter((mark) => blockAncestor(mark) === root));
    this.countsDirty = true;
  }

  private processRun(run: TextRun, skipProcessed: boolean): void {
    const first = run.nodes[0] as Text;
    if (skipProcessed && this.processed.has(first)) return;
    this.processed.add(first);
    const matches = this.matcher.match(run.text, this.context);
    if (matches.length === 0) return;
    const owner = first.parentElement as VisibilityCheckable | null;
    // Hidden text (closed menus, display:none) is not what the reader sees: do not count or mark it.
    if (owner?.checkVisibility && !owner.checkVisibility({ visibilityProperty: true })) return;
    this.ensureStyles(first);
    const painted = this.registry.paintRun(run, matches, (id) => this.labels.get(id));
    if (painted > 0) {
      this.countsDirty = true;
      if (this.timings) {
        this.timings.lastMarkAt = performance.now();
        this.timings.marks += painted;
      }
    }
  }

  private collectChanges(records: MutationRecord[]): void {
    if (!this.active || records.length === 0) return;
    const hadChanges = this.changed.size > 0;
    for (const record of records.slice(0, MAX_RECORDS_PER_BATCH)) {
      if (record.type === 'characterData') {
        if (this.registry.hasFollowers(record.target)) this.rewritten.add(record.target);
        this.noteChange(record.target, false);
        continue;
      }
      let inlineChanged = record.removedNodes.length > 0;
      for (const removed of record.removedNodes) {
        if (this.registry.hasFollowers(removed)) this.rewritten.add(removed);
      }
      for (const added of record.addedNodes) {
        if (added.nodeType === 1) {
          if ((added as Element).localName === UI_HOST_TAG) continue;
          this.noteChange(added, true);
          if (!isBlock(added as Element)) inlineChanged = true;
        } else if (added.nodeType === 3) {
          inlineChanged = true;
        }
      }
      if (inlineChanged) this.noteChange(record.target, false);
    }
    if (!hadChanges && this.changed.size > 0) this.scheduler.add(this.changesJob(), true);
  }

  private noteChange(node: Node, wholeSubtree: boolean): void {
    const unit = wholeSubtree ? node : blockAncestor(node);
    if (!unit) return;
    if (wholeSubtree) this.changed.set(unit, true);
    else if (!this.changed.has(unit)) this.changed.set(unit, false);
  }

  /** Re-reads what the page changed, skipping units inside a subtree that is re-read anyway. */
  private changesJob(): Job {
    return () => {
      for (const node of this.rewritten) {
        const parent = node.parentNode ?? null;
        if (this.registry.discardFollowersOf(node) && parent) this.noteChange(parent, false);
      }
      this.rewritten.clear();
      const units = [...this.changed];
      this.changed.clear();
      const subtrees = new Set(units.filter(([, whole]) => whole).map(([node]) => node));
      for (const [node, whole] of units) {
        let covered = false;
        for (let up = node.parentNode; up && !covered; up = up.parentNode) covered = subtrees.has(up);
        if (covered) continue;
        this.scheduler.add(
          this.walkJob(node, { descend: whole, skipProcessed: false, unpaintFirst: true }),
          true,
        );
      }
      this.countsDirty = true;
      return true;
    };
  }
}
