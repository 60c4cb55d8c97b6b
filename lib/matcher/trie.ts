// A character trie over folded keys, with transitions in one open-addressing hash table keyed by
// (node, UTF-16 unit) and the root's transitions in a direct 64K table (every word start looks up the
// root). A lookup costs the same whatever the number of keys; see docs/decisions/engine-automaton.md.

const EMPTY = 0;

export class Trie {
  /** Key index ending at each node, or -1. */
  readonly term: Int32Array;
  readonly nodeCount: number;
  private readonly root = new Int32Array(65536).fill(-1);
  private readonly slotNode: Int32Array; // node + 1; 0 = empty
  private readonly slotChar: Uint16Array;
  private readonly slotNext: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(keys: readonly string[]) {
    let total = 1;
    for (const k of keys) total += k.length;
    let bits = 4;
    while (1 << bits < total * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slotNode = new Int32Array(1 << bits);
    this.slotChar = new Uint16Array(1 << bits);
    this.slotNext = new Int32Array(1 << bits);
    const term = new Int32Array(total).fill(-1);
    let nodes = 1;
    keys.forEach((key, ki) => {
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        let next = this.next(node, c);
        if (next < 0) {
          next = nodes++;
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
    const tag = node + 1;
    let h = Math.imul(node ^ (c << 12) ^ c, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const n = this.slotNode[h] as number;
      if (n === EMPTY) return -1;
      if (n === tag && this.slotChar[h] === c) return this.slotNext[h] as number;
      h = (h + 1) & this.mask;
    }
  }

  private link(node: number, c: number, next: number): void {
    if (node === 0) {
      this.root[c] = next;
      return;
    }
    let h = Math.imul(node ^ (c << 12) ^ c, 0x9e3779b1) >>> this.shift;
    while (this.slotNode[h] !== EMPTY) h = (h + 1) & this.mask;
    this.slotNode[h] = node + 1;
    this.slotChar[h] = c;
    this.slotNext[h] = next;
  }
}
