// One pass over the folded text: at every word start, walk the trie from the word itself and from just
// after each proclitic the word begins with, and keep every key that ends on a word boundary (or on an
// accepted suffix followed by one). Output: candidates (aliases) and hits (qualifier/trigger words).
// The cost per word is the depth walked in the trie, which does not grow with the number of keys.

import { WORD, type Folded } from '../fold';
import {
  AL_PREFIXES,
  ALEF,
  CLITIC_FIRST,
  CLITICS,
  LL_PREFIXES,
  NISBA_SUFFIXES,
  YA_SUFFIXES,
} from './affixes';
import { F, type CompiledV1 } from './compiled';
import type { Trie } from './trie';

export interface Candidate {
  start: number;
  end: number;
  alias: number;
  /** Index of the first word (in Scan.wordStarts). */
  word: number;
}

export interface Hit {
  start: number;
  end: number;
  /** Index into CompiledV1.words. */
  wordId: number;
  word: number;
}

export interface Scan {
  /** Sorted by start, then longest first. */
  candidates: Candidate[];
  hits: Hit[];
  wordStarts: Int32Array;
  wordCount: number;
}

const PLAIN = 0;
const CLITIC = 1;
const AL_STRIPPED = 2;

function startsWith(codes: Uint16Array, at: number, end: number, prefix: Uint16Array): boolean {
  if (at + prefix.length > end) return false;
  for (let i = 0; i < prefix.length; i++) if (codes[at + i] !== prefix[i]) return false;
  return true;
}

/** Original-text check for case-sensitive aliases: the letters' case must match the alias's. */
export type CaseCheck = (start: number, end: number, cased: string) => boolean;

export function scan(f: Folded, trie: Trie, g: CompiledV1, caseOk: CaseCheck): Scan {
  const { codes, length: n } = f;
  const candidates: Candidate[] = [];
  const hits: Hit[] = [];
  let wordStarts = new Int32Array(Math.max(16, n >> 3));
  let wordCount = 0;
  const local: Candidate[] = [];
  const boundary = (x: number): boolean => x >= n || WORD[codes[x] as number] === 0;

  const suffixEnd = (j: number, flags: number, kind: number): number => {
    let e = -1;
    if (!(flags & F.STEM) && boundary(j)) e = j;
    else if (flags & F.NISBA) {
      for (const s of flags & F.ENDS_YA ? YA_SUFFIXES : NISBA_SUFFIXES) {
        if (startsWith(codes, j, n, s) && boundary(j + s.length)) {
          e = j + s.length;
          break;
        }
      }
    } else if (flags & F.EN_PLURAL && codes[j] === 0x73 && boundary(j + 1)) e = j + 1;
    if (e < 0) return -1;
    if (kind === AL_STRIPPED) {
      if (flags & F.AL_FREE) return e;
      if (flags & F.AL_NISBA && (e > j || flags & F.ENDS_YA)) return e;
      return -1;
    }
    return e;
  };

  const walk = (p: number, from: number, node: number, kind: number, word: number): void => {
    for (let j = from; j < n;) {
      node = trie.next(node, codes[j] as number);
      if (node < 0) return;
      j++;
      const key = trie.term[node] as number;
      if (key < 0) continue;
      for (const item of g.items[key] as number[]) {
        if (item < 0) {
          if (boundary(j)) hits.push({ start: p, end: j, wordId: ~item, word });
          continue;
        }
        const a = g.aliases[item];
        if (!a || (kind !== PLAIN && !(a.flags & F.ARABIC))) continue;
        const e = suffixEnd(j, a.flags, kind);
        if (e < 0) continue;
        if (a.flags & F.CASE && !caseOk(from, j, a.cased)) continue;
        local.push({ start: p, end: e, alias: item, word });
      }
    }
  };

  for (let i = 0; i < n; i++) {
    const c = codes[i] as number;
    if (WORD[c] === 0 || (i > 0 && WORD[codes[i - 1] as number] === 1)) continue;
    if (wordCount === wordStarts.length) {
      const w2 = new Int32Array(wordStarts.length * 2);
      w2.set(wordStarts);
      wordStarts = w2;
    }
    const word = wordCount++;
    wordStarts[word] = i;
    local.length = 0;
    walk(i, i, 0, PLAIN, word);
    if (CLITIC_FIRST.has(c)) {
      for (const cl of CLITICS) if (startsWith(codes, i, n, cl)) walk(i, i + cl.length, 0, CLITIC, word);
      for (const al of AL_PREFIXES)
        if (startsWith(codes, i, n, al)) walk(i, i + al.length, 0, AL_STRIPPED, word);
      for (const ll of LL_PREFIXES) {
        if (!startsWith(codes, i, n, ll)) continue;
        // للهند = ل + الهند: enter the trie as if the elided alef had been read.
        const afterAlef = trie.next(0, ALEF);
        if (afterAlef >= 0) walk(i, i + ll.length - 1, afterAlef, CLITIC, word);
        walk(i, i + ll.length, 0, AL_STRIPPED, word);
      }
    }
    if (local.length > 1) local.sort((x, y) => y.end - x.end);
    for (const cand of local) candidates.push(cand);
  }
  return { candidates, hits, wordStarts, wordCount };
}
