// One entry for every file the user imports: the format is the content's (<DOC>) or the extension's;
// the result is drafts and problems, never an exception (a problem always names the file).
import { isAntDoc, parseAntDocs } from './ant-doc';
import { parseJsonl } from './jsonl';
import { PASTE_FILE } from './pseudo-files';
import { validateDraft } from './schema';
import { scriptLang } from './script-lang';
import { parseTextFile } from './text-file';
import { headlineOf } from './title';
import type { DraftAt, ImportProblem, ParsedFile, SourceDraft } from './types';

/** Larger files are refused before they are parsed: 50 MB of UTF-8. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export { PASTE_FILE };

export interface ImportOptions {
  /** The page's article extractor (lib/capture), for .html files; absent, HTML is refused. */
  html?: (html: string, file: string) => Promise<SourceDraft>;
}

/** UTF-8 bytes of a string, stopping early once past `limit`. */
function utf8Bytes(s: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= limit; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The browser decodes a file as UTF-8 and puts U+FFFD for every byte that is not: a text in another
 * encoding comes out full of them. A few may be in a real text (a scrape's own damage): refused from
 * 10 and 1 % of the characters.
 */
function decodedWell(content: string): boolean {
  let bad = 0;
  for (let i = content.indexOf('\uFFFD'); i >= 0; i = content.indexOf('\uFFFD', i + 1)) bad++;
  return bad < 10 || bad < content.length / 100;
}

function fileProblem(file: string, code: ImportProblem['code'], detail: string): ParsedFile {
  return { file, drafts: [], problems: [{ file, line: null, record: null, field: null, code, detail }] };
}

async function parseHtml(file: string, content: string, opts: ImportOptions): Promise<ParsedFile> {
  if (!opts.html)
    return fileProblem(
      file,
      'unknown-format',
      'HTML files are read by the options page, which extracts the article',
    );
  const at: DraftAt = { file, line: null, record: null };
  let draft: SourceDraft;
  try {
    draft = await opts.html(content, file);
  } catch (e) {
    return fileProblem(
      file,
      'unreadable',
      `the article could not be extracted (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  const r = validateDraft(draft, at);
  return 'draft' in r
    ? { file, drafts: [{ draft: r.draft, at }], problems: [] }
    : { file, drafts: [], problems: r.problems };
}

export async function parseImportFile(
  name: string,
  content: string,
  opts: ImportOptions = {},
): Promise<ParsedFile> {
  if (content.length > MAX_FILE_BYTES || utf8Bytes(content, MAX_FILE_BYTES) > MAX_FILE_BYTES)
    return fileProblem(name, 'too-large', 'the file is over 50 MB; split it into smaller files');
  // A NUL never occurs in UTF-8 text: this is a binary file (a PDF or a Word document renamed, an
  // image), or UTF-16 (Windows "Unicode"), whose every Latin letter is followed by a NUL byte.
  if (content.includes('\u0000'))
    return fileProblem(
      name,
      'unreadable',
      'the file is not UTF-8 text (binary data, or UTF-16): save it as UTF-8 text',
    );
  if (!decodedWell(content))
    return fileProblem(
      name,
      'unreadable',
      'the file is not UTF-8 (an Arabic text saved as Windows-1256 or ISO-8859-6 reads as "�"): save it as UTF-8',
    );
  if (isAntDoc(content)) return { file: name, ...parseAntDocs(name, content) };
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  switch (ext) {
    case 'txt':
    case 'md':
    case 'markdown':
      return { file: name, ...parseTextFile(name, content) };
    case 'jsonl':
    case 'ndjson':
      return { file: name, ...parseJsonl(name, content) };
    case 'html':
    case 'htm':
      return parseHtml(name, content, opts);
    default:
      return fileProblem(
        name,
        'unknown-format',
        `".${ext}" files are not read (known: .txt, .md, .markdown, .jsonl, .ndjson, .html, .htm, or a <DOC> file)`,
      );
  }
}

/**
 * The paste box: the text and what the user filled in. Title: the user's, else the text's headline
 * line; with neither, a 'missing' title problem (a pasted text has no file name to stand in).
 */
export function parsePaste(text: string, meta: Partial<SourceDraft>): ParsedFile {
  const at: DraftAt = { file: PASTE_FILE, line: null, record: null };
  if (!text.trim())
    return {
      file: PASTE_FILE,
      drafts: [],
      problems: [{ ...at, field: 'text', code: 'empty-text', detail: 'the text is empty' }],
    };
  const given = meta.title?.trim();
  const title = given || headlineOf(text);
  if (!title)
    return {
      file: PASTE_FILE,
      drafts: [],
      problems: [
        { ...at, field: 'title', code: 'missing', detail: 'the text has no headline line: give it a title' },
      ],
    };
  const draft = {
    title: title ?? '',
    titleOrigin: given ? (meta.titleOrigin ?? 'user') : 'source',
    outlet: meta.outlet?.trim() || null,
    author: meta.author?.trim() || null,
    date: meta.date || null,
    url: meta.url?.trim() || null,
    lang: meta.lang || scriptLang(text),
    kind: meta.kind ?? 'news',
    text,
    format: 'paste',
  };
  const r = validateDraft(draft, at);
  return 'draft' in r
    ? { file: PASTE_FILE, drafts: [{ draft: r.draft, at }], problems: [] }
    : { file: PASTE_FILE, drafts: [], problems: r.problems };
}
