// A .txt/.md/.markdown file: optional front matter (lib/front-matter.ts, the block `npm run compare`
// reads), then the text. Title: the front matter's, else the text's headline line (title.ts), else the
// file name, marked as such. Language: the front matter's, else guessed from the script.
import { FrontMatterError, parseFrontMatter } from '../front-matter';
import { validateDraft } from './schema';
import { scriptLang } from './script-lang';
import { fileTitle, headlineOf } from './title';
import type { ImportProblem, ParsedDraft } from './types';

const KEYED_REASON = /^(title|outlet|author|date|url|lang): /;

export function parseTextFile(
  file: string,
  content: string,
): { drafts: ParsedDraft[]; problems: ImportProblem[] } {
  let parsed: ReturnType<typeof parseFrontMatter>;
  try {
    parsed = parseFrontMatter(content, file);
  } catch (e) {
    if (!(e instanceof FrontMatterError)) throw e;
    const field = KEYED_REASON.exec(e.reason)?.[1] ?? null;
    return {
      drafts: [],
      problems: [{ file, line: e.line, record: null, field, code: 'front-matter', detail: e.reason }],
    };
  }
  const { meta, body } = parsed;
  const headline = meta?.title ? null : headlineOf(body);
  const title = meta?.title ?? headline;
  const draft = {
    title: title ?? fileTitle(file),
    titleOrigin: title ? 'source' : 'file-name',
    outlet: meta?.outlet ?? null,
    author: meta?.author ?? null,
    date: meta?.date ?? null,
    url: meta?.url ?? null,
    lang: meta?.lang ?? scriptLang(body),
    kind: 'news',
    text: body,
    format: meta ? 'front-matter' : 'text',
  };
  const at = { file, line: 1, record: null };
  const r = validateDraft(draft, at);
  return 'draft' in r
    ? { drafts: [{ draft: r.draft, at }], problems: [] }
    : { drafts: [], problems: r.problems };
}
