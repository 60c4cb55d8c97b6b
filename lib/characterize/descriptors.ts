// Titles, appositions and epithets attached to one mention, cut verbatim from its sentence. Nothing is
// inferred: every descriptor is a span of the text next to the name, found by a small set of head
// words and bounded by punctuation and word counts (README.md: what counts and what does not).
//
// - title: a rank or an office right before a person's name («المشير», «المتحدث باسم طالبان»,
//   "Lt Gen", "Pakistan army chief"), possibly several in a row, possibly before a comma
//   («الرئيس الأمريكي، دونالد ترامب»);
// - apposition: a noun phrase set beside the name, after it between commas («، قائد الجيش
//   الباكستاني،», ", head of U.S. Central Command,") or before it joined by «يُدعى» / "named";
// - epithet: an evaluative adjective fixed to an organization's or person's name («داعش الإرهابي»,
//   "the militant …"). Classifiers (تنظيم، حركة، جماعة، "group") are part of the name, never descriptors.

import { fold } from '../fold';
import type { Descriptor } from './types';
import { writtenName, type EntityMention } from './names';
import { tokenize, type Token } from './descriptor-tokens';
import {
  AR_RANK,
  AR_OFFICE,
  AR_APPOSITION,
  AR_EPITHET,
  AR_NAMED,
  AR_STOP,
  AR_TIME,
  EN_RANK,
  EN_OFFICE,
  EN_MODIFIER,
  EN_LINK,
  EN_EPITHET,
  EN_NAMED,
  EN_STOP,
  EN_DETERMINER,
  AR_COMPOUND,
  AR_NOT_POSSESSOR,
} from './descriptor-words';

const ARABIC = /[\u0600-\u06ff]/u;
/** Characters read on each side of a mention: a 10-word title or an 8-word apposition fits. */
const WINDOW = 130;

type Parts = readonly { clitic: number; definite: boolean; stem: string }[];

const partsMemo = new Map<string, Parts>();

/** The parts of an Arabic word: how many folded letters of proclitic, whether the article follows, the stem. */
function arabicParts(f: string): Parts {
  const known = partsMemo.get(f);
  if (known) return known;
  const out: { clitic: number; definite: boolean; stem: string }[] = [];
  for (const c of ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك']) {
    if (!f.startsWith(c)) continue;
    const rest = f.slice(c.length);
    if (rest.startsWith('ال')) out.push({ clitic: c.length, definite: true, stem: rest.slice(2) });
    else if (c.endsWith('ل') && rest.startsWith('ل'))
      out.push({ clitic: c.length - 1, definite: true, stem: rest.slice(1) });
    out.push({ clitic: c.length, definite: false, stem: rest });
  }
  if (partsMemo.size > 50_000) partsMemo.clear();
  partsMemo.set(f, out);
  return out;
}

/** The head class of an Arabic word and where it starts (after its clitic), or null. */
function arabicHead(t: Token, lexicon: ReadonlySet<string>, definiteOnly = false): number | null {
  for (const p of arabicParts(t.f)) {
    if (definiteOnly && !p.definite) continue;
    // Tanween alif («مسؤولاً») and a feminine ة (folded ه) on the same stem.
    const s = p.stem;
    if (
      lexicon.has(s) ||
      (s.endsWith('ا') && lexicon.has(s.slice(0, -1))) ||
      (s.endsWith('ه') && lexicon.has(s.slice(0, -1)))
    ) {
      if (p.clitic === 0 && !p.definite) return t.start;
      const f = fold(t.text);
      return t.start + (f.starts[p.clitic] as number);
    }
  }
  return null;
}

const isDefiniteBare = (t: Token): boolean =>
  t.f.startsWith('ال') && t.f.length > 3 && !AR_STOP.has(t.f) && !AR_TIME.has(t.f);
