// A character trie over folded keys. Transitions live in three places, chosen by measurement
// (docs/decisions/engine-automaton.md):
// - the root: a direct 64K table (every word start looks it up);
// - nodes at depth 1 and 2: dense rows indexed by a small letter class (Arabic letters, a–z, digits,
//   space, apostrophe), so the steps every word takes hit a compact, cache-resident table even with
//   50k keys;
// - everything else: one open-addressing hash table keyed by (node, UTF-16 unit).
// A lookup costs the same whatever the number of keys; only how deep a word walks can grow.
//
// The trie is built once, in the background (`buildTrie`, from the keys), and shipped in the compiled
// gazetteer as its edges in breadth-first order (`CompiledTrie`: two strings and the terminal nodes).
// A content script only places those edges in the tables (`new Trie`): no key is walked or inserted.

const EMPTY = 0;
/** fanout holds String.fromCharCode(FANOUT_BASE + number of children): printable, one JSON byte. */
const FANOUT_BASE = 0x20;

/** Letter class of a folded unit, 0 for "not in the dense rows". */
const CLASS = new Uint8Array(65536);
let classes = 1;
for (let c = 0x0621; c <= 0x064a; c++) CLASS[c] = classes++;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = classes++;
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = classes++;
CLASS[0x20] = classes++;
CLASS[0x27] = classes++;
const WIDTH = classes;

/**
 * The trie as the compiled gazetteer ships it (plain JSON). Nodes are numbered breadth-first from the
 * root (0), the children of a node in unit order; so the children of node p are the next fanout(p)
 * numbers, and nodes at depths 1 and 2 come first.
 */
export interface CompiledTrie {
  /** Unit of the edge into node i + 1, for every node but the root. */
  units: string;
  /** Children of each node: String.fromCharCode(0x20 + count), one character per node. */
  fanout: string;
  /** [node, key index] pairs: the key that ends at each terminal node. */
  terms: number[];
}

/** The trie of `keys` (folded), with node numbers as described at CompiledTrie. Key i ends at a node with term i. */
export function buildTrie(keys: readonly string[]): CompiledTrie {
  // Plain build first (ids in insertion order, edges in an open-addressing table like Trie's, children
  // as linked lists), then renumbered breadth-first.
  let total = 1;
  for (const key of keys) total += key.length;
  let bits = 4;
  while (1 << bits < total * 2) bits++;
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  const table = new Int32Array(3 << bits);
  const firstChild: number[] = [-1];
  const nextSibling: number[] = [-1];
  const unitOf: number[] = [0];
  const termOf: number[] = [-1];
  keys.forEach((key, ki) => {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let h = Math.imul(node ^ (c << 12) ^ c, 0x9e3779b1) >>> shift;
      let next = -1;
      for (; table[h * 3] !== EMPTY; h = (h + 1) & mask) {
        if (table[h * 3] === node + 1 && table[h * 3 + 1] === c) {
          next = table[h * 3 + 2] as number;
          break;
        }
      }
      if (next < 0) {
        next = termOf.length;
        table[h * 3] = node + 1;
        table[h * 3 + 1] = c;
        table[h * 3 + 2] = next;
        termOf.push(-1);
        unitOf.push(c);
        firstChild.push(-1);
        nextSibling.push(firstChild[node] as number);
        firstChild[node] = next;
      }
      node = next;
    }
    if ((termOf[node] as number) < 0) termOf[node] = ki;
  });
  const units: number[] = [];
  const fanout: number[] = [];
  const terms: number[] = [];
  const order = [0];
  const kids: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const old = order[i] as number;
    const term = termOf[old] as number;
    if (term >= 0) terms.push(i, term);
    kids.length = 0;
    for (let k = firstChild[old] as number; k >= 0; k = nextSibling[k] as number) kids.push(k);
    if (kids.length > 1) kids.sort((a, b) => (unitOf[a] as number) - (unitOf[b] as number));
    if (FANOUT_BASE + kids.length > 0xffff) throw new Error('trie node with too many children');
    fanout.push(FANOUT_BASE + kids.length);
    for (const child of kids) {
      units.push(unitOf[child] as number);
      order.push(child);
    }
  }
  return { units: fromCodes(units), fanout: fromCodes(fanout), terms };
}

