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
  /** YYYY-MM-DD of <TIME>; null when absent or not a date. */
  date: string | null;
  url: string | null;
  text: string;
}

function docField(raw: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(raw);
  const v = m?.[1]?.trim();
  return v ? v : null;
}

/** "Tue, 20 Feb 2018 01:44:01 GMT" → 2018-02-20 (the zone is GMT, so the UTC date is the date written). */
function rfc2822Date(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** One <DOC> block's fields, or null when it has no <TEXT>…</TEXT>. */
export function readAntDoc(raw: string): AntDoc | null {
  const m = /<TEXT>\r?\n?([\s\S]*?)\r?\n?<\/TEXT>/.exec(raw);
  if (!m) return null;
  return {
    title: docField(raw, 'TITLE'),
    outlet: docField(raw, 'SRC'),
    author: docField(raw, 'AUTHOR'),
    date: rfc2822Date(docField(raw, 'TIME')),
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
    if ('draft' in r) drafts.push({ draft: r.draft, at });
    else problems.push(...r.problems);
  });
  return { drafts, problems };
}
