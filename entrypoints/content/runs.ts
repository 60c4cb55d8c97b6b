// Reads a page as "runs": the inline text of one block, concatenated across text nodes (so a name
// split by <b> or <a> is still one string), with the offset of every node, so that a match in the
// string maps back to the exact characters in the DOM. The walk is resumable: it stops when the
// caller's time slice is over and continues from the same node in the next slice.
import { isBlock, isSkipped } from './dom-rules';

export interface TextRun {
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
  text: string;
}

export interface RunWalkerOptions {
  /** Read nested blocks too (a whole subtree) or only the inline content directly in `root`. */
  descendIntoBlocks: boolean;
  /** Called for every open shadow root met on the way: it is read as a root of its own. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** Has at least one letter or digit: runs of whitespace and punctuation are not worth matching. */
const WORDLIKE = /[\p{L}\p{N}]/u;
/** How many nodes the walker visits between two looks at the clock. */
const NODES_PER_CLOCK_CHECK = 256;

export class RunWalker {
  private next_: Node | null;
  private pendingNodes: Text[] = [];
  private readonly ready: TextRun[] = [];
  private finished = false;

  constructor(
    private readonly root: Node,
    private readonly options: RunWalkerOptions,
  ) {
    this.next_ = root;
  }

  get done(): boolean {
    return this.finished && this.ready.length === 0;
  }

  /** Where the walk stands; null once finished. Lets the caller notice the page removed it. */
  get position(): Node | null {
    return this.next_;
  }

  /**
   * The next run, or null when the walk is over or `outOfTime()` said to stop (check `done`).
   * Text is read when the run is complete, so a node edited between slices is read as it is now.
   */
  nextRun(outOfTime: () => boolean): TextRun | null {
    let visited = 0;
    while (this.ready.length === 0 && !this.finished) {
      if (++visited % NODES_PER_CLOCK_CHECK === 0 && outOfTime()) return null;
      const node = this.next_;
      if (!node) {
        this.flush();
        this.finished = true;
        break;
      }
      this.next_ = this.visit(node);
    }
    return this.ready.shift() ?? null;
  }

  /** Handles one node and returns the next one to visit (document order, skipping what we skip). */
  private visit(node: Node): Node | null {
    if (node.nodeType === 3) {
      this.pendingNodes.push(node as Text);
      return this.after(node);
    }
    if (node.nodeType === 1) {
      const element = node as Element;
      if (node !== this.root && isSkipped(element)) {
        this.flush();
        return this.after(node);
      }
      const shadow = element.shadowRoot ?? null; // `?? null`: DOM shims leave it undefined
      const endsRuns = isBlock(element) || shadow !== null;
      if (endsRuns) this.flush();
      if (shadow && this.options.onShadowRoot) this.options.onShadowRoot(shadow);
      if (endsRuns && node !== this.root && !this.options.descendIntoBlocks) return this.after(node);
      return node.firstChild ?? this.after(node);
    }
    // Document, fragment or shadow root given as root: read its children. Comments and the rest: skip.
    if (node === this.root) return node.firstChild;
    return this.after(node);
  }

  /** The node after `node`'s subtree, closing the runs of the blocks we climb out of. */
  private after(node: Node): Node | null {
    for (let n: Node | null = node; n && n !== this.root; n = n.parentNode) {
      if (n.nodeType === 1 && (isBlock(n as Element) || (n as Element).shadowRoot)) this.flush();
      if (n.nextSibling) return n.nextSibling;
      if (n.parentNode === null) return null; // detached while we were paused: the caller restarts
    }
    return null;
  }

  private flush(): void {
    const nodes = this.pendingNodes;
    if (nodes.length === 0) return;
    this.pendingNodes = [];
    const run = assembleRun(nodes);
    if (WORDLIKE.test(run.text)) this.ready.push(run);
  }
}

export function assembleRun(nodes: Text[]): TextRun {
  const starts: number[] = new Array<number>(nodes.length);
  const parts: string[] = new Array<string>(nodes.length);
  let offset = 0;
  for (let i = 0; i < nodes.length; i++) {
    const data = (nodes[i] as Text).data;
    starts[i] = offset;
    parts[i] = data;
    offset += data.length;
  }
  return { nodes, starts, text: parts.join('') };
}

/** Every run under `root`, without time slicing (tests and small subtrees). */
export function collectRuns(root: Node, options: RunWalkerOptions): TextRun[] {
  const walker = new RunWalker(root, options);
  const runs: TextRun[] = [];
  for (let run = walker.nextRun(() => false); run; run = walker.nextRun(() => false)) runs.push(run);
  return runs;
}
