// One pass over the folded text: at every word start, walk the trie from the word itself and from just
// after each proclitic the word begins with, and keep every key that ends on a word boundary (or on an
// accepted suffix followed by one). Output: candidates (aliases) and hits (qualifier/trigger words).
// The cost per word is the depth walked in the trie, which does not grow with the number of keys.

import { WORD, type Folded } from '../fold';
import { AL, ALEF, CLITIC, NISBA_SUFFIXES, PREFIXES_BY_FIRST, YA_SUFFIXES } from './affixes';
import { F, type CompiledV1 } from './compiled';
import type { Trie } from './trie';

export interface Candidate {
  start: number;
  end: number;
  alias: number;
  /** Index of the first and of the last word (in Scan.wordStarts). */
  word: number;
  lastWord: number;
  /** Order among candidates of equal span, lowest first (see RANK_*). */
  rank: number;
}

/**
 * At equal span: an exclusion phrase first (it exists to win); then the alias as written before a form
 * derived from another alias (omar-bajauri's باجوري before Bajaur's nisba باجور+ي); at each of those an
 * unambiguous alias before a ruled one, so that the evidence rules are checked against (resolve.ts,
 * pass A) is what the output shows.
 */
const RANK_RULED = 1;
export const RANK_DERIVED = 2;
const RANK_PLAIN = 4;

export interface Hit {
  start: number;
  end: number;
  /** Index into CompiledV1.words. */
  wordId: number;
  word: number;
  lastWord: number;
}

export interface Scan {
  /** Sorted by start, then longest first. */
  candidates: Candidate[];
  hits: Hit[];
  wordStarts: Int32Array;
  /** Sentence number of each word: rule and proximity windows never reach into another sentence. */
  wordSentences: Int32Array;
  wordCount: number;
  /** The folded text (resolve reads the punctuation between two spans). */
  codes: Uint16Array;
}

const PLAIN = 0;
const YA = 0x064a;
const AL_STRIPPED = AL;

const DOT = 0x2e;
const isLatinLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/**
 * Whether the non-word character at `i` ends a sentence: a line break, ! ? ؟ before a non-word
 * character, or a period that is not inside a number or a name ("3.5", "example.com") and does not
 * follow a short Latin word ("U.S.", "Gen.", "Sept.": abbreviations far more often than sentence ends in
 * news, and a missed break only widens a window, a false one cuts "Gen. Kurilla" from its qualifier).
 * The folded text is lower case, so this cannot look at capitals as lib/sentences.ts does.
 */
function endsSentence(codes: Uint16Array, n: number, i: number, word: Uint8Array): boolean {
  const c = codes[i] as number;
  if (c === 0x0a) return true;
  if (c !== DOT && c !== 0x21 && c !== 0x3f && c !== 0x061f) return false;
  if (i + 1 < n && word[codes[i + 1] as number] === 1) return false;
  if (c !== DOT) return true;
  let k = i - 1;
  while (k >= 0 && i - k <= 5 && isLatinLower(codes[k] as number)) k--;
  return !(i - k > 1 && i - k <= 5);
}

function startsWith(codes: Uint16Array, at: number, end: number, prefix: Uint16Array): boolean {
  if (at + prefix.length > end) return false;
  for (let i = 0; i < prefix.length; i++) if (codes[at + i] !== prefix[i]) return false;
  return true;
}

/** Original-text check for case-sensitive aliases: the letters' case must match the alias's. */
export type CaseCheck = (start: number, end: number, cased: string) => boolean;

/** Word arrays reused across calls by one matcher (grown on demand): a Scan is read before the next. */
export interface ScanBuffers {
  wordStarts: Int32Array;
  wordSentences: Int32Array;
}

export function newScanBuffers(cap = 16): ScanBuffers {
  return { wordStarts: new Int32Array(cap), wordSentences: new Int32Array(cap) };
}

interface WordSets {
  stop: Set<string>;
  /** Bit n set when a stop word has n letters (n < 32): most derived readings skip building the string. */
  stopLengths: number;
  given: Set<string>;
}
const wordSets = new WeakMap<CompiledV1, WordSets>();
/** The compiled stop words and given names as sets (built once per compiled gazetteer). */
function wordSetsOf(g: CompiledV1): WordSets {
  let sets = wordSets.get(g);
  if (!sets) {
    let stopLengths = 0;
    for (const w of g.stopWords) if (w.length < 32) stopLengths |= 1 << w.length;
    sets = { stop: new Set(g.stopWords), stopLengths, given: new Set(g.givenNames) };
    wordSets.set(g, sets);
  }
  return sets;
}

