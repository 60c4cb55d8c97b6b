// Every quantity or date a text states, with what it counts (see README-claims.md). Sentence by
// sentence: a sentence with no digit costs one scan of its code units and nothing else; the others are
// normalized once (claim-text.ts) and read number by number. Precision over recall: a number becomes
// a claim only when its own words say what it counts.
import type { ClaimAttribute, Qualifier, RawClaim, Span } from './types';
import { sentenceSpans } from '../sentences';
import { claimText, cueRegExp, hasDigit } from './claim-text';
import { numberTokens, type NumberToken } from './numbers';
import { numberWordHints } from './number-words';
import { HIJRI, monthDates, YEAR_BOUND, YEAR_CUE, YEAR_WORD } from './dates';
import { attributions, coverClaims, hedgeCovers, hedges } from './attribution';
import { atLeastLater, qualifierAfter, qualifierBefore, verbBound } from './claim-qualifiers';
import { before, clauseCue, clauseStart, rangeStart } from './claim-clauses';
import { nounAt } from './claim-nouns';
import {
  AGE_LEFT,
  AGE_RIGHT,
  ATTEMPT_LEFT,
  COMBINED_LEFT,
  COMBINED_RIGHT,
  DURATION_LEFT,
  DURATION_RIGHT,
  DISEASE,
  INFECTION,
  LEFT_CUE,
  LEFT_CUE_KINDS,
  verbAt,
} from './claim-cues';

type Quantity = Exclude<ClaimAttribute, 'date'>;

/** A claim in normalized offsets of its sentence, before it is mapped back. */
type Found = (
  { attribute: Quantity; min: number; max: number } | { attribute: 'date'; min: string; max: string }
) & {
  qualifier: Qualifier;
  unit: string | null;
  start: number;
  end: number;
};

const OTHERS = cueRegExp(`^\\s*(?:اخرين|اخرون|others|more)(?![\\p{L}\\p{M}])`, 'u');
/** The last toll word before a figure in its sentence: killing (group 1) or wounding (group 2). */
const TOLL_BEFORE = cueRegExp(
  `(?:(مقتل|قتل|مصرع|killed|killing)|(اصابة|جرح|wounded|injured))(?![\\s\\S]*(?:مقتل|قتل|مصرع|اصابة|جرح|killed|killing|wounded|injured))`,
  'u',
);
const INHERIT = cueRegExp(`^\\s*(?:الي|to|و|and|،|,)\\s*$`, 'u');
const HALF = cueRegExp(
  `\\s+و(?:نصف|half)(?:\\s+(?:السنة|العام|الشهر|الساعة|اليوم))?(?![\\p{L}\\p{M}])`,
  'uy',
);

