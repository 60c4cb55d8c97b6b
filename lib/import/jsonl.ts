// A .jsonl/.ndjson file: one JSON object per line (blank lines skipped), each checked by
// JsonlLineSchema: `text` required; title, outlet, author, date, url, lang, kind optional; any other
// key is an error. Lines are 1-based. Missing title: the text's headline line, else `<file> line N`.
import * as v from 'valibot';
import { issuesToProblems } from './issues';
import { JSONL_FIELDS, JsonlLineSchema, validateDraft } from './schema';
import { scriptLang } from './script-lang';
import { fileTitle, headlineOf } from './title';
import type { ImportProblem, ParsedDraft } from './types';

export function parseJsonl(
  file: string,
  content: string,
): { drafts: ParsedDraft[]; problems: ImportProblem[] } {
  const drafts: ParsedDraft[] = [];
  const problems: ImportProblem[] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    const at = { file, line: i + 1, record: null };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      problems.push({ ...at, field: null, code: 'json', detail: e instanceof Error ? e.message : String(e) });
      return;
    }
    const r = v.safeParse(JsonlLineSchema, value, { abortEarly: false });
    if (!r.success) {
      for (const p of issuesToProblems(r.issues, at)) {
        if (p.code === 'unknown-field') p.detail += ` (known: ${JSONL_FIELDS.join(', ')})`;
        problems.push(p);
      }
      return;
    }
    const line = r.output;
    const title = line.title ?? headlineOf(line.text);
    const draft = {
      title: title ?? `${fileTitle(file)} line ${i + 1}`,
      titleOrigin: title ? 'source' : 'file-name',
      outlet: line.outlet ?? null,
      author: line.author ?? null,
      date: line.date ?? null,
      url: line.url ?? null,
      lang: line.lang ?? scriptLang(line.text),
      kind: line.kind ?? 'news',
      text: line.text,
      format: 'jsonl',
    };
    const checked = validateDraft(draft, at);
    if ('draft' in checked) drafts.push({ draft: checked.draft, at });
    else problems.push(...checked.problems);
  });
  if (!drafts.length && !problems.length)
    problems.push({
      file,
      line: null,
      record: null,
      field: null,
      code: 'empty-text',
      detail: 'the file has no lines',
    });
  return { drafts, problems };
}
