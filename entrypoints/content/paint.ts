// Paints matches as <sanad-mark> elements with mark.js `markRanges`, one call per smallest node that
// holds a match (usually the paragraph or the link around the name), and takes them away again leaving
// the page's DOM exactly as it was: the same nodes, the same text, the same serialization.
//
// Why not mark.js `unmark`: it calls `parent.normalize()` once per mark, which also merges and drops
// the page's own adjacent and empty text nodes (React keeps references to those). We remember the text
// nodes that our splitting created and merge only those back into the node they were cut from.
import Mark from 'mark.js';
import type { Match } from '../../lib/matcher/types';
import type { EntityLabel } from '../../lib/messages';
import { MARK_TAG } from './dom-rules';
import { commonAncestor, piecesOf, type NodePiece } from './ranges';
import type { TextRun } from './runs';

/** What a range passed to mark.js stands for (kept beside it: mark.js JSON-stringifies its ranges). */
interface RangeMeta {
  label: EntityLabel;
  inner: string[];
  via: Match['via'];
}

export interface PaintedMatch {
  entityId: string;
  /** Entities named inside an event's span ("هجوم موسكو" names Moscow): on the page too. */
  inner: string[];
  /** How the engine found it (the hover card's "why is this highlighted?" asks with it). */
  via: Match['via'];
  /** One element per text node the match covers; the first is the focusable one. */
  elements: HTMLElement[];
}

export type LabelLookup = (entityId: string) => EntityLabel | undefined;

export class MarkRegistry {
  /** First element of each painted match → the match. */
  readonly matches = new Map<HTMLElement, PaintedMatch>();
  private readonly ourElements = new WeakSet<Node>();
  /** Every element of a painted match → the match (the card opens on any of them). */
  private readonly matchOfElement = new WeakMap<Element, PaintedMatch>();
  /** Text nodes that exist only because we split a page's node: mark contents and remainders. */
  private readonly createdText = new WeakSet<Node>();
  /** A page's text node we split → the marks and remainders that now follow it, in order. */
  private readonly followers = new WeakMap<Text, ChildNode[]>();

  /**
   * Paints the matches of one run; returns how many matches were painted. One mark.js call per scope:
   * the text node itself when a match lies in one text node that no other match of the run spans
   * (mark.js then reads one node, not every text node of the paragraph), else the smallest element
   * holding the match's nodes.
   */
  paintRun(run: TextRun, matches: readonly Match[], labelOf: LabelLookup): number {
    const planned: { pieces: NodePiece[]; label: EntityLabel; inner: string[]; via: Match['via'] }[] = [];
    /** Text nodes a match spans together with other nodes: splitting them alone would move its offsets. */
    let shared: Set<Text> | null = null;
    for (const match of matches) {
      const label = labelOf(match.entityId);
      const pieces = piecesOf(run, match.start, match.end);
      if (!label || pieces.length === 0) continue;
      planned.push({ pieces, label, inner: match.inner?.map((i) => i.entityId) ?? [], via: match.via });
      if (pieces.length > 1) {
        shared ??= new Set();
        for (const piece of pieces) shared.add(piece.node);
      }
    }
    const byScope = new Map<Node, typeof planned>();
    for (const plan of planned) {
      const { pieces } = plan;
      const first = pieces[0] as NodePiece;
      let scope: Node | null;
      if (pieces.length === 1 && !shared?.has(first.node) && !markJsIgnores(first.node)) {
        scope = first.node;
      } else {
        const firstParent = first.node.parentNode;
        const lastParent = (pieces[pieces.length - 1] as NodePiece).node.parentNode;
        scope = firstParent && lastParent ? commonAncestor(firstParent, lastParent) : null;
      }
      if (!scope) continue;
      const list = byScope.get(scope);
      if (list) list.push(plan);
      else byScope.set(scope, [plan]);
    }
    let painted = 0;
    for (const [scope, list] of byScope) {
      const meta = new Map<Mark.Range, RangeMeta>();
      if (scope.nodeType === 3) {
        for (const { pieces, label, inner, via } of list) {
          const { start, end } = pieces[0] as NodePiece;
          meta.set({ start, length: end - start }, { label, inner, via });
        }
      } else {
        const offsets = textOffsetsIn(scope);
        for (const { pieces, label, inner, via } of list) {
          const first = pieces[0] as NodePiece;
          const last = pieces[pieces.length - 1] as NodePiece;
          const startBase = offsets.get(first.node);
          const endBase = offsets.get(last.node);
          if (startBase === undefined || endBase === undefined) continue;
          const start = startBase + first.start;
          meta.set({ start, length: endBase + last.end - start }, { label, inner, via });
        }
      }
      painted += this.markScope(scope, meta);
    }
    return painted;
  }

  private markScope(scope: Node, meta: Map<Mark.Range, RangeMeta>): number {
    if (meta.size === 0) return 0;
    const current = new Map<Mark.Range, PaintedMatch>();
    // mark.js takes any node as its context (a text node included: it iterates the context itself
    // when it is a text node); its typings only list elements.
    new Mark(scope as HTMLElement).markRanges([...meta.keys()], {
      element: MARK_TAG,
      exclude: [],
      each: (element, range) => {
        const { label, inner, via } = meta.get(range) as RangeMeta;
        const mark = element as HTMLElement;
        this.adopt(mark, label);
        mark.setAttribute('data-via', via);
        const painted = current.get(range);
        if (painted) {
          painted.elements.push(mark);
          this.matchOfElement.set(mark, painted);
        } else {
          mark.tabIndex = 0;
          const fresh = { entityId: label.id, inner, via, elements: [mark] };
          current.set(range, fresh);
          this.matches.set(mark, fresh);
          this.matchOfElement.set(mark, fresh);
        }
      },
    });
    return current.size;
  }