const isOpening = (t: Token): boolean => /[«“"(]/u.test(t.text);

function span(text: string, start: number, end: number, kind: Descriptor['kind']): Descriptor {
  return { kind, text: text.slice(start, end), start, end };
}

const DEFINITE = /^(?:[وف]?[بلك]?ال|[وف]?لل)/u;
const isDefinite = (t: Token): boolean => DEFINITE.test(t.f);
/** «نظيره», «قواتها»: a noun with an attached pronoun belongs to someone else, never to a title. */
const hasPronoun = (t: Token): boolean => t.text.length > 3 && /(?:[^ة]ه|ها|هم|هما)$/u.test(t.text);

/**
 * Arabic titles before a person's name, nearest first. A title ends right before the name (or before
 * the comma of «الرئيس الأمريكي، دونالد ترامب») with a word that can close a noun phrase: a definite
 * word, a definite head («الرئيس ترامب»), or the organization after «باسم». An indefinite word right
 * before the name makes the name its possessor («مستشار ترامب»: Trump's adviser, «حملة ترامب»).
 */
function arabicTitles(text: string, before: Token[]): Descriptor[] {
  const out: Descriptor[] = [];
  let end = before.length - 1;
  if (before[end]?.text === '،' || before[end]?.text === ',') end--;
  while (end >= 0 && before[end]?.word) {
    let head = -1;
    let at = 0;
    let rank = false;
    for (let j = end; j >= 0 && end - j < 10; j--) {
      const t = before[j] as Token;
      if (!t.word || AR_STOP.has(t.f) || (j < end && hasPronoun(t))) break;
      const r = arabicHead(t, AR_RANK, true);
      const h = r ?? arabicHead(t, AR_OFFICE);
      if (h !== null) {
        head = j;
        at = h;
        rank = r !== null;
        break;
      }
    }
    if (head < 0) break;
    const last = before[end] as Token;
    const closes =
      (head === end && (rank || isDefinite(last))) ||
      (head < end && (isDefinite(last) || before[end - 1]?.f === 'باسم' || before[end - 2]?.f === 'باسم'));
    if (!closes || last.f === 'باسم') break;
    // A title further from the name than the first one must be one noun phrase: definite words only
    // («قائد القيادة المركزية الأمريكية الجنرال …»), not a clause that happens to hold a head word.
    if (out.length > 0 && before.slice(head + 1, end + 1).some((t) => !isDefinite(t))) break;
    const prev = before[head - 1];
    if (prev?.word && !isDefinite(prev) && arabicHead(prev, AR_COMPOUND) !== null) {
      head--;
      at = prev.start;
    }
    out.push(span(text, at, last.end, 'title'));
    end = head - 1;
  }
  return out;
}

/**
 * «حليف روسيا، الرئيس السوري …», «مطالب ترامب المتشددة»: after an indefinite noun the name is its
 * possessor, and what follows describes the whole phrase, not the entity.
 */
function possessed(before: Token[], surfaceHasClitic: boolean): boolean {
  const t = before[before.length - 1];
  if (surfaceHasClitic || !t?.word || !ARABIC.test(t.text) || /^\p{N}/u.test(t.text)) return false;
  return !isDefinite(t) && !AR_STOP.has(t.f) && !AR_NOT_POSSESSOR.has(t.f) && !AR_RANK.has(t.f);
}

/** English titles before a person's name: a run of ranks, then an office phrase. */
function englishTitles(text: string, before: Token[]): Descriptor[] {
  const out: Descriptor[] = [];
  let end = before.length - 1;
  let j = end;
  while (j >= 0 && (before[j] as Token).word && EN_RANK.has((before[j] as Token).f)) j--;
  if (j < end) out.push(span(text, (before[j + 1] as Token).start, (before[end] as Token).end, 'title'));
  end = j;
  const t = before[end];
  if (!t?.word) return out;
  let head = -1;
  if (EN_OFFICE.has(t.f)) head = end;
  else {
    // Head-initial: "head of U.S. Central Command", "spokesman for the Taliban".
    for (let k = end; k >= 0 && end - k < 6; k--) {
      const w = before[k] as Token;
      if (!w.word) break;
      if (EN_OFFICE.has(w.f) && k < end) {
        head = k;
        break;
      }
      if (!EN_LINK.has(w.f) && !/^\p{Lu}/u.test(w.text) && !EN_MODIFIER.has(w.f)) break;
    }
    if (head < 0 || !EN_LINK.has(before[head + 1]?.f ?? '')) return out;
  }
  let from = head;
  while (from > 0) {
    const w = before[from - 1] as Token;
    const modifier =
      EN_MODIFIER.has(w.f) || EN_OFFICE.has(w.f) || /['’]s$/u.test(w.text) || /^\p{Lu}/u.test(w.text);
    if (!w.word || !modifier || EN_DETERMINER.has(w.f) || EN_STOP.has(w.f)) break;
    from--;
  }
  out.push(span(text, (before[from] as Token).start, (before[end] as Token).end, 'title'));
  return out;
}

/** The phrase after the name between a comma and the next delimiter (≤ 8 words), if it is a noun phrase. */
function apposition(text: string, after: Token[], arabic: boolean): Descriptor | null {
  let i = 0;
  // «حركة طالبان باكستان (TTP)، …»: an acronym in brackets belongs to the name.
  if (after[0]?.text === '(' && after[2]?.text === ')') i = 3;
  if (after[i]?.text !== '،' && after[i]?.text !== ',') return null;
  const words: Token[] = [];
  for (let k = i + 1; k < after.length; k++) {
    const t = after[k] as Token;
    if (!t.word) {
      if (isOpening(t) || /[»”"]/u.test(t.text)) return null;
      if (t.text === '.' && /\.$/u.test(words[words.length - 1]?.text ?? '')) continue;
      break;
    }
    words.push(t);
    if (words.length > 8) return null;
  }
  const first = words[0];
  if (!first) return null;
  if (arabic) {
    if (AR_STOP.has(first.f) || AR_TIME.has(first.f)) return null;
    const head = words.some(
      (w, k) =>
        arabicHead(w, AR_OFFICE) === w.start ||
        arabicHead(w, AR_RANK, true) === w.start ||
        (k === 0 && arabicHead(w, AR_APPOSITION) === w.start),
    );
    const nounStart =
      isDefiniteBare(first) ||
      arabicHead(first, AR_OFFICE) === first.start ||
      arabicHead(first, AR_APPOSITION) === first.start;
    if (!head || !nounStart) return null;
  } else {
    if (EN_STOP.has(first.f)) return null;
    if (!words.some((w) => EN_OFFICE.has(w.f) || EN_RANK.has(w.f))) return null;
  }
  return span(text, first.start, (words[words.length - 1] as Token).end, 'apposition');
}

/** «مسؤولاً رفيعاً في داعش يُدعى برهان», "a militant named …": the phrase before the naming word. */
function namedBy(text: string, before: Token[], arabic: boolean): Descriptor | null {
  const link = before[before.length - 1];
  if (!link?.word || !(arabic ? AR_NAMED : EN_NAMED).has(link.f)) return null;
  const end = before.length - 2;
  for (let j = end; j >= 0 && end - j < 8; j--) {
    const t = before[j] as Token;
    if (!t.word || (arabic ? AR_STOP : EN_STOP).has(t.f)) return null;
    const at = arabic
      ? (arabicHead(t, AR_OFFICE) ?? arabicHead(t, AR_APPOSITION))
      : EN_OFFICE.has(t.f)
        ? t.start
        : null;
    if (at !== null) return span(text, at, (before[end] as Token).end, 'apposition');
  }
  return null;
}

function epithets(
  text: string,
  before: Token[],
  after: Token[],
  arabic: boolean,
  person: boolean,
): Descriptor[] {
  const out: Descriptor[] = [];
  if (arabic) {
    let k = 0;
    if (after[k] && /^[»”"]$/u.test(after[k]?.text ?? '')) k++;
    for (; k < after.length && out.length < 3; k++) {
      const t = after[k] as Token;
      if (!t.word || !t.f.startsWith('ال') || !AR_EPITHET.has(t.f.slice(2))) break;
      // A person's epithet agrees with him: «ترامب المتشددة» describes something of his.
      if (person && t.text.endsWith('ة')) break;
      out.push(span(text, t.start, t.end, 'epithet'));
    }
  } else {
    let k = before.length - 1;
    if (before[k]?.f === 'group') k--;
    const t = before[k];
    if (t?.word && EN_EPITHET.has(t.f)) out.push(span(text, t.start, t.end, 'epithet'));
  }
  return out;
}

/**
 * The descriptors of one mention, from its sentence [start, end). Titles and the «يُدعى» phrase are
 * sought for persons, epithets for organizations and persons, appositions for every type.
 */
export function findDescriptors(
  text: string,
  mention: EntityMention,
  sentence: readonly [number, number],
): Descriptor[] {
  const [s0, s1] = sentence;
  const before = tokenize(text, Math.max(s0, mention.start - WINDOW), mention.start);
  // A cut at the window's start may split a word: drop it.
  if (mention.start - WINDOW > s0) before.shift();
  // An apposition is at most 8 words after a comma (and a bracketed acronym): 16 tokens hold it.
  const after = tokenize(text, mention.end, Math.min(s1, mention.end + WINDOW), 16);
  const surface = text.slice(mention.start, mention.end);
  const arabic = ARABIC.test(surface);
  // A nisba («الباكستانية») is an adjective of something else: nothing around it describes the entity.
  const name = writtenName(text, mention);
  if (name === null) return [];
  // «لترامب», «وترامب»: a preposition or a conjunction stands between the name and what precedes it.
  const clitic = arabic && !surface.startsWith(name);
  const out: Descriptor[] = [];
  if (mention.type === 'person' && !clitic) {
    const named = namedBy(text, before, arabic);
    if (named) out.push(named);
    else out.push(...(arabic ? arabicTitles(text, before) : englishTitles(text, before)));
  }
  // A possessor's apposition is rare for a person («اعتبر جو بايدن، نائب الرئيس …»: the word before is a
  // verb, which this cannot tell from a noun) and common for a place («بحليف روسيا، الرئيس السوري»).
  const possessor = arabic && possessed(before, clitic);
  const app = possessor && mention.type !== 'person' ? null : apposition(text, after, arabic);
  if (app) out.push(app);
  if (possessor) return out.sort((a, b) => a.start - b.start);
  if (mention.type === 'organization' || mention.type === 'person')
    out.push(...epithets(text, before, after, arabic, mention.type === 'person'));
  return out.sort((a, b) => a.start - b.start);
}
