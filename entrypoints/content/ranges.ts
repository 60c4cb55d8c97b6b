// Maps a [start, end) range of a run's string back to the text nodes it covers.
import type { TextRun } from './runs';

export interface NodePiece {
  node: Text;
  /** Offsets inside `node.data`. */
  start: number;
  end: number;
}

/** Index of the last node whose start is <= offset (binary search: runs can have thousands of nodes). */
function nodeIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The non-empty pieces of text nodes that [start, end) covers, in document order. */
export function piecesOf(run: Pick<TextRun, 'nodes' | 'starts'>, start: number, end: number): NodePiece[] {
  const pieces: NodePiece[] = [];
  if (end <= start || run.nodes.length === 0) return pieces;
  for (let i = nodeIndexAt(run.starts, start); i < run.nodes.length; i++) {
    const node = run.nodes[i] as Text;
    const nodeStart = run.starts[i] as number;
    if (nodeStart >= end) break;
    const nodeEnd = nodeStart + node.data.length;
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeEnd) - nodeStart;
    if (to > from) pieces.push({ node, start: from, end: to });
  }
  return pieces;
}

/** Nearest node that contains both a and b (they are in the same tree). */
export function commonAncestor(a: Node, b: Node): Node {
  if (a === b || a.contains(b)) return a;
  for (let n: Node | null = a.parentNode; n; n = n.parentNode) if (n.contains(b)) return n;
  return a;
}
