// Dates as pages write them, to ISO YYYY-MM-DD with a calendar check (lib/front-matter.ts's
// parseIsoDate). Machine values (JSON-LD, meta tags, <time datetime>) keep the calendar date as
// written: "2024-03-25T23:30:00-05:00" is 25 March where the page was published, so it is never
// converted to UTC. Dates written in words («الأربعاء، 28 آب/اغسطس 2013», «24 نيسان / أبريل
// 2020», "Jan. 13, 2017") go through lib/characterize/dates.ts, which already knows the Egyptian,
// Levantine and Maghrebi month names and reads the text normalized by claim-text.ts (Arabic-Indic
// digits to 0–9, hamza forms folded); numeric dates in Arabic-Indic digits («١ / ١٢ / ٢٠٢٠», day
// first as Arabic pages write them) are read here.
import { parseIsoDate } from '../front-matter';
import { claimText } from '../characterize/claim-text';
import { monthDates } from '../characterize/dates';

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `y-m-d` when that day exists, else null. */
export function calendarDate(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 9999) return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return typeof parseIsoDate(iso) === 'string' ? null : iso;
}

/** A machine-readable date value (ISO, ISO with space or no-colon offset, 20170113, 2019/02/08). */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = claimText(value, 0, value.length).text.trim();
  const iso =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(v) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/.exec(v);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\d{6})?$/.exec(v);
  if (compact) return calendarDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return wordsDate(v);
}

/** The first full date (day, month, year) written with a month name in `normalized` text. */
function wordsDate(normalized: string): string | null {
  for (const hit of monthDates(normalized)) {
    if (hit.iso && hit.iso.length === 10) {
      const [y, m, d] = hit.iso.split('-').map(Number) as [number, number, number];
      const ok = calendarDate(y, m, d);
      if (ok) return ok;
    }
  }
  return null;
}

// D / M / YYYY with any of / . - between, as the digits are after normalization. A year first
// (YYYY/MM/DD) is taken too; a US-style M/D/Y is not guessed: day first is the Arabic convention,
// and a date that only parses the other way round is left out.
const NUMERIC = /(?<![\d.,/])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d.,/])/g;
const NUMERIC_YEAR_FIRST = /(?<![\d.,/])(\d{4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d.,/])/g;

export interface TextDate {
  iso: string;
  /** Offset into the text given, where the date as written starts (for the preview and tests). */
  at: number;
}

/**
 * The first full date written in `text` (words or digits, any script), or null. Only full dates:
 * a month and year alone («مارس 2023») is not the day a page was published.
 */
export function textDate(text: string): TextDate | null {
  const { text: t, map } = claimText(text, 0, text.length);
  const found: { iso: string; at: number }[] = [];
  for (const hit of monthDates(t)) {
    if (!hit.iso || hit.iso.length !== 10) continue;
    const [y, m, d] = hit.iso.split('-').map(Number) as [number, number, number];
    const iso = calendarDate(y, m, d);
    if (iso) found.push({ iso, at: hit.start });
  }
  for (const m of t.matchAll(NUMERIC)) {
    const iso = calendarDate(Number(m[4]), Number(m[3]), Number(m[1]));
    if (iso) found.push({ iso, at: m.index });
  }
  for (const m of t.matchAll(NUMERIC_YEAR_FIRST)) {
    const iso = calendarDate(Number(m[1]), Number(m[3]), Number(m[4]));
    if (iso) found.push({ iso, at: m.index });
  }
  if (!found.length) return null;
  found.sort((a, b) => a.at - b.at);
  const first = found[0] as { iso: string; at: number };
  return { iso: first.iso, at: map[first.at] ?? 0 };
}

/** Longest line still read as a dateline; prose mentions dates too («كانت البداية في 24 أيار/مايو 2017 حيث…»). */
const DATELINE_MAX = 120;

/**
 * The publication date printed near the top of an article: the first full date on a short line of
 * its opening (`text` as dom-text.ts gives it, one line per block or <br>), within `limit` characters.
 */
export function datelineDate(text: string, limit = 1500): TextDate | null {
  let offset = 0;
  for (const line of text.slice(0, limit).split('\n')) {
    const at = offset;
    offset += line.length + 1;
    if (line.trim().length === 0 || line.length > DATELINE_MAX) continue;
    const d = textDate(line);
    if (d) return { iso: d.iso, at: at + d.at };
  }
  return null;
}
