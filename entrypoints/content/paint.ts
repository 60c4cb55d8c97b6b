// Paints matches as <sanad-mark> elements, and takes them away again leaving the page's DOM exactly as
// it was: the same nodes, the same text, the same serialization.
//
// A match is wrapped the way mark.js wraps a range (its `wrapRangeInTextNode`): the page's text node is
// split at the match's start and end, the middle goes into the mark, the page's node keeps what came
// before (possibly nothing) and a remainder node holds what comes after. We do it ourselves, not through
// mark.js: evaluating mark.js and re-reading the scope's text for every call cost a page with a few
// marks more than matching it did (docs/decisions/content-cost.md). mark.js stays the bench's baseline.
//
// Unpainting never calls `parent.normalize()` (which also merges and drops the page's own adjacent and
// empty text nodes, which React keeps references to): we remember the text nodes our splitting created
// and merge only those back into the node they were cut from.
import type { Match } from '../../lib/matcher/types';
import type { EntityLabel } from '../../lib/messages';
import { MARK_TAG } from './dom-rules';
import { piecesOf, type NodePiece } from './ranges';
import type { TextRun } from './runs';

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
   * Paints the matches of one run; returns how many matches were painted. Matches come sorted and
   * without overlaps, so the pieces of a text node are wrapped left to right, each in the remainder
   * the previous one left.
   */
  paintRun(run: TextRun, matches: readonly Match[], labelOf: LabelLookup): number {
    // Every match's pieces first: wrapping shortens the run's nodes, and piecesOf reads their lengths.
    const planned: { match: Match; label: EntityLabel; pieces: NodePiece[] }[] = [];
    for (const match of matches) {
      const label = labelOf(match.entityId);
      const pieces = piecesOf(run, match.start, match.end);
      if (label && pieces.length > 0) planned.push({ match, label, pieces });
    }
    /** A page's text node → the node now holding the rest of its text, and where that rest starts. */
    const rest = new Map<Text, { node: Text; from: number }>();
    for (const { match, label, pieces } of planned) {
      const fresh: PaintedMatch = {
        entityId: label.id,
        inner: match.inner?.map((i) => i.entityId) ?? [],
        via: match.via,
        elements: [],
      };
      for (const piece of pieces) {
        const left = rest.get(piece.node) ?? { node: piece.node, from: 0 };
        const { mark, remainder } = wrap(left.node, piece.start - left.from, piece.end - left.from);
        rest.set(piece.node, { node: remainder, from: piece.end });
        this.adopt(mark, label);
        mark.setAttribute('data-via', match.via);
        fresh.elements.push(mark);
        this.matchOfElement.set(mark, fresh);
      }
      const first = fresh.elements[0] as HTMLElement;
      first.tabIndex = 0;
      this.matches.set(first, fresh);
    }
    return planned.length;
  }

  private adopt(mark: HTMLElement, label: EntityLabel): void {
    this.ourElements.add(mark);
    if (mark.firstChild) this.createdText.add(mark.firstChild);
    // wrap() has just split the page's node: what follows the mark is the cut-off remainder.
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

/**
 * Wraps [start, end) of `node` in a mark: `node` keeps what comes before (possibly nothing), the mark
 * holds a new node with the match, and a new remainder node (possibly empty) what comes after.
 */
function wrap(node: Text, start: number, end: number): { mark: HTMLElement; remainder: Text } {
  const middle = node.splitText(start);
  const remainder = middle.splitText(end - start);
  const mark = (node.ownerDocument as Document).createElement(MARK_TAG);
  (middle.parentNode as Node).insertBefore(mark, middle);
  mark.appendChild(middle);
  return { mark, remainder };
}