function read(
  t: string,
  a: NumberToken,
  b: NumberToken | null,
  opener: number | null,
  prev: Found | null,
): Found | null {
  const last = b ?? a;
  let start = opener ?? a.start;
  let qualifier: Qualifier = b ? 'range' : 'exact';
  const clause = clauseStart(t, a.start);
  const q = b ? null : qualifierBefore(t, start);
  if (q) {
    qualifier = q.qualifier;
    start = q.start;
  } else if (!b) {
    qualifier = verbBound(t, clause, start) ?? qualifier;
  }
  let end = last.end;
  // «في عام 1975 لاجئا» (came as a refugee in 1975): after a year word the number is the year.
  if (a.yearLike && !b && YEAR_WORD.test(before(t, start)))
    return readYear(t, a, null, start, qualifier, end);
  const noun = nounAt(t, end);
  const canVerb = !noun || noun.kind === 'people' || noun.kind === 'fighters';
  // «ولقي 13 شخصا على الأقل مصرعهم»: the qualifier may stand between the noun and the verb.
  const midQualifier = canVerb ? qualifierAfter(t, noun?.end ?? end) : null;
  let verb = canVerb ? verbAt(t, noun?.end ?? end) : null;
  if (!verb && midQualifier) {
    verb = verbAt(t, midQualifier.end);
    if (verb && qualifier === 'exact') qualifier = midQualifier.qualifier;
  }
  if (COMBINED_RIGHT.test(t.slice(end, end + 30))) return null;
  const pre = before(t, start);
  if (COMBINED_LEFT.test(pre) || ATTEMPT_LEFT.test(pre)) return null;
  const cue = LEFT_CUE.exec(pre);
  let cueKind: Quantity | null = null;
  if (cue) {
    for (let g = 1; g < LEFT_CUE_KINDS.length; g++) {
      const word = cue[g];
      if (word !== undefined) {
        cueKind = LEFT_CUE_KINDS[g] ?? null;
        if (cueKind) start = start - pre.length + cue.index + cue[0].indexOf(word);
      }
    }
  }
  let attribute: Quantity | 'date' | null = null;
  let unit: string | null = a.currency ?? last.currency;
  if (unit || noun?.kind === 'money') {
    attribute = 'money';
    unit = unit ?? noun?.unit ?? null;
  } else if (noun?.kind === 'percent' || noun?.kind === 'duration') {
    if (noun.kind === 'duration') {
      const rest = t.slice(noun.end, noun.end + 14);
      if (AGE_LEFT.test(pre) || AGE_RIGHT.test(rest)) return null;
      if (!DURATION_LEFT.test(pre) && !DURATION_RIGHT.test(rest)) return null;
    }
    attribute = noun.kind;
    unit = noun.unit;
  } else if (a.bare) {
    // «إلى أقل من مليار» after «من (3.5) مليار دولار»: the money of the figure it continues.
    const gap = t.slice(prev?.end ?? 0, start);
    if (!prev || prev.attribute !== 'money' || !INHERIT.test(gap)) return null;
    attribute = 'money';
    unit = prev.unit;
  } else if (
    cueKind &&
    (!noun || noun.kind === 'people' || noun.kind === 'fighters' || noun.kind === cueKind)
  ) {
    attribute = cueKind;
  } else if (verb) {
    attribute = verb.kind;
  } else if (noun && noun.kind !== 'people') {
    attribute = noun.kind;
  }
  if (attribute === 'injured' && (INFECTION.test(t.slice(end, end + 40)) || DISEASE.test(t))) return null;
  // «أسفرت … عن مقتل قائدين في داعش خراسان … بالإضافة إلى 13 مقاتلاً آخرين»: "13 other fighters"
  // continues the toll the sentence opened with; they are dead, not the group's size.
  if (
    attribute === 'fighters' &&
    !cueKind &&
    OTHERS.test(t.slice(noun?.end ?? end, (noun?.end ?? end) + 12))
  ) {
    const toll = TOLL_BEFORE.exec(t.slice(0, start));
    if (toll) attribute = toll[1] ? 'killed' : 'injured';
  }
  // «ثلاثة مسلحين يتجهون في سيارة»: a handful of gunmen is who did it, not the size of a group.
  if (attribute === 'fighters' && !b && a.value < 10 && !cueKind) return null;
  if (noun && (attribute === noun.kind || noun.kind === 'people' || noun.kind === 'fighters')) end = noun.end;
  if (verb && attribute === verb.kind) end = verb.end;
  if (attribute === null) {
    const years = a.yearLike && (!b || b.yearLike) && !noun;
    const cc = clauseCue(t, clause, start);
    if (years && (!cc || opener === null)) return readYear(t, a, b, start, qualifier, end);
    if (!cc) return null;
    attribute = cc.kind;
    start = cc.start;
  }
  const after = b ? null : qualifierAfter(t, end);
  const later = b || after || qualifier !== 'exact' ? null : atLeastLater(t, end);
  if (after && qualifier === 'exact') {
    qualifier = after.qualifier;
    end = after.end;
  } else if (later !== null) {
    qualifier = 'at-least';
    end = later;
  }
  let half = 0;
  // «خمس سنوات ونصف السنة» is 5.5 years.
  if (attribute === 'duration' && !b) {
    HALF.lastIndex = end;
    const m = HALF.exec(t);
    if (m) {
      half = 0.5;
      end += m[0].length;
    }
  }
  let min = a.value + half;
  const max = last.value + half;
  // «بين 2 و3 ملايين»: the multiplier after the second number is the first one's too.
  if (b && !a.multiplied && b.multiplied) {
    const factor = b.value / b.base;
    min = Math.round(a.value * factor * 1e6) / 1e6;
  }
  if (b && !(min < max)) return null;
  return { attribute, min, max, qualifier, unit, start, end };
}

