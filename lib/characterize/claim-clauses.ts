// Where a figure's clause starts, whether two numbers make a range, and the clause cues («عدد أعضاء
// داعش … بين 2000 و3000», "the death toll rose to 60") that name what a number a few words later counts.
import type { ClaimAttribute } from './types';
import { cueRegExp } from './claim-text';
import type { NumberToken } from './numbers';
import { CHANGE_VERB } from './claim-qualifiers';
import { CLAUSE_CUE, CLAUSE_CUE_KINDS } from './claim-cues';

type Quantity = Exclude<ClaimAttribute, 'date'>;

const LOOK = 40;
/** The few characters before `at`: the left context a cue or qualifier is looked for in. */
export const before = (t: string, at: number): string => t.slice(Math.max(0, at - LOOK), at);

const CLAUSE_BREAK = /[،,؛;:]/g;
const RANGE_AND = cueRegExp(`^\\s+(?:و|and\\s)\\s?$`, 'u');
// «من عام 2013 إلى عام 2017», «بين عامي 1982 و1987» (ant-bbc): a year word may stand on either side.
const YEAR_WORDS = '(?:عام|سنة|عامي|سنتي|العامين|the years)';
const RANGE_TO = cueRegExp(`^\\s+(?:الي|to)\\s+(?:${YEAR_WORDS}\\s+)?$`, 'u');
const RANGE_DASH = /^\s?-\s?$/;
const BETWEEN = cueRegExp(
  `(?:^|[^\\p{L}\\p{M}])((?:و|ف)?(?:ما\\s+)?(?:بين|between))\\s*(?:${YEAR_WORDS}\\s*)?$`,
  'u',
);
const FROM = cueRegExp(`(?:^|[^\\p{L}\\p{M}])((?:و|ف)?(?:من|from))\\s*(?:${YEAR_WORDS}\\s*)?$`, 'u');
export function clauseStart(t: string, at: number): number {
  let s = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(t); m && m.index < at; m = CLAUSE_BREAK.exec(t)) {
    // A thousands separator is no clause break ("2,000").
    if (!(/\d/.test(t[m.index - 1] ?? '') && /\d/.test(t[m.index + 1] ?? ''))) s = m.index + 1;
  }
  return s;
}

/** Whether [a, b] is a range «بين 2000 و3000», "2,000-3,000", "2,000 to 3,000"; returns where it opens. */
export function rangeStart(t: string, a: NumberToken, b: NumberToken): number | null {
  if (a.bare || b.bare) return null;
  const gap = t.slice(a.end, b.start);
  if (RANGE_DASH.test(gap)) return a.start;
  if (RANGE_AND.test(gap)) {
    const m = BETWEEN.exec(before(t, a.start));
    return m?.[1] ? a.start - before(t, a.start).length + m.index + m[0].indexOf(m[1]) : null;
  }
  if (RANGE_TO.test(gap)) {
    if (CHANGE_VERB.test(t.slice(clauseStart(t, a.start), a.start))) return null;
    const m = FROM.exec(before(t, a.start));
    return m?.[1] ? a.start - before(t, a.start).length + m.index + m[0].indexOf(m[1]) : a.start;
  }
  return null;
}

/** The quantity a clause cue («عدد أعضاء», "death toll") gives a number a few words after it. */
export function clauseCue(t: string, from: number, at: number): { kind: Quantity; start: number } | null {
  let found: { kind: Quantity; start: number } | null = null;
  CLAUSE_CUE.lastIndex = from;
  for (let m = CLAUSE_CUE.exec(t); m && m.index < at; m = CLAUSE_CUE.exec(t)) {
    for (let g = 1; g < CLAUSE_CUE_KINDS.length; g++) {
      const word = m[g];
      const kind = CLAUSE_CUE_KINDS[g];
      if (word !== undefined && kind) found = { kind, start: m.index + m[0].indexOf(word) };
    }
  }
  if (!found) return null;
  const gap = t.slice(found.start, at);
  if (/\d/.test(gap) || gap.split(' ').length > 11) return null;
  return found;
}
