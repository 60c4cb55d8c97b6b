// Who a figure is attributed to, and whether the source distances itself from it, in claim-text's
// normalized sentence. Spans are short (at most 12 words) and stop at punctuation, a digit or a
// contrastive conjunction («بينما», "while"): they name the source of the figure, not the figure.
import { cueRegExp } from './claim-text';

export type AttributionKind =
  /** «وفقًا لـ», «بحسب», "according to": before or after the figure it covers. */
  | 'according'
  /** A reporting clause opening the sentence («وتشير بعض التقارير إلى أن», "Officials said"): covers what follows. */
  | 'opener'
  /** ", officials said." closing the sentence: covers what precedes. */
  | 'trailing';

export interface AttributionHit {
  start: number;
  end: number;
  kind: AttributionKind;
}

const MAX_WORDS = 12;
const STOP = '[^\\d،,.؛;:!?«»"“”()\\[\\]\\n]';
const ACCORDING = cueRegExp(
  `(?:^|[^\\p{L}\\p{M}])((?:و|ف)?(?:وفقا|طبقا|استنادا)\\s*(?:ل|الي\\s+)|(?:و)?(?:ب)?حسب(?:ما)?\\s+|(?:و)?نقلا\\s+عن\\s+` +
    `|علي\\s+حد\\s+قول\\s+|according\\s+to\\s+|citing\\s+|as\\s+reported\\s+by\\s+|quoting\\s+)(${STOP}{1,160})`,
  'gu',
);
// A source's name ends where the reported clause begins («ووفقا لأحد كتاب السيرة الذاتية فإن نوبل …»,
// ant-bbc culture-144) or at a spaced dash («بحسب تقارير - من باكستان», internationalNews-1057).
const CONTRAST = cueRegExp(
  `\\s-\\s|\\s(?:بينما|فيما|لكن|ولكن|الا ان|اذ|حيث|فان|فانه|فانها|فانهم|ان|انه|بان|while|but|whereas|which|who|as|that)(?![\\p{L}\\p{M}])`,
  'u',
);
// Anywhere in the sentence, not only at its start: «وفي عام 2002 قال المؤرخ إن …», «كما أكدت الهند أن …»,
// "ISIS-K, which the U.N. says has …". Each covers the figures after it.
const OPENER = cueRegExp(
  `(?:^|[\\s"«“(،,])((?:و|ف|كما\\s+)?(?:تشير|اشارت|يشير|اشار|تقول|قالت|قال|يقول|ذكرت|ذكر|افادت|افاد|تفيد|يفيد|اعلنت|اعلن|اكدت|اكد` +
    `|اوضح|اوضحت|كشفت|كشف|تقدر|قدرت|يقدر|قدر|تؤكد|يؤكد|اضافت|اضاف|تزعم|يزعم|زعمت|زعم|خلص|خلصت|حذر|حذرت|اوردت|اورد` +
    `|رجح|رجحت|توقع|توقعت|اظهر|اظهرت|بين|بينت|نقل|نقلت|اعترف|اعترفت|صرح|صرحت|ابلغ|ابلغت|اكتشف|وجد|وجدت)` +
    `(?:\\s+[^\\s\\d،,.؛;:«»"“”]+){1,10}?\\s+(?:الي\\s+)?(?:ب)?(?:ان|انه|انها|انهم|انهما)(?![\\p{L}\\p{M}])` +
    // «كما أكدت الهند مقتل 39», «وقدرت الأمم المتحدة عدد المقاتلين بنحو 2000»: a report verb with the
    // figure's noun as its object.
    `|(?:و|ف|كما\\s+)?(?:اكدت|اكد|اعلنت|اعلن|قدرت|قدر|تقدر|يقدر|رصدت|رصد|سجلت|سجل|وثقت|وثق)` +
    `(?:\\s+[^\\s\\d،,.؛;:«»"“”]+){1,5}?(?=\\s+(?:مقتل|عدد|اصابة|اعتقال|حصيلة|سقوط|نزوح|بنحو|نحو))` +
    `|(?:[\\p{L}.'’-]+\\s+){1,8}?(?:said|says|say|reported|reports|estimated|estimates|estimate|told\\s+[\\p{L}]+|announced)(?:\\s+that)?(?=\\s))`,
  'gu',
);
const TRAILING = cueRegExp(
  `[,،]\\s*((?:[\\p{L}.'’-]+\\s+){1,8}?(?:said|says|reported|told\\s+[\\p{L}]+|estimated|estimates)` +
    `|(?:said|says)\\s+(?:[\\p{L}.'’-]+\\s*){1,8}?)[\\s.”"]*$`,
  'u',
);

// Plain-literal tests before the full patterns: V8 scans a literal alternation far faster than one
// that opens with a character class, and most sentences have neither cue.
const HAS_ACCORDING = cueRegExp(
  'وفقا|طبقا|استنادا|حسب|نقلا|حد قول|according|citing|reported by|quoting',
  'u',
);
const HAS_TRAILING = /said|says|reported|told|estimate/u;
const HAS_HEDGE = cueRegExp(
  'زعم|يعتقد|تعتقد|يقال|قيل|يرجح|مؤكد|reportedly|alleged|purportedly|supposedly|unconfirmed|believed|thought|said to|claim',
  'u',
);

