// Dates in claim-text's normalized sentence. Gregorian only: Egyptian/Gulf month names (يناير … ديسمبر,
// أبريل/إبريل, يونيو/يونيه, يوليو/يوليه), Levantine ones (كانون الثاني … كانون الأول), the Maghrebi
// ones BBC Arabic sometimes quotes (جانفي، فيفري، أفريل، جوان، جويلية، أوت), pairs as BBC Arabic and
// the seeds write them («يوليو/ تموز 2016», «مارس (آذار) 2023», «آذار/مارس»), English months.
// Skipped, on purpose:
// - a day and month without a year («هجمات 11 سبتمبر» names the 9/11 attacks; "on March 22" says
//   nothing a reader can compare): the day is consumed so it is not read as a count either;
// - Hijri dates: their months are not in the table, their years (14xx) are not year-like, and a year
//   followed by هـ / للهجرة is dropped.
import { cueRegExp } from './claim-text';

const MONTHS: [string, number][] = [
  ['يناير', 1],
  ['كانون الثاني', 1],
  ['جانفي', 1],
  ['فبراير', 2],
  ['شباط', 2],
  ['فيفري', 2],
  ['مارس', 3],
  ['آذار', 3],
  ['أبريل', 4],
  ['إبريل', 4],
  ['نيسان', 4],
  ['أفريل', 4],
  ['مايو', 5],
  ['أيار', 5],
  ['يونيو', 6],
  ['يونيه', 6],
  ['حزيران', 6],
  ['جوان', 6],
  ['يوليو', 7],
  ['يوليه', 7],
  ['تموز', 7],
  ['جويلية', 7],
  ['أغسطس', 8],
  ['آب', 8],
  ['أوت', 8],
  ['سبتمبر', 9],
  ['أيلول', 9],
  ['أكتوبر', 10],
  ['تشرين الأول', 10],
  ['نوفمبر', 11],
  ['تشرين الثاني', 11],
  ['ديسمبر', 12],
  ['كانون الأول', 12],
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
];
const MONTH_OF = new Map(MONTHS.map(([w, n]) => [cueRegExp(w).source, n]));
const MONTH = [...MONTH_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|');
const W = '(?![\\p{L}\\p{M}\\p{N}])';
const DAY = '(?<![\\d.,])(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?';
const DATE_RX = cueRegExp(
  `(?:${DAY}\\s+(?:of\\s+)?)?(?<![\\p{L}\\p{M}])(${MONTH})\\.?${W}` +
    `(?:\\s*[/(،,-]\\s*(${MONTH})${W}\\s*\\)?)?` +
    `(?:\\s+${DAY}${W})?` +
    `(?:,?\\s*(?:من\\s+)?(?:عام\\s+|سنة\\s+)?(\\d{4})(?!\\d))?`,
  'gu',
);
/** The month names alone: a literal alternation V8 scans fast, tried before the full pattern. */
const HAS_MONTH = new RegExp(MONTH, 'u');
const HIJRI_AFTER = cueRegExp('^\\s?(?:هـ|ه|للهجرة|هجري|هجرية)(?![\\p{L}\\p{M}])', 'u');

export interface DateHit {
  /** Normalized offsets of the date as written, day to year. */
  start: number;
  end: number;
  /** ISO YYYY-MM or YYYY-MM-DD; null when the text has no year (the span is only consumed). */
  iso: string | null;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Every date with a month name; day-month without a year come back with `iso: null`. */
export function monthDates(t: string): DateHit[] {
  const out: DateHit[] = [];
  DATE_RX.lastIndex = 0;
  for (let m = HAS_MONTH.test(t) ? DATE_RX.exec(t) : null; m; m = DATE_RX.exec(t)) {
    const [whole, d1, m1, m2, d2, y] = m;
    const start = m.index;
    const end = start + whole.length;
    const month = MONTH_OF.get((m1 ?? '').replace(/\s+/g, ' ')) ?? 0;
    const other = m2 ? MONTH_OF.get(m2.replace(/\s+/g, ' ')) : month;
    const dayText = d1 ?? d2;
    const day = dayText ? Number(dayText) : 0;
    if (!y) {
      // Only a day makes it a date worth consuming; a month name alone is a word ("may", «آب» father).
      if (dayText) out.push({ start, end, iso: null });
      continue;
    }
    if (other !== month || HIJRI_AFTER.test(t.slice(end, end + 10))) {
      out.push({ start, end, iso: null });
      continue;
    }
    if (day > 31) continue;
    const iso = day ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`;
    out.push({ start, end, iso });
  }
  return out;
}

/**
 * Words right before a year that make it a date: «سنة 2015», «في 2024», «منذ 2011», "in 2021". The
 * year word (سنة، عام، year) belongs to the expression; prepositions do not.
 */
export const YEAR_WORD = cueRegExp(
  `(?:^|[^\\p{L}\\p{M}])((?:و|ف|ب|ل)?(?:سنة|السنة|عام|العام|عامي|العامين|year|the year))\\s*$`,
  'u',
);
export const YEAR_CUE = cueRegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:و|ف)?(?:في|منذ|حتي|بحلول|خلال|مطلع|منتصف|اواخر|اوائل|نهاية|بداية|اواسط|اعوام|سنوات` +
    `|in|since|by|until|till|during|of|from|early|late|mid|spring|summer|autumn|fall|winter|through|throughout)-?\\s*$`,
  'u',
);
/** قبل 2015 / before 2015: a bound, not the date itself. */
export const YEAR_BOUND = cueRegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:و|ف)?(?:(قبل|before|prior to)|(بعد|after))\\s*$`,
  'u',
);
export const HIJRI = HIJRI_AFTER;
