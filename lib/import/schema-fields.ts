// The field rules every schema here shares, written once: dates are real calendar dates (Valibot's
// isoDate accepts 2018-02-30), URLs are http(s) only (v.url accepts javascript:), language tags are
// BCP 47 as lib/front-matter.ts reads them. Each check's message is the reason shown to the user.
import * as v from 'valibot';
import { canonicalLang, parseIsoDate } from '../front-matter';
import { isLangTag } from './lang-tag';

/** The text has something other than white space. Its identity marks the 'empty-text' problem (issues.ts). */
export const hasText = (s: string): boolean => /\S/.test(s);

export const textField = v.pipe(v.string(), v.check(hasText, 'the text is empty'));

export const nonEmpty = v.pipe(
  v.string(),
  v.check((s) => s.trim().length > 0, 'expected a non-empty string'),
);

const dateReason = (s: string): string | null => {
  const d = parseIsoDate(s);
  if (typeof d === 'string') return d;
  return d.dateTime ? `"${s}" has a time; expected the calendar date alone (YYYY-MM-DD)` : null;
};

/** YYYY-MM-DD that exists in the calendar. */
export const isoDate = v.pipe(
  v.string(),
  v.check(
    (s) => dateReason(s) === null,
    (issue) => dateReason(String(issue.input)) ?? 'not a date',
  ),
);

/** A date or date-time as written in an import line, stored as its calendar date (as front matter does). */
export const isoDateOrTime = v.pipe(
  v.string(),
  v.check(
    (s) => typeof parseIsoDate(s) !== 'string',
    (issue) => String(parseIsoDate(String(issue.input))),
  ),
  v.transform((s) => (parseIsoDate(s) as { date: string }).date),
);

/** Events: a full date, or YYYY-MM / YYYY when that is all the sources give. */
export const partialDate = v.pipe(
  v.string(),
  v.check(
    (s) => /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(s) || dateReason(s) === null,
    'expected a date YYYY-MM-DD, or YYYY-MM or YYYY',
  ),
);

const isHttpUrl = (s: string): boolean => {
  if (!/^https?:\/\/[^/?#\s]/i.test(s)) return false;
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
};

/** One check, so that a bad URL is one problem (two actions would both report it). */
export const httpUrl = v.pipe(v.string(), v.check(isHttpUrl, 'expected an absolute http:// or https:// URL'));

/** Any BCP 47 tag; kept as given (stored data is already canonical). */
export const langTag = v.pipe(
  v.string(),
  v.check(isLangTag, 'expected a BCP 47 language tag (ar, en, en-GB, ur …)'),
);

/** A BCP 47 tag as a user wrote it (`EN-gb`), stored in its canonical form (`en-GB`). */
export const langTagCanonical = v.pipe(
  langTag,
  v.transform((s) => canonicalLang(s) as string),
);

export const sourceKind = v.picklist(['news', 'opinion', 'analysis', 'report']);

export const draftFormat = v.picklist([
  'text',
  'front-matter',
  'html',
  'jsonl',
  'ant-doc',
  'paste',
  'capture',
]);

/** A whole number in [min, max], as one check (integer + minValue would report -1.5 twice). */
export const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  v.pipe(
    v.number(),
    v.check(
      (n) => Number.isInteger(n) && n >= min && n <= max,
      max === Number.MAX_SAFE_INTEGER
        ? `expected a whole number ≥ ${min}`
        : `expected a whole number from ${min} to ${max}`,
    ),
  );

/** Milliseconds since 1970. */
export const timestamp = wholeNumber(0);

/** The text hash of lib/import/dedup.ts: 16 lower-case hex digits. */
export const textHash = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'expected 16 lower-case hex digits'));

/** A string the user may leave blank: blank means not given (null), as in front matter. */
export const blankIsNull = <T extends v.GenericSchema<string, string>>(schema: T) =>
  v.pipe(
    v.nullable(v.string()),
    v.transform((s) => (s === null || !s.trim() ? null : s.trim())),
    v.nullable(schema),
  );

/**
 * A strict object that is not an array: Valibot's object schemas take `["text"]` for an object (an
 * array is `typeof 'object'`) and would report its indexes as unknown fields.
 */
export const strictRecord = <const E extends v.ObjectEntries>(entries: E) =>
  v.pipe(
    v.unknown(),
    v.check((x) => !Array.isArray(x), 'expected an object, received a list'),
    v.strictObject(entries),
  );
