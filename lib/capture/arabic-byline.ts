// A byline written in the article text: «بقلم: فلان», «كتب: فلان», «إعداد: فلان», «حوار: آسيا
// العتروس» (Assabah), "By Jane Doe". The cue words are ordinary words too, and ant-bbc shows it:
// «مكتب التحقيقات الفيدرالي» holds كتب, «كتب على حسابه بموقع…» and «كتبت صحيفة نيويورك تايمز» are
// a verb with its subject, «ربطت حبلي السري بقلم رصاص» is "with a pencil". So a byline must open
// its own line (dom-text.ts keeps lines), and the verbs (كتب، كتبت) and the nouns that also open
// prose (حوار، تقرير، إعداد) need a colon or a line that holds nothing but the name.

export interface TextByline {
  names: string[];
  /** Offset of the cue in the text given. */
  at: number;
}

const AR_CUE = /^(بقلم|كتبت|كتب|إعداد|اعداد|حوار|تقرير)(?![\p{L}\p{M}])\s*([:：])?\s*/u;
/** Cues that open a byline even without a colon. */
const FIRM = new Set(['بقلم']);
const EN_CUE = /^By\s+/;
/** Where a name ends: punctuation, a dash before a place («- القاهرة»), a digit. */
const NAME_END = /[،,.:;؛|()[\]«»"“”\-–—•·/\\]|\d|[\u0660-\u0669]/u;
const MAX_WORDS = 5;

function arabicNames(rest: string, wholeLine: boolean): string[] | null {
  const end = rest.search(NAME_END);
  const head = (end < 0 ? rest : rest.slice(0, end)).trim();
  // Prose after the name on the same line means this was not a byline line at all.
  if (wholeLine && end >= 0 && rest.slice(end).replace(/^[\s\-–—:،,]+/, '').length > 40) return null;
  const words = head.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > MAX_WORDS) return null;
  if (!words.every((w) => /^[\p{Script=Arabic}\p{M}]+$/u.test(w))) return null;
  return [head];
}

const EN_WORD = /^(?:[A-Z][\p{L}'’.-]*|de|van|von|der|al|bin|ibn|el|la|le|du|da)$/u;

function englishNames(rest: string): string[] | null {
  const end = rest.search(
    /[|,•·–—()]|\s(?:on|in|at|for|from)\s|\d|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s/,
  );
  const head = (end < 0 ? rest : rest.slice(0, end)).trim();
  const names = head
    .split(/\s+(?:and|&)\s+/)
    .map((n) => n.trim())
    .filter(Boolean);
  if (!names.length) return null;
  for (const n of names) {
    const words = n.split(/\s+/);
    if (words.length < 2 || words.length > 4 || !words.every((w) => EN_WORD.test(w))) return null;
    if (!/^[A-Z]/.test(words[0] ?? '')) return null;
  }
  return names;
}

/** The first byline in `text` (paragraphs or lines), or null. Read only the opening of the article. */
export function textByline(text: string, limit = 1500): TextByline | null {
  const slice = text.slice(0, limit);
  let offset = 0;
  for (const rawLine of slice.split('\n')) {
    const start = offset;
    offset += rawLine.length + 1;
    const line = rawLine.trim();
    if (!line) continue;
    const at = start + rawLine.indexOf(line);
    const ar = AR_CUE.exec(line);
    if (ar) {
      const cue = ar[1] ?? '';
      const colon = Boolean(ar[2]);
      const rest = line.slice(ar[0].length);
      // Without a colon, a verb or a noun cue must be the whole line: «كتب فلان الفلاني».
      const names = arabicNames(rest, !colon && !FIRM.has(cue));
      if (names && (colon || FIRM.has(cue) || rest.search(NAME_END) < 0)) return { names, at };
      continue;
    }
    if (EN_CUE.test(line)) {
      const names = englishNames(line.replace(EN_CUE, ''));
      if (names) return { names, at };
    }
  }
  return null;
}
