// The ANT corpus format (BBC Arabic in ../shared/corpora/ant-bbc): `<DOC>` blocks with <TITLE>, <SRC>,
// <AUTHOR>, <TIME> (RFC 2822), <URL> and the body in <TEXT>. The abstract, category and tags are not
// what the user compares. A file may hold many blocks; each is one record (1-based), at its first line.
import { validateDraft } from './schema';
import { scriptLang } from './script-lang';
import { fileTitle } from './title';
import type { ImportProblem, ParsedDraft } from './types';

export interface AntDoc {
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD of <TIME>, the calendar date as written; null when absent or unreadable. */
  date: string | null;
  /** Why a <TIME> that is there could not be read (the record is then refused); null when it could. */
  timeProblem: string | null;
  url: string | null;
  text: string;
}

function docField(raw: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(raw);
  const v = m?.[1]?.trim();
  return v ? v : null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RFC2822_DATE = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})(?:\s|$)/;

/**
 * "Tue, 20 Feb 2018 01:44:01 GMT" → 2018-02-20: the calendar date as written (D Mon YYYY), whatever
 * the zone. A date is the day the publisher dated it: "Wed, 10 Oct 2018 23:30:00 +0300" is the 10th
 * there, though UTC is already on the 11th.
 */
export function rfc2822Date(value: string): { date: string } | { problem: string } {
  const m = RFC2822_DATE.exec(value.trim());
  const month = m ? MONTHS.findIndex((name) => name.toLowerCase() === m[2]?.toLowerCase()) : -1;
  if (!m || month < 0) {
    return { problem: `"${value}" is not an RFC 2822 date (expected e.g. "Tue, 20 Feb 2018 01:44:01 GMT")` };
  }
  const [day, year] = [Number(m[1]), Number(m[3])];
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month || d.getUTCDate() !== day) {
    return { problem: `"${value}": day ${day} does not exist in that month` };
  }
  return { date: d.toISOString().slice(0, 10) };
}

/** One <DOC> block's fields, or null when it has no <TEXT>…</TEXT>. */
export function readAntDoc(raw: string): AntDoc | null {
  const m = /<TEXT>\r?\n?([\s\S]*?)\r?\n?<\/TEXT>/.exec(raw);
  if (!m) return null;
  const time = docField(raw, 'TIME');
  const read = time === null ? null : rfc2822Date(time);
  return {
    title: docField(raw, 'TITLE'),
    outlet: docField(raw, 'SRC'),
    author: docField(raw, 'AUTHOR'),
    date: read && 'date' in read ? read.date : null,
    timeProblem: read && 'problem' in read ? read.problem : null,
    url: docField(raw, 'URL'),
    text: m[1] ?? '',
  };
}

/** Does the file open with a <DOC> block (after a BOM and blank space)? */
export const isAntDoc = (content: string): boolean => /^\uFEFF?\s*<DOC>/.test(content);

/** Every block of the file as a draft or as problems. */
export function parseAntDocs(
  file: string,
  content: string,
): { drafts: ParsedDraft[]; problems: ImportProblem[] } {
  const drafts: ParsedDraft[] = [];
  const problems: ImportProblem[] = [];
  const starts: number[] = [];
  for (const m of content.matchAll(/<DOC>/g)) starts.push(m.index);
  let line = 1;
  let counted = 0;
  starts.forEach((start, i) => {
    for (let k = counted; k < start; k++) if (content.charCodeAt(k) === 10) line++;
    counted = start;
    const at = { file, line, record: i + 1 };
    const doc = readAntDoc(content.slice(start, starts[i + 1] ?? content.length));
    if (!doc) {
      const detail = 'this <DOC> has no <TEXT>…</TEXT> body';
      problems.push({ ...at, field: 'TEXT', code: 'missing', detail });
      return;
    }
    const name = starts.length > 1 ? `${fileTitle(file)} (${i + 1})` : fileTitle(file);
    const draft = {
      title: doc.title ?? name,
      titleOrigin: doc.title ? 'source' : 'file-name',
      outlet: doc.outlet,
      author: doc.author,
      date: doc.date,
      url: doc.url,
      lang: scriptLang(doc.text),
      kind: 'news',
      text: doc.text,
      format: 'ant-doc',
    };
    const r = validateDraft(draft, at);
    // A date that is there but unreadable is not left out silently: the user fixes it or removes it.
    if (doc.timeProblem) problems.push({ ...at, field: 'TIME', code: 'invalid', detail: doc.timeProblem });
    if ('problems' in r) problems.push(...r.problems);
    else if (!doc.timeProblem) drafts.push({ draft: r.draft, at });
  });
  return { drafts, problems };
}