export function scan(f: Folded, trie: Trie, g: CompiledV1, caseOk: CaseCheck, buffers?: ScanBuffers): Scan {
  const { codes, length: n } = f;
  // Module bindings read in the hot loop are copied to locals: some loaders (tsx, CJS interop) turn
  // imported bindings into getters, which cost a call per character.
  const WORD_ = WORD;
  const PREFIXES = PREFIXES_BY_FIRST;
  const afterAlef = trie.next(0, ALEF);
  const { stop, stopLengths, given } = wordSetsOf(g);
  /** A derived reading (proclitic, ال, nisba, stem) whose whole word is a stop word: «فروسية». */
  const stopped = (p: number, e: number): boolean =>
    (e - p >= 32 ? stop.size > 0 : (stopLengths & (1 << (e - p))) !== 0) &&
    stop.has(String.fromCharCode(...codes.subarray(p, e)));
  /**
   * Whether the word before `p` is a given name, joined to it by one space only (no comma, no line
   * break), with «و» allowed before the name: «توكل كرمان», «وتوكل كرمان». Other proclitics are not
   * stripped: «لصالح» is "in favour of", not ل + the name صالح.
   */
  const afterGivenName = (p: number): boolean => {
    if (given.size === 0 || p < 2 || codes[p - 1] !== 0x20) return false;
    let s = p - 1;
    while (s > 0 && WORD_[codes[s - 1] as number] === 1) s--;
    if (s === p - 1) return false;
    const name = String.fromCharCode(...codes.subarray(s, p - 1));
    return given.has(name) || (name.startsWith('و') && given.has(name.slice(1)));
  };
  const candidates: Candidate[] = [];
  const hits: Hit[] = [];
  const words = buffers ?? newScanBuffers(Math.max(16, n >> 3));
  let wordStarts = words.wordStarts;
  let wordSentences = words.wordSentences;
  let wordCount = 0;
  let sentence = 0;
  const boundary = (x: number): boolean => x >= n || WORD_[codes[x] as number] === 0;

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
    // 'marked' entities: the bare masculine nisba without ال (طالباني, كوناري) is a surname more often.
    if (flags & F.MARKED && kind !== AL_STRIPPED) {
      const bareYa = flags & F.ENDS_YA ? e === j && flags & F.DERIVED : e === j + 1 && codes[j] === YA;
      if (bareYa) return -1;
    }
    if (kind === AL_STRIPPED) {
      if (flags & F.AL_FREE) return e;
      if (flags & F.AL_NISBA && (e > j || flags & F.ENDS_YA)) return e;
      return -1;
    }
    return e;
  };

  /**
   * The "s" of a possessive ("Pakistan's", folded ’ → '): not a word of its own, so that windows count
   * "Pakistan's Punjab" as adjacent, like «البنجاب الباكستاني».
   */
  const possessiveS = (k: number): boolean =>
    k >= 2 &&
    codes[k] === 0x73 &&
    codes[k - 1] === 0x27 &&
    WORD_[codes[k - 2] as number] === 1 &&
    boundary(k + 1);

  /** Index of the last word of [p, e) that starts at word `word`: words are counted where they start. */
  const lastWordOf = (p: number, e: number, word: number): number => {
    let last = word;
    for (let k = p + 1; k < e; k++) {
      if (WORD_[codes[k] as number] === 1 && WORD_[codes[k - 1] as number] === 0 && !possessiveS(k)) last++;
    }
    return last;
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
          if (boundary(j))
            hits.push({ start: p, end: j, wordId: ~item, word, lastWord: lastWordOf(p, j, word) });
          continue;
        }
        const a = g.aliases[item];
        if (!a || (kind !== PLAIN && !(a.flags & F.ARABIC))) continue;
        const e = suffixEnd(j, a.flags, kind);
        if (e < 0) continue;
        if (a.flags & F.CASE && !caseOk(from, j, a.cased)) continue;
        if ((kind !== PLAIN || e > j || a.flags & F.DERIVED) && !(a.flags & F.BLOCK) && stopped(p, e))
          continue;
        // A ruled place name as written, right after a given name, is that person's surname; written
        // bare only: «وولد محمد بكابل» is "in Kabul", a proclitic never sits inside a full name.
        if (kind === PLAIN && a.flags & F.RULED && e === j && !(a.flags & F.DERIVED) && afterGivenName(p)) {
          if (g.entities[a.entity]?.type === 'place') continue;
        }
        const rank =
          a.flags & F.BLOCK
            ? 0
            : RANK_PLAIN +
              (e > j || a.flags & F.DERIVED ? RANK_DERIVED : 0) +
              (a.flags & F.RULED ? RANK_RULED : 0);
        candidates.push({ start: p, end: e, alias: item, word, lastWord: lastWordOf(p, e, word), rank });
      }
    }
  };

  for (let i = 0; i < n; i++) {
    const c = codes[i] as number;
    if (WORD_[c] === 0) {
      if (wordCount > 0 && endsSentence(codes, n, i, WORD_)) sentence = wordCount;
      continue;
    }
    if (i > 0 && WORD_[codes[i - 1] as number] === 1) continue;
    if (possessiveS(i)) continue;
    if (wordCount === wordStarts.length) {
      const w2 = new Int32Array(wordStarts.length * 2);
      w2.set(wordStarts);
      wordStarts = w2;
      const s2 = new Int32Array(w2.length);
      s2.set(wordSentences);
      wordSentences = s2;
      words.wordStarts = wordStarts;
      words.wordSentences = wordSentences;
    }
    const word = wordCount++;
    wordStarts[word] = i;
    wordSentences[word] = sentence;
    // Candidates go straight into the output; only a word with several of them (rare) is re-sorted.
    const base = candidates.length;
    walk(i, i, 0, PLAIN, word);
    const prefixes = PREFIXES.get(c);
    if (prefixes) {
      for (const { units, kind } of prefixes) {
        if (!startsWith(codes, i, n, units)) continue;
        if (kind === CLITIC) walk(i, i + units.length, 0, CLITIC, word);
        else if (kind === AL) walk(i, i + units.length, 0, AL_STRIPPED, word);
        else {
          // للهند = ل + الهند: enter the trie as if the elided alef had been read; لل + باكستانية as ال.
          if (afterAlef >= 0) walk(i, i + units.length - 1, afterAlef, CLITIC, word);
          walk(i, i + units.length, 0, AL_STRIPPED, word);
        }
      }
    }
    // Longest first; at equal length by rank.
    if (candidates.length - base > 1) {
      const mine = candidates.splice(base).sort((x, y) => y.end - x.end || x.rank - y.rank);
      for (const cand of mine) candidates.push(cand);
    }
  }
  return { candidates, hits, wordStarts, wordSentences, wordCount, codes };
}
