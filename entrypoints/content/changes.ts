// Follows the page's own DOM changes with one MutationObserver and turns them into units to read
// again: a block whose inline text changed, or a whole subtree that was added or shown. The observer
// is paused during our slices (pending records are taken first), so it never reports our own marks.
import { blockAncestor, isBlock, UI_HOST_TAG } from './dom-rules';
import type { MarkRegistry } from './paint';

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/**
 * Attributes that show or hide text. Observed only while some text was hidden when we read it
 * (closed menus, collapsed sections, [hidden] subtrees): a page animating styles costs us nothing
 * unless it also hides text we found.
 */
const OBSERVE_WITH_ATTRIBUTES: MutationObserverInit = {
  ...OBSERVE,
  attributeFilter: ['hidden', 'class', 'style', 'aria-hidden', 'open'],
};
/** Records handled per observer callback; a page rewriting itself faster than this loses some updates. */
const MAX_RECORDS_PER_BATCH = 2000;

export class ChangeTracker {
  private readonly observer: MutationObserver;
  /** Units changed by the page since the last slice: node → read its whole subtree (true) or only its own runs. */
  private readonly changed = new Map<Node, boolean>();
  /** The page's text nodes we had split and that the page has since rewritten or removed. */
  private readonly rewritten = new Set<Node>();
  /** Text read while hidden (so not marked): unit → read its whole subtree (true) or its own runs, once shown. */
  private readonly hidden = new Map<Node, boolean>();

  constructor(
    private readonly registry: MarkRegistry,
    /** Called when there is something to read again and there was nothing before. */
    private readonly onPending: () => void,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  get pending(): boolean {
    return this.changed.size > 0 || this.rewritten.size > 0;
  }

  observe(roots: Iterable<Node>): void {
    const options = this.hidden.size > 0 ? OBSERVE_WITH_ATTRIBUTES : OBSERVE;
    for (const root of roots) this.observer.observe(root, options);
  }

  /** Before we write to the DOM: keep what the page did so far, then stop listening. */
  pause(): void {
    this.collect(this.observer.takeRecords());
    this.observer.disconnect();
  }

  clear(): void {
    this.observer.disconnect();
    this.changed.clear();
    this.rewritten.clear();
    this.hidden.clear();
  }

  /** `unit` holds text that matched but is not displayed: read it again when the page shows it. */
  noteHidden(unit: Node, wholeSubtree: boolean): void {
    if (!this.hidden.get(unit)) this.hidden.set(unit, wholeSubtree);
  }

  /**
   * What to read again, outermost first, skipping units inside a subtree that is read anyway. Our
   * leftovers of text nodes the page rewrote are removed first (their blocks are then read again).
   */
  take(): [Node, boolean][] {
    for (const node of this.rewritten) {
      const parent = node.parentNode ?? null;
      if (this.registry.discardFollowersOf(node) && parent) this.noteChange(parent, false);
    }
    this.rewritten.clear();
    const units = [...this.changed];
    this.changed.clear();
    const subtrees = new Set<Node>();
    for (const [node, whole] of units) if (whole) subtrees.add(node);
    return units.filter(([node]) => {
      for (let up = node.parentNode; up; up = up.parentNode) if (subtrees.has(up)) return false;
      return true;
    });
  }

  private collect(records: MutationRecord[]): void {
    if (records.length === 0) return;
    const hadPending = this.pending;
    const count = Math.min(records.length, MAX_RECORDS_PER_BATCH);
    for (let i = 0; i < count; i++) {
      const record = records[i] as MutationRecord;
      if (record.type === 'attributes') {
        this.revealUnder(record.target);
        continue;
      }
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
    if (!hadPending && this.pending) this.onPending();
  }

  /** An attribute that may show text changed on `target`: hidden text at or under it is read again. */
  private revealUnder(target: Node): void {
    if (this.hidden.size === 0) return;
    for (const [unit, whole] of this.hidden) {
      if (target !== unit && !target.contains(unit)) continue;
      this.hidden.delete(unit);
      if (whole || !this.changed.has(unit)) this.changed.set(unit, whole);
    }
  }

  private noteChange(node: Node, wholeSubtree: boolean): void {
    const unit = wholeSubtree ? node : blockAncestor(node);
    if (!unit) return;
    if (wholeSubtree) this.changed.set(unit, true);
    else if (!this.changed.has(unit)) this.changed.set(unit, false);
  }
}
