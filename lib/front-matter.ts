// The front-matter block a plain-text or Markdown source may open with, shared by `npm run compare`
// and the import: `---`, then `key: value` lines (title, outlet, author, date, url, lang), then `---`.
// Deliberately not YAML: one line per key, no lists, no nesting, so that what a user writes is exactly
// what is stored, and a mistake is reported with its line instead of silently becoming data.
//
// Decisions (the import relies on them too):
// - The block counts only when `---` is the very first line (after an optional BOM). Anything else
//   is plain text, even a `---` further down (a Markdown rule).
// - An unknown key is an error, not ignored: a typo such as `titel:` would otherwise drop the title
//   without a word, and front matter from other tools (Jekyll `tags:`) is not ours to half-read.
// - A key given twice, a line without `key:`, an impossible date, a URL that is not absolute and a
//   language tag that is not BCP 47 are errors. Every error names the file and the 1-based line.
// - An empty value (`author:`) means "not given", the same as leaving the line out.
// - Body offsets: the source text is what follows the closing `---` line; `bodyOffset` says where it
//   starts in the file (after the BOM, which is never part of the text).

export const FRONT_MATTER_KEYS = ['title', 'outlet', 'author', 'date', 'url', 'lang'] as const;
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

export interface FrontMatter {
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** The calendar date as written (YYYY-MM-DD), also when a date-time was given. */
  date: string | null;
  /** The date-time exactly as written, when the value had a time; else null. */
  dateTime: string | null;
  url: string | null;
  /** Canonical BCP 47 tag (`ar`, `en-GB`, `ar-Arab-EG`). */
  lang: string | null;
}

export interface ParsedFrontMatter {
  /** Null when the text opens with no block. */
  meta: FrontMatter | null;
  /** The source text: everything after the block (or the whole text without its BOM). */
  body: string;
  /** Where `body` starts in the text as given (BOM included in the count). */
  bodyOffset: number;
}

export class FrontMatterError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'FrontMatterError';
  }
}

const FENCE = /^---[ \t]*$/;
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]*)[ \t]*:(.*)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

