// Sentence boundaries for Arabic and English news text, as [start, end) offsets into the text.
// A sentence ends at . ! ? ؟ … (with any closing quotes/brackets after them) or at a line break. Not at
// the Arabic semicolon ؛: Arabic news uses it between clauses of one sentence ("باكستان؛ ملاذٌ آمنٌ
// لداعش"), and a sentence is what a reader would quote. Nor at the comma.
// A period does not end one inside a number (3.5), after an initial or acronym (J. Biden, the U.S. Army),
// after a known abbreviation (Gen., Mr.), or when a lower-case letter follows — except that an acronym
// followed by a word that usually opens a sentence ("…only to the U.S. The group…") does end one.

const TERMINATORS = new Set(['.', '!', '?', '؟', '…', '。']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}', '›', '」']);
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'no',
  'nos',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'approx',
  'est',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'pp',
]);
/** Words that open far more sentences than they follow "U.S." inside one (the U.S. Army, U.S. forces). */
const OPENERS = new Set(
  (
    'the a an he she it they we i you his her its their our this that these those there here but and ' +
    'so yet in on at as if when while after before since during for from by with without however ' +
    'meanwhile some many most one two officials mr ms dr'
  ).split(' '),
);
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;

/** Whether the word after the period at `dot` is a capitalized sentence opener ("The", "He"). */
function opensSentence(text: string, dot: number): boolean {
  const next = /^[\s"'”’»)]*(\p{Lu}\p{Ll}*)\b/u.exec(text.slice(dot + 1, dot + 40))?.[1];
  return !!next && OPENERS.has(next.toLowerCase());
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && LETTER.test(text[i - 1] ?? '')) i--;
  const word = text.slice(i, dot);
  if (!word) return false;
  // A single Latin letter is an initial or the end of an acronym (J. Biden, the U.S. Army), unless it ends
  // a dotted acronym and a usual sentence opener follows ("…to the U.S. The group"). Other sentences that
  // end with "U.S." are joined to the next one: the lesser evil for quoting.
  if (word.length === 1 && /[A-Za-z]/.test(word)) return !(text[i - 1] === '.' && opensSentence(text, dot));
  return ABBREVIATIONS.has(word.toLowerCase()) && /^\p{Lu}/u.test(word);
}

function endsHere(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (ch !== '.') return true;
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  if (DIGIT.test(prev) && DIGIT.test(next)) return false;
  if (LETTER.test(next)) return false; // "U.S" inside an acronym, "example.com"
  if (isAbbreviation(text, i)) return false;
  // A period followed by a lower-case word continues the sentence ("approx. five").
  let j = i + 1;
  while (j < text.length && (SPACE.test(text[j] ?? '') || CLOSERS.has(text[j] ?? ''))) {
    if (text[j] === '\n') return true;
    j++;
  }
  return !/\p{Ll}/u.test(text[j] ?? '');
}

export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = -1;
  const close = (end: number): void => {
    if (start < 0) return;
    let e = end;
    while (e > start && SPACE.test(text[e - 1] ?? '')) e--;
    if (e > start) spans.push([start, e]);
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n' || ch === '\r' || ch === '\u2029') {
      close(i);
      continue;
    }
    if (start < 0) {
      if (SPACE.test(ch)) continue;
      start = i;
    }
    if (TERMINATORS.has(ch) && endsHere(text, i)) {
      let j = i + 1;
      while (j < text.length && (TERMINATORS.has(text[j] ?? '') || CLOSERS.has(text[j] ?? ''))) j++;
      close(j);
      i = j - 1;
    }
  }
  close(text.length);
  return spans;
}

/** The sentence containing [start, end): the first sentence that overlaps it, widened to the last one. */
export function sentenceAround(
  spans: readonly [number, number][],
  start: number,
  end: number,
): [number, number] {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.[1] ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const first = spans[lo];
  if (!first) return [start, end];
  let last = first;
  for (let k = lo + 1; k < spans.length && (spans[k]?.[0] ?? Infinity) < end; k++) last = spans[k] ?? last;
  return [Math.min(first[0], start), Math.max(last[1], end)];
}
