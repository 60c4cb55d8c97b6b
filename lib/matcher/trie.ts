// A character trie over folded keys. Transitions live in three places, chosen by measurement
// (docs/decisions/engine-automaton.md):
// - the root: a direct 64K table (every word start looks it up);
// - nodes at depth 1 and 2: dense rows indexed by a small letter class (Arabic letters, a–z, digits,
//   space, apostrophe), so the steps every word takes hit a compact, cache-resident table even with
//   50k keys;
// - everything else: one open-addressing hash table keyed by (node, UTF-16 unit).
// A lookup costs the same whatever the number of keys; only how deep a word walks can grow.

const EMPTY = 0;
const DENSE_DEPTH = 2;

/** Letter class of a folded unit, 0 for "not in the dense rows". */
const CLASS = new Uint8Array(65536);
let classes = 1;
for (let c = 0x0621; c <= 0x064a; c++) CLASS[c] = classes++;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = classes++;
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = classes++;
CLASS[0x20] = classes++;
CLASS[0x27] = classes++;
const WIDTH = classes;

export class Trie {
  /** Key index ending at each node, or -1. */
  readonly term: Int32Array;
  readonly nodeCount: number;
  private readonly root = new Int32Array(65536).fill(-1);
  /** Row of each node in `dense`, or -1. */
  private readonly row: Int32Array;
  private dense: Int32Array;
  private rows = 0;
  /** Slots of 3 ints [node + 1 (0 = empty), unit, child], interleaved so a probe touches one cache line. */
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(keys: readonly string[]) {
    let total = 1;
    for (const k of keys) total += k.length;
    let bits = 4;
    while (1 << bits < total * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(3 << bits);
    this.row = new Int32Array(total).fill(-1);
    this.dense = new Int32Array(WIDTH * 64).fill(-1);
    const term = new Int32Array(total).fill(-1);
    let nodes = 1;
    keys.forEach((key, ki) => {
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        let next = this.next(node, c);
        if (next < 0) {
          next = nodes++;
          if (i + 1 <= DENSE_DEPTH) this.addRow(next);
          this.link(node, c, next);
        }
        node = next;
      }
      if ((term[node] as number) < 0) term[node] = ki;
    });
    this.term = term;
    this.nodeCount = nodes;
  }

  /** The child of `node` by unit `c`, or -1. */
  next(node: number, c: number): number {
    if (node === 0) return this.root[c] as number;
    const r = this.row[node] as number;
    if (r >= 0) {
      const cls = CLASS[c] as number;
      if (cls !== 0) return this.dense[r * WIDTH + cls] as number;
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

  private addRow(node: number): void {
    if ((this.rows + 1) * WIDTH > this.dense.length) {
      const grown = new Int32Array(this.dense.length * 2).fill(-1);
      grown.set(this.dense);
      this.dense = grown;
    }
    this.row[node] = this.rows++;
  }

  private link(node: number, c: number, next: number): void {
    if (node === 0) {
      this.root[c] = next;
      return;
    }
    const r = this.row[node] as number;
    const cls = CLASS[c] as number;
    if (r >= 0 && cls !== 0) {
      this.dense[r * WIDTH + cls] = next;
      return;
    }
    let h = Math.imul(node ^ (c << 12) ^ c, 0x9e3779b1) >>> this.shift;
    while (this.slots[h * 3] !== EMPTY) h = (h + 1) & this.mask;
    this.slots[h * 3] = node + 1;
    this.slots[h * 3 + 1] = c;
    this.slots[h * 3 + 2] = next;
  }
}