const isKey = (k: string): k is FrontMatterKey => (FRONT_MATTER_KEYS as readonly string[]).includes(k);

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `{date, dateTime}` for an ISO date or date-time, or the reason it is not one. */
export function parseIsoDate(value: string): { date: string; dateTime: string | null } | string {
  const d = DATE.exec(value);
  const t = d ? null : DATE_TIME.exec(value);
  const m = d ?? t;
  if (!m) return `"${value}" is not an ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return `"${value}": month ${m[2]} does not exist`;
  if (day < 1 || day > daysIn(year, month)) return `"${value}": day ${m[3]} does not exist in that month`;
  if (t) {
    const hour = Number(t[4]);
    const minute = Number(t[5]);
    const second = t[6] === undefined ? 0 : Number(t[6]);
    if (hour > 23 || minute > 59 || second > 59) return `"${value}": the time does not exist`;
    const zone = t[7];
    if (zone && zone !== 'Z') {
      const digits = zone.replace(':', '');
      if (Number(digits.slice(1, 3)) > 23 || Number(digits.slice(3)) > 59)
        return `"${value}": the time zone offset does not exist`;
    }
  }
  return { date: `${m[1]}-${m[2]}-${m[3]}`, dateTime: t ? value : null };
}

/** The canonical BCP 47 form of a tag, or null when it is not one. */
export function canonicalLang(tag: string): string | null {
  // Intl validates the full BCP 47 grammar (subtags, variants, extensions) in the browser and in Node.
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

/** A value with its quotes removed: "a \"b\"" (JSON escapes) or 'it''s' (YAML's doubled quote). */
function unquote(raw: string): string | { error: string } {
  const v = raw.trim();
  if (v.startsWith('"')) {
    const hint =
      'a value that starts with " must be one quoted string (inner quotes as \\", backslash as \\\\)';
    try {
      const s: unknown = JSON.parse(v);
      return typeof s === 'string' ? s : { error: hint };
    } catch {
      return { error: hint };
    }
  }
  if (v.startsWith("'")) {
    const inner = v.slice(1, -1);
    if (v.length < 2 || !v.endsWith("'") || inner.replace(/''/g, '').includes("'"))
      return { error: "a value that starts with ' must be one quoted string (inner quotes doubled: '')" };
    return inner.replace(/''/g, "'");
  }
  return v;
}

function isAbsoluteUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:';
  } catch {
    return false;
  }
}

/**
 * Splits `text` (the whole file) into its front matter and its body. `file` is only used in errors.
 * Throws FrontMatterError for a block that is present but malformed.
 */
export function parseFrontMatter(text: string, file: string): ParsedFrontMatter {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = lineEnd(text, bom);
  if (!FENCE.test(text.slice(bom, firstEnd.end)))
    return { meta: null, body: text.slice(bom), bodyOffset: bom };

  const meta: FrontMatter = {
    title: null,
    outlet: null,
    author: null,
    date: null,
    dateTime: null,
    url: null,
    lang: null,
  };
  const seen = new Map<string, number>();
  let pos = firstEnd.next;
  let line = 1;
  while (pos < text.length) {
    line++;
    const { end, next } = lineEnd(text, pos);
    const content = text.slice(pos, end);
    pos = next;
    if (FENCE.test(content)) return { meta, body: text.slice(pos), bodyOffset: pos };
    if (!content.trim()) continue;
    const m = KEY_LINE.exec(content);
    // Prose before any closing fence means the block was never closed: say that, not "bad line".
    if (!m && !hasFence(text, pos)) throw unclosed(file);
    if (!m)
      throw new FrontMatterError(
        file,
        line,
        `expected "key: value" or a closing ---, found "${clip(content)}"`,
      );
    const key = (m[1] as string).toLowerCase();
    if (!isKey(key))
      throw new FrontMatterError(
        file,
        line,
        `unknown key "${m[1]}" (known: ${FRONT_MATTER_KEYS.join(', ')})`,
      );
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw new FrontMatterError(file, line, `"${key}" is given twice (first on line ${earlier})`);
    seen.set(key, line);
    const value = unquote(m[2] as string);
    if (typeof value !== 'string') throw new FrontMatterError(file, line, `${key}: ${value.error}`);
    if (!value) continue;
    setField(meta, key, value, file, line);
  }
  throw unclosed(file);
}

const unclosed = (file: string): FrontMatterError =>
  new FrontMatterError(file, 1, 'the front matter opened here with --- is never closed by a --- line');

function hasFence(text: string, from: number): boolean {
  for (let pos = from; pos < text.length;) {
    const { end, next } = lineEnd(text, pos);
    if (FENCE.test(text.slice(pos, end))) return true;
    pos = next;
  }
  return false;
}

function setField(meta: FrontMatter, key: FrontMatterKey, value: string, file: string, line: number): void {
  switch (key) {
    case 'date': {
      const d = parseIsoDate(value);
      if (typeof d === 'string') throw new FrontMatterError(file, line, `date: ${d}`);
      meta.date = d.date;
      meta.dateTime = d.dateTime;
      return;
    }
    case 'lang': {
      const tag = canonicalLang(value);
      if (!tag)
        throw new FrontMatterError(
          file,
          line,
          `lang: "${value}" is not a BCP 47 language tag (ar, en, en-GB …)`,
        );
      meta.lang = tag;
      return;
    }
    case 'url':
      if (!isAbsoluteUrl(value))
        throw new FrontMatterError(file, line, `url: "${value}" is not an absolute http(s) URL`);
      meta.url = value;
      return;
    case 'title':
    case 'outlet':
    case 'author':
      meta[key] = value;
  }
}

/** End of the line starting at `from` (before \r\n, \n or \r) and where the next line starts. */
function lineEnd(text: string, from: number): { end: number; next: number } {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { end: i, next: i + 1 };
    if (c === 13) return { end: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return { end: text.length, next: text.length };
}

const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
