// Reads a page as "runs": the inline text of one block, concatenated across text nodes (so a name
// split by <b> or <a> is still one string), with the offset of every node, so that a match in the
// string maps back to the exact characters in the DOM. The walk is resumable: it stops when the
// caller's time slice is over and continues from the same node in the next slice.
//
// Why it looks like this (measured, see docs/decisions/highlight-marks.md): visiting every element in
// JavaScript to apply the skip and block rules cost 5-20× a native text-node walk. So the browser's
// own TreeWalker (SHOW_TEXT) finds the text; the rules are decided once per parent element and cached
// for the walk; whether two consecutive text nodes belong to one run is decided by comparing their
// run unit (nearest block, shadow root or the walk's root) plus a short look at the nodes between
// them when they are not siblings (a <br>, an <img> or an empty form field still ends a run).
import { isBlock, isHiddenByPage, isSkipped } from './dom-rules';

export interface TextRun {
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
  text: string;
  /** The block (or shadow root, or the walk's root) the run belongs to: what is re-read when it changes. */
  unit: Node;
}

export interface RunWalkerOptions {
  /** Read nested blocks too (a whole subtree) or only the inline content directly in `root`. */
  descendIntoBlocks: boolean;
  /** Called for subtrees the page hides by attribute ([hidden], aria-hidden) that hold text: shown later, they are read then. */
  onHiddenSubtree?: (element: Element) => void;
}

/** Has at least one letter or digit: runs of whitespace and punctuation are not worth matching. */
const WORDLIKE = /[\p{L}\p{N}]/u;
/** How many text nodes the walker visits between two looks at the clock. */
const NODES_PER_CLOCK_CHECK = 128;

/** Browsers implement TreeWalker.nextSibling; the DOM shim of the unit tests does not. */
type Walker = TreeWalker & { nextSibling?: () => Node | null };

export class RunWalker {
  private readonly walker: Walker;
  /** Parent → its run unit, or the outermost skipped element above it (then listed in `skipRoots`). */
  private readonly verdicts = new Map<Node, Node>();
  private readonly skipRoots = new Set<Node>();
  private lastParent: Node | null = null;
  private lastVerdict: Node | null = null;
  private pendingNodes: Text[] = [];
  private pendingUnit: Node | null = null;
  private readonly ready: TextRun[] = [];
  /** A node found by a hop, to be handled before asking the walker again. */
  private queued: Node | null = null;
  private finished = false;