function fromCodes(codes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

export class Trie {
  /** Key index ending at each node, or -1. */
  readonly term: Int32Array;
  readonly nodeCount: number;
  private readonly root = new Int32Array(65536).fill(-1);
  /** Nodes 1…denseNodes (depths 1 and 2, numbered first) have dense row node - 1. */
  private readonly denseNodes: number;
  private readonly dense: Int32Array;
  /** Slots of 3 ints [node + 1 (0 = empty), unit, child], interleaved so a probe touches one cache line. */
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  private readonly units: string;
  private readonly fanout: string;
  private parents: Int32Array | null = null;

  constructor(compiled: CompiledTrie) {
    const { units, fanout, terms } = compiled;
    const n = fanout.length;
    this.nodeCount = n;
    this.units = units;
    this.fanout = fanout;
    const term = new Int32Array(n).fill(-1);
    for (let i = 0; i + 1 < terms.length; i += 2) term[terms[i] as number] = terms[i + 1] as number;
    this.term = term;

    const depth1 = n > 0 ? fanout.charCodeAt(0) - FANOUT_BASE : 0;
    let denseNodes = depth1;
    for (let p = 1; p <= depth1; p++) denseNodes += fanout.charCodeAt(p) - FANOUT_BASE;
    this.denseNodes = denseNodes;
    const dense = new Int32Array(Math.max(1, denseNodes) * WIDTH).fill(-1);
    this.dense = dense;

    let bits = 4;
    while (1 << bits < n * 4) bits++;
    const shift = 32 - bits;
    const mask = (1 << bits) - 1;
    this.shift = shift;
    this.mask = mask;
    const slots = new Int32Array(3 << bits);
    this.slots = slots;
    const root = this.root;

    // Place every edge: children of p are the next fanout(p) node numbers (breadth-first order).
    let child = 1;
    for (let p = 0; p < n; p++) {
      const end = child + fanout.charCodeAt(p) - FANOUT_BASE;
      for (; child < end; child++) {
        const c = units.charCodeAt(child - 1);
        if (p === 0) {
          root[c] = child;
          continue;
        }
        const cls = CLASS[c] as number;
        if (p <= denseNodes && cls !== 0) {
          dense[(p - 1) * WIDTH + cls] = child;
          continue;
        }
        let h = Math.imul(p ^ (c << 12) ^ c, 0x9e3779b1) >>> shift;
        while (slots[h * 3] !== EMPTY) h = (h + 1) & mask;
        slots[h * 3] = p + 1;
        slots[h * 3 + 1] = c;
        slots[h * 3 + 2] = child;
      }
    }
  }

  /** The child of `node` by unit `c`, or -1. */
  next(node: number, c: number): number {
    if (node === 0) return this.root[c] as number;
    if (node <= this.denseNodes) {
      const cls = CLASS[c] as number;
      if (cls !== 0) return this.dense[(node - 1) * WIDTH + cls] as number;
    }
    const tag = node + 1;
    const slots = this.slots;
    let h = Math.imul(node ^ (c << 12) ^ c, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const at = h * 3;
      const n = slots[at] as number;
      if (n === EMPTY) return -1;
      if (n === tag && slots[at + 1] === c) return slots[at + 2] as number;
      h = (h + 1) & this.mask;
    }
  }

  /** The folded key that ends at `node` (for debugging output; builds a parent table on first use). */
  keyAt(node: number): string {
    const fanout = this.fanout;
    if (!this.parents) {
      const parents = new Int32Array(this.nodeCount);
      let child = 1;
      for (let p = 0; p < this.nodeCount; p++) {
        const end = child + fanout.charCodeAt(p) - FANOUT_BASE;
        for (; child < end; child++) parents[child] = p;
      }
      this.parents = parents;
    }
    const codes: number[] = [];
    for (let at = node; at > 0; at = this.parents[at] as number) codes.push(this.units.charCodeAt(at - 1));
    return String.fromCharCode(...codes.reverse());
  }
}
