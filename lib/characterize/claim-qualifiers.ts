// How exact a figure is, from the words around it (claim-text's normalized sentence).
// Decisions: "up to", "as many as", «ما يصل إلى» are `less-than` (an upper bound; the closest the
// contract has), but «تصل إلى» alone is not: «لتصل إلى ثلاثة في المئة فقط» is "to reach" (ant-bbc); "some", "an estimated", «نحو», «زهاء» are `about`; «يزيد عدد … عن 70 ألف» is
// `more-than` (the verb stands a few words before «عن»); «لم يتجاوز 26», "no more than" are `less-than`.
import type { Qualifier } from './types';
import { cueRegExp } from './claim-text';

const QUALIFIER_LEFT = cueRegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:و|ف)?(?:ب|ل)?(?:((?:ما\\s+)?(?:لا|لم|لن)\\s+(?:يقل|تقل)\\s+(?:عن|علي)|at\\s+least|no\\s+fewer\\s+than|no\\s+less\\s+than|a\\s+minimum\\s+of)` +
    `|(اكثر\\s+من|ما\\s+يزيد\\s+(?:عن|علي)|يزيد\\s+(?:عن|علي)|تزيد\\s+(?:عن|علي)|ما\\s+يربو\\s+علي|يربو\\s+علي|يتجاوز|تتجاوز|تجاوز|تجاوزت` +
    `|يفوق|تفوق|more\\s+than|over|upwards\\s+of|in\\s+excess\\s+of|exceeding)` +
    `|((?:لم|لا|لن)\\s+(?:يتجاوز|تتجاوز|يزيد|تزيد|يتعدي|تتعدي)(?:\\s+(?:عن|علي))?|no\\s+more\\s+than|not\\s+more\\s+than` +
    `|اقل\\s+من|ما\\s+دون|دون|ما\\s+يصل\\s+الي|fewer\\s+than|less\\s+than|under|up\\s+to|as\\s+many\\s+as|at\\s+most)` +
    `|(نحو|حوالي|قرابة|زهاء|ما\\s+يقرب\\s+من|يقرب\\s+من|ما\\s+يناهز|يناهز|about|around|some|nearly|almost|approximately|roughly` +
    `|an\\s+estimated|estimated|close\\s+to|circa))\\s*$`,
  'u',
);
const LEFT_KINDS: Qualifier[] = ['exact', 'at-least', 'more-than', 'less-than', 'about'];

const QUALIFIER_RIGHT = cueRegExp(
  `\\s*(?:(علي\\s+الاقل|at\\s+least|or\\s+more)|(تقريبا|approximately|or\\s+so))(?![\\p{L}\\p{M}])`,
  'uy',
);

/** The qualifier ending right before `at`, and where its words start. */
export function qualifierBefore(t: string, at: number): { qualifier: Qualifier; start: number } | null {
  const from = Math.max(0, at - 30);
  const m = QUALIFIER_LEFT.exec(t.slice(from, at));
  if (!m) return null;
  for (let g = 1; g < LEFT_KINDS.length; g++) {
    const word = m[g];
    if (word !== undefined) {
      const start = from + m.index + m[0].lastIndexOf(word);
      return { qualifier: LEFT_KINDS[g] as Qualifier, start };
    }
  }
  return null;
}

const AT_LEAST_LATER = cueRegExp(`(?:\\s+[^\\s\\d،,.؛;:]+){1,3}?\\s+علي\\s+الاقل(?![\\p{L}\\p{M}])`, 'uy');

/**
 * «على الأقل» a few words after the noun, in the same clause: «اعتقل 30 شخصا مزدوج الجنسية على الأقل»,
 * «مقتل 140 الفا من سكانها على الأقل», «قُتل سبعة تلاميذ على الأقل» (ant-bbc).
 */
export function atLeastLater(t: string, at: number): number | null {
  AT_LEAST_LATER.lastIndex = at;
  const m = AT_LEAST_LATER.exec(t);
  return m ? at + m[0].length : null;
}

/** «على الأقل», "or more", «تقريبا» after the expression. */
export function qualifierAfter(t: string, at: number): { qualifier: Qualifier; end: number } | null {
  QUALIFIER_RIGHT.lastIndex = at;
  const m = QUALIFIER_RIGHT.exec(t);
  if (!m) return null;
  return { qualifier: m[1] !== undefined ? 'at-least' : 'about', end: at + m[0].length };
}

const BOUND_PREP = cueRegExp(`(?:^|\\s)(?:عن|علي)\\s*$`, 'u');
const MORE_VERB = cueRegExp(`(?:^|\\s)(?:و|ف)?(?:يزيد|تزيد|زاد|زادت|يربو|يفوق|تفوق|يتجاوز|تتجاوز)\\s`, 'u');
const LESS_VERB = cueRegExp(`(?:^|\\s)(?:و|ف)?(?:يقل|تقل|قل|قلت)\\s`, 'u');

/** «يزيد عدد عناصر حركة طالبان عن 70 ألف»: the comparison verb opens the clause, «عن» comes last. */
export function verbBound(t: string, clauseStart: number, at: number): Qualifier | null {
  const clause = t.slice(clauseStart, at);
  if (!BOUND_PREP.test(clause)) return null;
  // «لا يزيد عدد … عن»: not more than is at most; «لا يقل … عن»: at least.
  const negated = NEGATION.test(clause);
  if (MORE_VERB.test(clause)) return negated ? 'less-than' : 'more-than';
  if (LESS_VERB.test(clause)) return negated ? 'at-least' : 'less-than';
  return null;
}
const NEGATION = cueRegExp(
  `(?:^|\\s)(?:و|ف)?(?:لا|لم|لن)\\s+(?:[يت]زيد|زاد|[يت]قل|قل|[يت]تجاوز|[يت]فوق|[يت]ربو)\\s`,
  'u',
);

/** A change, not a range: «انخفضت المساعدات من 3.5 مليار إلى …», "rose from 40 to 60". */
export const CHANGE_VERB = cueRegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:و|ف)?(?:ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|زاد|زادت|ازداد|ازدادت|قفز|قفزت|هبط|هبطت` +
    `|تقلص|تقلصت|rose|risen|fell|fallen|increased|decreased|dropped|grew|jumped|climbed|declined|rising|falling)(?![\\p{L}\\p{M}])`,
  'u',
);