  constructor(
    private readonly root: Node,
    private readonly options: RunWalkerOptions,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */) as Walker;
    this.verdicts.set(root, root);
  }

  get done(): boolean {
    return this.finished && this.ready.length === 0;
  }

  /** Where the walk stands (the last text node read). Lets the caller notice the page removed it. */
  get position(): Node | null {
    return this.finished ? null : this.walker.currentNode;
  }

  /**
   * The next run, or null when the walk is over or `outOfTime()` said to stop (check `done`).
   * Text is read when the run is complete, so a node edited between slices is read as it is now.
   */
  nextRun(outOfTime: () => boolean): TextRun | null {
    let visited = 0;
    while (this.ready.length === 0 && !this.finished) {
      if (++visited % NODES_PER_CLOCK_CHECK === 0 && outOfTime()) return null;
      const node = this.queued ?? this.walker.nextNode();
      this.queued = null;
      if (!node) {
        this.flush();
        this.finished = true;
        break;
      }
      this.visit(node as Text);
    }
    return this.ready.shift() ?? null;
  }

  private visit(text: Text): void {
    const parent = text.parentNode;
    if (!parent || (this.pendingNodes.length === 0 && isBlank(text.data))) return;
    const verdict = parent === this.lastParent ? (this.lastVerdict as Node) : this.verdictOf(parent);
    if (this.skipRoots.has(verdict)) {
      this.flush();
      this.hopPast(verdict);
      return;
    }
    if (verdict !== this.root && !this.options.descendIntoBlocks) {
      // Only the root's own inline text is wanted: jump over the outermost nested block at once.
      this.flush();
      this.hopPast(this.outermostBlockBelowRoot(verdict));
      return;
    }
    const pending = this.pendingNodes;
    const last = pending[pending.length - 1];
    if (last && (verdict !== this.pendingUnit || boundaryBetween(last, text))) {
      this.flush();
      if (isBlank(text.data)) return; // leading whitespace adds nothing to a run
    }
    this.pendingUnit = verdict;
    this.pendingNodes.push(text);
  }

  /** The unit of `parent`'s text, or its outermost skipped ancestor; cached per element for this walk. */
  private verdictOf(parent: Node): Node {
    const chain: Node[] = [];
    let above: Node | undefined;
    for (let n: Node | null = parent; n; n = n.parentNode) {
      above = this.verdicts.get(n);
      if (above !== undefined) break;
      chain.push(n);
    }
    // Not under our root (the page moved it while we were paused): treat as skipped, the caller restarts.
    let verdict: Node = above ?? parent;
    if (above === undefined) this.skipRoots.add(verdict);
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i] as Node;
      if (this.skipRoots.has(verdict)) {
        // inside a skipped subtree: stays skipped
      } else if (node.nodeType === 1) {
        const element = node as Element;
        if (isSkipped(element)) {
          verdict = element;
          this.skipRoots.add(element);
          if (isHiddenByPage(element)) this.options.onHiddenSubtree?.(element);
        } else if (isBlock(element) || (element.shadowRoot ?? null) !== null) {
          verdict = element;
        }
      } else if (node.nodeType !== 1) {
        verdict = node; // a shadow root or document below our root (not expected, but a unit of its own)
      }
      this.verdicts.set(node, verdict);
    }
    this.lastParent = parent;
    this.lastVerdict = verdict;
    return verdict;
  }

  private outermostBlockBelowRoot(unit: Node): Node {
    let outermost = unit;
    for (let n = unit.parentNode; n && n !== this.root; n = n.parentNode) {
      if (n.nodeType === 1 && isBlock(n as Element)) outermost = n;
    }
    return outermost;
  }

  /** Continues the walk after `node`'s subtree. */
  private hopPast(node: Node): void {
    if (node === this.root) {
      this.queued = null;
      this.finished = true;
      return;
    }
    if (typeof this.walker.nextSibling === 'function') {
      this.walker.currentNode = node;
      const next = this.walker.nextSibling();
      if (next) this.queued = next;
      else {
        this.flush();
        this.finished = true;
      }
      return;
    }
    // No hop available: read on and drop what is inside.
    let next = this.walker.nextNode();
    while (next && node.contains(next)) next = this.walker.nextNode();
    if (next) this.queued = next;
    else {
      this.flush();
      this.finished = true;
    }
  }

  private flush(): void {
    const nodes = this.pendingNodes;
    if (nodes.length === 0) return;
    this.pendingNodes = [];
    const run = assembleRun(nodes, this.pendingUnit ?? this.root);
    if (WORDLIKE.test(run.text)) this.ready.push(run);
  }
}

/** Whitespace only (the indentation between blocks: about half the text nodes of a page). */
function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/**
 * True when something that ends runs lies between two text nodes of the same unit: a block without
 * text (<br>, <img>, an empty <div>), a skipped element (a form field) or a shadow host. Only inline
 * elements without text can lie between them, so this visits few nodes.
 */
function boundaryBetween(from: Text, to: Text): boolean {
  if (from.nextSibling === to) return false;
  let node: Node = from;
  for (;;) {
    let next = node.nextSibling;
    for (let up: Node | null = node; !next;) {
      up = up.parentNode;
      if (!up) return true;
      next = up.nextSibling;
    }
    node = next;
    for (;;) {
      if (node === to) return false;
      if (node.nodeType === 3) return true; // text we did not accept: the page changed, be safe
      if (node.nodeType === 1) {
        const element = node as Element;
        if (isBlock(element) || isSkipped(element) || (element.shadowRoot ?? null) !== null) return true;
        if (element.firstChild) {
          node = element.firstChild;
          continue;
        }
      }
      break;
    }
  }
}

export function assembleRun(nodes: Text[], unit: Node): TextRun {
  const starts: number[] = new Array<number>(nodes.length);
  const parts: string[] = new Array<string>(nodes.length);
  let offset = 0;
  for (let i = 0; i < nodes.length; i++) {
    const data = (nodes[i] as Text).data;
    starts[i] = offset;
    parts[i] = data;
    offset += data.length;
  }
  return { nodes, starts, text: parts.join(''), unit };
}

/** Every run under `root`, without time slicing (tests and small subtrees). */
export function collectRuns(root: Node, options: RunWalkerOptions): TextRun[] {
  const walker = new RunWalker(root, options);
  const runs: TextRun[] = [];
  for (let run = walker.nextRun(() => false); run; run = walker.nextRun(() => false)) runs.push(run);
  return runs;
}
