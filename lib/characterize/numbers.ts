// Numbers as written in Arabic and English news, found in claim-text's normalized sentence (digits are
// already ASCII there): "2,000", "3.5", «(33)», «70 ألف», «(3.5) مليار», "$1.2 trillion", "US$5bn", and
// a bare «مليار»/"billion" when money follows it («أقل من مليار»).
// Not numbers for claims: digits glued to Latin letters ("F-16", "COVID-19", "5G"), times and numeric
// dates ("10:30", "25/3/2024"), digits inside an Arabic word. Exact number words («ثلاثة», "five") come
// from number-words.ts; vague ones («عشرات», "dozens") state no figure and are not read.
import { cueRegExp } from './claim-text';
import { CURRENCY_PREFIX, prefixUnit } from './claim-nouns';
import { numberWords } from './number-words';

export interface NumberToken {
  /** Normalized offsets of the whole token: parentheses, currency sign and multiplier included. */
  start: number;
  end: number;
  /** Where the digits are (or the bare multiplier word). */
  digitsStart: number;
  digitsEnd: number;
  value: number;
  /** The value before its multiplier (70 in «70 ألف»). */
  base: number;
  /** Written in words («ثلاثة», "five"). */
  word: boolean;
  /** Four digits, no separators, no multiplier, 1800–2100: may be a year. */
  yearLike: boolean;
  /** Multiplied by ألف/مليون/million/bn … */
  multiplied: boolean;
  /** A multiplier word with no digits before it («مليار» = 1e9). */
  bare: boolean;
  /** From a currency sign before the digits ($, £, €, Rs). */
  currency: string | null;
}

const DIGITS = /\d+(?:[.,]\d+)*/g;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;
const LATIN = /[a-z]/;
const CLITIC_RUN = cueRegExp('(?:^|\\s|\\()(?:و|ف|ب|ل|ك|وب|ول|فب|وك|لل)$', 'u');