/** A year or a span of years, when a date word stands before it: «سنة 2015», «في 2024- 2025», "in 2021". */
function readYear(
  t: string,
  a: NumberToken,
  b: NumberToken | null,
  start: number,
  qualifier: Qualifier,
  end: number,
): Found | null {
  const last = b ?? a;
  if (HIJRI.test(t.slice(last.end, last.end + 10))) return null;
  const pre = before(t, start);
  const word = YEAR_WORD.exec(pre);
  const bound = YEAR_BOUND.exec(pre);
  let q: Qualifier = b ? 'range' : qualifier;
  let s = start;
  if (word?.[1]) s = start - pre.length + word.index + word[0].indexOf(word[1]);
  else if (bound && !b) q = bound[1] !== undefined ? 'less-than' : 'more-than';
  else if (!YEAR_CUE.test(pre) && !(b && start < a.start)) return null;
  const min = t.slice(a.digitsStart, a.digitsEnd);
  const max = t.slice(last.digitsStart, last.digitsEnd);
  if (b && !(min < max)) return null;
  if (q !== 'range' && q !== 'exact' && q !== 'less-than' && q !== 'more-than') q = 'exact';
  return { attribute: 'date', min, max, qualifier: q, unit: null, start: s, end };
}

function sentenceClaims(text: string, s0: number, s1: number, out: RawClaim[], words: boolean): void {
  const { text: t, map } = claimText(text, s0, s1);
  const dates = monthDates(t);
  const found: Found[] = [];
  for (const d of dates) {
    if (d.iso)
      found.push({
        attribute: 'date',
        min: d.iso,
        max: d.iso,
        qualifier: 'exact',
        unit: null,
        start: d.start,
        end: d.end,
      });
  }
  const tokens = numberTokens(t, words).filter(
    (k) => !dates.some((d) => k.digitsStart >= d.start && k.digitsEnd <= d.end),
  );
  let prev: Found | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as NumberToken;
    const next = tokens[i + 1] ?? null;
    const opener = next ? rangeStart(t, a, next) : null;
    const claim = read(t, a, opener === null ? null : next, opener, prev);
    if (opener !== null) i++;
    if (claim) {
      found.push(claim);
      prev = claim;
    }
  }
  if (found.length === 0) return;
  found.sort((x, y) => x.start - y.start);
  const toSpan = (s: number, e: number): Span => {
    const start = map[s] as number;
    const end = map[e] as number;
    return { text: text.slice(start, end), start, end };
  };
  const hits = attributions(t);
  const covers = coverClaims(
    found.map((f) => ({ start: f.start, end: f.end, isDate: f.attribute === 'date' })),
    hits,
  );
  const hedgeHits = hedges(t);
  found.forEach((f, k) => {
    const span = toSpan(f.start, f.end);
    const by = covers[k];
    const hedge = hedgeHits.find((h) => hedgeCovers(t, h.start, h.end, f.start, f.end));
    const value =
      f.attribute === 'date'
        ? { attribute: f.attribute, min: f.min, max: f.max }
        : { attribute: f.attribute, min: f.min, max: f.max };
    out.push({
      ...value,
      qualifier: f.qualifier,
      unit: f.unit,
      text: span.text,
      start: span.start,
      end: span.end,
      sentenceStart: s0,
      sentenceEnd: s1,
      attributedTo: by ? toSpan(by.start, by.end) : null,
      hedge: hedge ? toSpan(hedge.start, hedge.end) : null,
    });
  });
}

/** Whether a sorted offset lies in [from, to). */
function anyIn(at: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && (at[lo] as number) < to;
}

/** Every quantity or date the text states, with its attribute; sentences default to sentenceSpans(text). */
export function extractClaims(text: string, sentences?: readonly [number, number][]): RawClaim[] {
  const out: RawClaim[] = [];
  const hints = numberWordHints(text);
  for (const [s0, s1] of sentences ?? sentenceSpans(text)) {
    const words = anyIn(hints, s0, s1);
    if (words || hasDigit(text, s0, s1)) sentenceClaims(text, s0, s1, out, words);
  }
  return out;
}
