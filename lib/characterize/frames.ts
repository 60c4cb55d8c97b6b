// Frame cues near an entity: the words of the frame lexicon (frame-lexicon.ts) that stand within a few
// words of one of the entity's mentions, in the same sentence, each with that sentence as its evidence.
// The text is folded and scanned once (one regular expression for the whole lexicon); the assembler
// then asks for each entity in turn, which only filters the cues already found.

import { fold, toOriginal, WORD, type Folded } from '../fold';
import { FRAME_LEXICON } from './frame-lexicon';
import type { EntityMention } from './names';
import type { FrameCategory, FrameCue } from './types';

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
/** One group per lexicon entry, so the entry is read off the group that matched. Tried only where the
 * prefilter found a stem: a regular expression with a look-behind tried at every position of a long
 * text was most of the cost. */
const ENTRY = new RegExp(
  BOUNDARY_BEFORE + '(?:' + FRAME_LEXICON.map((e) => `(${e.pattern})`).join('|') + ')' + BOUNDARY_AFTER,
  'uy',
);
/** A stem of every entry: each match of ENTRY contains one, in its first word. */
const PREFILTER = new RegExp(FRAME_LEXICON.map((e) => e.stems).join('|'), 'g');
const DECODER = new TextDecoder('utf-16le');

interface Cue {
  category: FrameCategory;
  start: number;
  end: number;
}

interface Scanned {
  text: string;
  cues: Cue[];
  /** Original offsets where words start, ascending: words between two spans by binary search. */
  wordStarts: Int32Array;
}

/**
 * «يُدعى» (is named) folds like «يدّعي» (claims). Followed by «أن» it claims («الممثل الذي يدعى أن …»,
 * however it is spelt); otherwise the ى or a damma after the first letter says it names.
 */
function isNamedVerb(text: string, start: number, end: number): boolean {
  if (/^\s*(?:ب?[أإا]ن)/u.test(text.slice(end, end + 6))) return false;
  const w = text.slice(start, end);
  return /ى$/u.test(w) || /^[وف]?[يت]\u064f/u.test(w);
}

let last: Scanned | null = null;

function scan(text: string, pre?: Folded): Scanned {
  if (last && last.text === text) return last;
  const f = pre ?? fold(text);
  const s = DECODER.decode(f.codes.subarray(0, f.length));
  const cues: Cue[] = [];
  PREFILTER.lastIndex = 0;
  for (let hit = PREFILTER.exec(s); hit; hit = PREFILTER.exec(s)) {
    let from = hit.index;
    while (from > 0 && WORD[s.charCodeAt(from - 1)] === 1) from--;
    ENTRY.lastIndex = from;
    const m = ENTRY.exec(s);
    if (!m) continue;
    PREFILTER.lastIndex = Math.max(PREFILTER.lastIndex, from + m[0].length);
    let k = 1;
    while (k < m.length && m[k] === undefined) k++;
    const entry = FRAME_LEXICON[k - 1];
    if (!entry) continue;
    const [start, end] = toOriginal(f, from, from + m[0].length);
    if (entry.category === 'claimed' && /^[وف]?[يتن]دعي/u.test(m[0]) && isNamedVerb(text, start, end))
      continue;
    cues.push({ category: entry.category, start, end });
  }
  const starts: number[] = [];
  let inWord = false;
  for (let k = 0; k < f.length; k++) {
    const w = WORD[f.codes[k] as number] === 1;
    if (w && !inWord) starts.push(f.starts[k] as number);
    inWord = w;
  }
  last = { text, cues, wordStarts: Int32Array.from(starts) };
  return last;
}

/** How many words start before `offset`. */
function ordinal(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceIndex(sentences: readonly (readonly [number, number])[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.[0] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  return s && offset >= s[0] && offset < s[1] ? lo : -1;
}

/**
 * The frame cues within `window` words of any of `mentions` (one entity's) in the same sentence, in
 * text order, each once. A cue inside one of the entity's own mentions is part of its name («الهجوم
 * الإرهابي على قاعة …»), not a frame; a mention inside a cue («سياسة باكستان المزدوجة») is framed by it. `folded` is the text's fold, when the caller has it.
 */
export function findFrames(
  text: string,
  mentions: readonly EntityMention[],
  sentences: readonly (readonly [number, number])[],
  window = 8,
  folded?: Folded,
): FrameCue[] {
  if (!mentions.length) return [];
  const { cues, wordStarts } = scan(text, folded);
  const bySentence = new Map<number, EntityMention[]>();
  for (const m of mentions) {
    const si = sentenceIndex(sentences, m.start);
    if (si < 0) continue;
    const list = bySentence.get(si);
    if (list) list.push(m);
    else bySentence.set(si, [m]);
  }
  const out: FrameCue[] = [];
  for (const c of cues) {
    const si = sentenceIndex(sentences, c.start);
    const near = bySentence.get(si);
    if (!near) continue;
    if (near.some((m) => c.start >= m.start && c.end <= m.end)) continue;
    const close = near.some((m) => {
      const between =
        m.start >= c.end
          ? ordinal(wordStarts, m.start) - ordinal(wordStarts, c.end)
          : ordinal(wordStarts, c.start) - ordinal(wordStarts, m.end);
      return between <= window;
    });
    if (!close) continue;
    const [s0, s1] = sentences[si] as readonly [number, number];
    out.push({
      category: c.category,
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      sentence: { text: text.slice(s0, s1), start: s0, end: s1 },
    });
  }
  return out;
}