/** Cuts [start, end) to its first `MAX_WORDS` words and a contrastive conjunction, trimming spaces. */
function clip(t: string, start: number, end: number, opener = false): number {
  // An opener ends with its own complementizer («… إلى أن»): only the word limit applies to it.
  const contrast = opener ? null : CONTRAST.exec(t.slice(start, end));
  let e = contrast ? start + contrast.index : end;
  let words = 0;
  for (let i = start; i < e; i++) {
    if (t[i] === ' ' && t[i - 1] !== ' ' && ++words >= MAX_WORDS) {
      e = i;
      break;
    }
  }
  while (e > start && t[e - 1] === ' ') e--;
  // A name cut before a digit ends with no dangling «عام»/"in" («… للدولة عام 2015»).
  const tail = DANGLING.exec(t.slice(start, e));
  if (tail && tail.index > 0) e = start + tail.index;
  return e;
}

const DANGLING = cueRegExp(`\\s+(?:عام|سنة|في|من|عن|علي|الي|منذ|in|of|on|at|the|since)$`, 'u');

export function attributions(t: string): AttributionHit[] {
  const out: AttributionHit[] = [];
  OPENER.lastIndex = 0;
  for (let opener = OPENER.exec(t); opener; opener = OPENER.exec(t)) {
    if (!opener[1]) continue;
    const start = opener.index + opener[0].length - opener[1].length;
    out.push({ start, end: clip(t, start, start + opener[1].length, true), kind: 'opener' });
  }
  ACCORDING.lastIndex = 0;
  for (let m = HAS_ACCORDING.test(t) ? ACCORDING.exec(t) : null; m; m = ACCORDING.exec(t)) {
    const cue = m[1] ?? '';
    const rest = m[2] ?? '';
    const start = m.index + m[0].length - cue.length - rest.length;
    const end = clip(t, start, m.index + m[0].length);
    // The cue needs a name after it: «فحسب» (only), «حسب الحاجة» are no sources.
    if (end - start > cue.length + 1) out.push({ start, end, kind: 'according' });
  }
  const trailing = HAS_TRAILING.test(t) ? TRAILING.exec(t) : null;
  if (trailing?.[1]) {
    const start = trailing.index + trailing[0].indexOf(trailing[1]);
    out.push({ start, end: clip(t, start, start + trailing[1].length), kind: 'trailing' });
  }
  return out.sort((a, b) => a.start - b.start);
}

const HEDGE = cueRegExp(
  `(?:^|[^\\p{L}\\p{M}])((?:و|ف|ب)?(?:زعم|يزعم|تزعم|زعمت|زعموا|يزعمون|مزعوم|مزعومة|المزعوم|المزعومة|يعتقد|تعتقد` +
    `|يعتقدون|يقال|قيل|يرجح|غير مؤكدة|غير مؤكد)|reportedly|allegedly|alleged|purportedly|supposedly|unconfirmed` +
    `|(?:is|are|was|were)\\s+(?:believed|thought|said)\\s+to|it\\s+is\\s+believed|claimed\\s+(?:that|to)|claims\\s+(?:that|to))` +
    `(?![\\p{L}\\p{M}])`,
  'gu',
);

const NEW_CLAUSE = cueRegExp(
  `[،,؛;:]|(?:^|[^\\p{L}\\p{M}])(?:و|ف)?(?:الذي|التي|الذين|اللذين|اللتين|which|who|whose|while|but|بينما|لكن)(?![\\p{L}\\p{M}])`,
  'u',
);

/**
 * Whether the hedge at [hs, he) bears on the figure at [cs, ce): it stands before the figure's end in
 * its clause, at most 10 words away (or at most two words after it), with no relative clause between («الذي يُعتقد أنه يقف خلف الهجوم
 * … والذي أوقع أكثر من 130 قتيلاً»: the belief is about who attacked, not the toll).
 */
export function hedgeCovers(t: string, hs: number, he: number, cs: number, ce: number): boolean {
  // Right after the figure, English passives only: "3,000 militants are believed to be …". An Arabic
  // verb after a figure has its own subject: «وفي عام 2002 زعم المؤرخ …» (ant-bbc) does not hedge 2002.
  if (hs >= ce) {
    const gap = t.slice(ce, hs);
    return /^[a-z]/.test(t[hs] ?? '') && !NEW_CLAUSE.test(gap) && gap.trim().split(' ').length <= 2;
  }
  if (he > cs) return true;
  const gap = t.slice(he, cs);
  return !NEW_CLAUSE.test(gap) && gap.split(' ').length <= 11;
}

export function hedges(t: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  HEDGE.lastIndex = 0;
  for (let m = HAS_HEDGE.test(t) ? HEDGE.exec(t) : null; m; m = HEDGE.exec(t)) {
    const word = m[1] ?? '';
    const start = m.index + m[0].length - word.length;
    out.push({ start, end: start + word.length });
  }
  return out;
}

interface Placed {
  start: number;
  end: number;
  isDate: boolean;
}

/**
 * The attribution that covers each claim: a trailing span covers the claims before it; an opener the
 * claims after it; «وفقًا لـ»/"according to" covers the claims before it when a figure precedes it in
 * the sentence («حوالي 2000 مسلح، وفقًا لأحدث تقديرات الأمم المتحدة، بينما …» covers 2000 only), else
 * the claims after it.
 */
export function coverClaims(
  claims: readonly Placed[],
  hits: readonly AttributionHit[],
): (AttributionHit | null)[] {
  const backward = hits.map(
    (h) =>
      h.kind === 'trailing' || (h.kind === 'according' && claims.some((c) => !c.isDate && c.end <= h.start)),
  );
  return claims.map((c) => {
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i] as AttributionHit;
      if (!backward[i] || h.start < c.end) continue;
      // The nearest backward span after the claim, unless another span stands between them.
      const between = hits.some((o) => o !== h && o.start >= c.end && o.end <= h.start);
      if (!between) return h;
    }
    let best: AttributionHit | null = null;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i] as AttributionHit;
      if (!backward[i] && h.end <= c.start) best = h;
    }
    return best;
  });
}