  private adopt(mark: HTMLElement, label: EntityLabel): void {
    this.ourElements.add(mark);
    if (mark.firstChild) this.createdText.add(mark.firstChild);
    // mark.js has just split the page's node: what follows the mark is the cut-off remainder.
    const remainder = mark.nextSibling?.nodeType === 3 ? (mark.nextSibling as Text) : null;
    if (remainder) this.createdText.add(remainder);
    // The page's node is the first sibling before the mark that is not ours (splitText keeps it first).
    let original = mark.previousSibling;
    while (original && this.isOurs(original)) original = original.previousSibling;
    if (original?.nodeType === 3) {
      const list = this.followers.get(original as Text) ?? [];
      list.push(mark, ...(remainder ? [remainder] : []));
      this.followers.set(original as Text, list);
    }
    mark.removeAttribute('data-markjs');
    mark.setAttribute('data-entity-id', label.id);
    mark.setAttribute('data-entity-type', label.type);
    mark.setAttribute('role', 'mark');
    // A description, not a label: a label would replace the word as written ("وباكستان") for screen readers.
    mark.setAttribute('aria-description', `${label.names.en} · ${label.names.ar}`);
  }

  /** The painted match an element of ours belongs to, with its words as marked (across elements). */
  describe(element: Element): { entityId: string; via: Match['via']; text: string } | null {
    const painted = this.matchOfElement.get(element);
    if (!painted) return null;
    const text = painted.elements.map((e) => e.textContent ?? '').join('');
    return { entityId: painted.entityId, via: painted.via, text };
  }

  isOurs(node: Node): boolean {
    return this.ourElements.has(node) || this.createdText.has(node);
  }

  /** Our marks under `root` (the registry may have lost some the page moved around; the DOM has not). */
  marksUnder(root: ParentNode): HTMLElement[] {
    const found: HTMLElement[] = [];
    for (const element of root.querySelectorAll(MARK_TAG)) {
      if (this.ourElements.has(element)) found.push(element as HTMLElement);
    }
    return found;
  }

  /**
   * The page rewrote or removed one of its text nodes that we had split (frameworks hold on to their
   * nodes): the rest of its old text, which lives in our marks and remainders, must go, or the reader
   * would see the old words next to the new ones. Returns true when something was removed.
   */
  discardFollowersOf(node: Node): boolean {
    const list = node.nodeType === 3 ? this.followers.get(node as Text) : undefined;
    if (!list) return false;
    this.followers.delete(node as Text);
    for (const follower of list) {
      this.matches.delete(follower as HTMLElement);
      follower.remove();
    }
    return true;
  }

  hasFollowers(node: Node): boolean {
    return node.nodeType === 3 && this.followers.has(node as Text);
  }

  /** Unwraps `marks` and merges the text we split back into the page's original nodes. */
  unpaint(marks: Iterable<HTMLElement>): void {
    const parents = new Set<Node>();
    for (const mark of marks) {
      this.matches.delete(mark);
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parents.add(parent);
    }
    for (const parent of parents) this.mergeCreatedText(parent);
  }

  /** After an unpaint the page's nodes are whole again: forget which pieces followed them. */
  private forgetFollowers(parent: Node): void {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) this.followers.delete(child as Text);
    }
  }

  private mergeCreatedText(parent: Node): void {
    this.forgetFollowers(parent);
    let previousText: Text | null = null;
    for (let child = parent.firstChild; child;) {
      const following: ChildNode | null = child.nextSibling;
      if (child.nodeType === 3) {
        if (previousText && this.createdText.has(child)) {
          previousText.appendData((child as Text).data);
          parent.removeChild(child);
        } else {
          previousText = child as Text;
        }
      } else {
        previousText = null;
      }
      child = following;
    }
  }

  /** Distinct entities and how many connected matches each has; forgets matches the page removed. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [first, painted] of this.matches) {
      if (!first.isConnected) {
        this.matches.delete(first);
        continue;
      }
      for (const id of [painted.entityId, ...painted.inner]) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }
}

/** Offset of every text node in the string mark.js builds for `scope` (with its filter, not ours). */
function textOffsetsIn(scope: Node): Map<Text, number> {
  const offsets = new Map<Text, number>();
  const doc = scope.ownerDocument ?? (scope as Document);
  const walker = doc.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (markJsIgnores(text)) continue;
    offsets.set(text, offset);
    offset += text.data.length;
  }
  return offsets;
}

const MARK_JS_IGNORED_PARENTS = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'HTML']);

/** mark.js drops text whose direct parent is one of these, whatever `exclude` says. */
function markJsIgnores(node: Text): boolean {
  const parent = node.parentNode;
  return (
    parent !== null &&
    parent.nodeType === 1 &&
    MARK_JS_IGNORED_PARENTS.has((parent as Element).tagName.toUpperCase())
  );
}