const MULTIPLIERS: [string, number][] = [
  ['الف', 1e3],
  ['الفا', 1e3],
  ['الاف', 1e3],
  ['مليون', 1e6],
  ['مليونا', 1e6],
  ['ملايين', 1e6],
  ['مليار', 1e9],
  ['مليارا', 1e9],
  ['مليارات', 1e9],
  ['بليون', 1e9],
  ['تريليون', 1e12],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
];
const MULTIPLIER = new Map(MULTIPLIERS.map(([w, v]) => [cueRegExp(w).source, v]));
const MULTIPLIER_RX = new RegExp(
  `\\s?(?:\\)\\s?)?(${[...MULTIPLIER.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'uy',
);
/** "$5m", "$1.2bn", "£3k": only after a currency sign (100m is a distance). */
const SUFFIX_RX = /(bn|m|k)(?![\p{L}\p{N}])/uy;
const SUFFIX: Record<string, number> = { bn: 1e9, m: 1e6, k: 1e3 };
/** Bare multipliers: singular only («ملايين الدولارات» is "millions of dollars": no figure). */
const BARE_RX = cueRegExp(
  '(?:^|[\\s(])(?:a\\s+)?(مليار|مليون|billion|million|trillion)(?![\\p{L}\\p{M}\\p{N}])',
  'gu',
);

function parseDigits(s: string): number | null {
  if (GROUPED.test(s)) return Number(s.replace(/,/g, ''));
  if (PLAIN.test(s)) return Number(s);
  return null;
}

/** Whether the digits at [s, e) are part of a code, a time, a numeric date or a word. */
function glued(t: string, s: number, e: number): boolean {
  const before = t[s - 1] ?? ' ';
  const after = t[e] ?? ' ';
  if (LATIN.test(before)) return true;
  if ((before === '-' || before === '/') && LATIN.test(t[s - 2] ?? '')) return true;
  if ((before === '/' || before === ':') && /\d/.test(t[s - 2] ?? '')) return true;
  if ((after === '/' || after === ':') && /\d/.test(t[e + 1] ?? '')) return true;
  if (/\p{L}/u.test(before) && !CLITIC_RUN.test(t.slice(Math.max(0, s - 4), s))) return true;
  return false;
}

/** `words`: also read number words («ثلاثة», "five"); the caller knows whether the sentence can hold any. */
export function numberTokens(t: string, words = true): NumberToken[] {
  const out: NumberToken[] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(t); m; m = DIGITS.exec(t)) {
    const ds = m.index;
    const de = ds + m[0].length;
    if (glued(t, ds, de)) continue;
    const parsed = parseDigits(m[0]);
    if (parsed === null) continue;
    let start = ds;
    let end = de;
    if (t[ds - 1] === '(' && t[de] === ')') {
      start = ds - 1;
      end = de + 1;
    } else if (t[ds - 2] === '(' && t[ds - 1] === ' ' && t[de] === ' ' && t[de + 1] === ')') {
      start = ds - 2;
      end = de + 2;
    }
    let currency: string | null = null;
    const sign = CURRENCY_PREFIX.exec(t.slice(Math.max(0, start - 5), start));
    if (sign) {
      currency = prefixUnit(sign[1] ?? '');
      start -= sign[0].length;
    }
    let value = parsed;
    let multiplied = false;
    MULTIPLIER_RX.lastIndex = end;
    const mult = MULTIPLIER_RX.exec(t);
    SUFFIX_RX.lastIndex = end;
    const suffix = currency ? SUFFIX_RX.exec(t) : null;
    if (mult) {
      value = parsed * (MULTIPLIER.get(mult[1] ?? '') ?? 1);
      end += mult[0].length;
      multiplied = true;
    } else if (suffix) {
      value = parsed * (SUFFIX[suffix[1] ?? ''] ?? 1);
      end += suffix[0].length;
      multiplied = true;
    } else if (LATIN.test(t[de] ?? '')) {
      continue; // "5G", "100km", "3rd"
    }
    // Float noise: 3.5 × 1e9 must read 3500000000.
    value = Math.round(value * 1e6) / 1e6;
    const yearLike = !multiplied && /^\d{4}$/.test(m[0]) && parsed >= 1800 && parsed <= 2100;
    out.push({
      start,
      end,
      digitsStart: ds,
      digitsEnd: de,
      value,
      base: parsed,
      word: false,
      yearLike,
      multiplied,
      bare: false,
      currency,
    });
  }
  BARE_RX.lastIndex = 0;
  for (let m = BARE_RX.exec(t); m; m = BARE_RX.exec(t)) {
    const word = m[1] ?? '';
    const ws = m.index + m[0].length - word.length;
    // «3 مليارات», «(3.5) مليار»: the multiplier of a number, already read.
    if (/\d\)?\s?\)?$/.test(t.slice(Math.max(0, ws - 3), ws))) continue;
    const article = m[0].slice(0, m[0].length - word.length).lastIndexOf('a');
    const s = article >= 0 ? m.index + article : ws;
    out.push({
      start: s,
      end: ws + word.length,
      digitsStart: ws,
      digitsEnd: ws + word.length,
      value: MULTIPLIER.get(word) ?? 1,
      base: 1,
      word: false,
      yearLike: false,
      multiplied: true,
      bare: true,
      currency: null,
    });
  }
  for (const w of words ? numberWords(t) : []) {
    MULTIPLIER_RX.lastIndex = w.end;
    const mult = MULTIPLIER_RX.exec(t);
    const factor = mult ? (MULTIPLIER.get(mult[1] ?? '') ?? 1) : 1;
    out.push({
      start: w.start,
      end: mult ? w.end + mult[0].length : w.end,
      digitsStart: w.start,
      digitsEnd: w.end,
      value: w.value * factor,
      base: w.value,
      word: true,
      yearLike: false,
      multiplied: !!mult,
      bare: false,
      currency: null,
    });
  }
  // «عشرة مليون»: a multiplier already read after a number word is not a bare one too.
  const kept = out.filter(
    (k) => !k.bare || !out.some((o) => o !== k && o.start <= k.start && o.end >= k.end),
  );
  return joinCompounds(
    t,
    kept.sort((a, b) => a.start - b.start),
  );
}

/**
 * «253 ألفا و200 جنيه», «2 مليون و500 ألف»: a multiplied number, «و», and a number below its multiplier
 * are one amount (253,200; 2,500,000), not two.
 */
function joinCompounds(t: string, tokens: NumberToken[]): NumberToken[] {
  const out: NumberToken[] = [];
  for (const k of tokens) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.multiplied &&
      !prev.bare &&
      !k.bare &&
      k.value < prev.value / prev.base &&
      /^\s?و\s?$/u.test(t.slice(prev.end, k.start))
    ) {
      out[out.length - 1] = {
        ...prev,
        end: k.end,
        value: prev.value + k.value,
        currency: prev.currency ?? k.currency,
      };
      continue;
    }
    out.push(k);
  }
  return out;
}
