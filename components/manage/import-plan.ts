// Reading the chosen files and the dry run: every file parsed and validated (lib/import), its drafts'
// keys looked up in the store, and planImport's report, before anything is written.
import { extractArticle, articleToDraft } from '../../lib/capture/extract';
import { dedupKeys } from '../../lib/import/dedup';
import { MAX_FILE_BYTES, parseImportFile } from '../../lib/import/formats';
import { planImport } from '../../lib/import/plan';
import type { ImportPlan, ParsedFile, SourceDraft } from '../../lib/import/types';
import { lookupExisting, type Sender } from './import-run';

/** HTML files go through the same extraction as a captured page, on a parsed copy (nothing runs). */
export async function htmlToDraft(html: string, file: string): Promise<SourceDraft> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // A file has no address of its own: a file: base lets relative links resolve, and is never kept.
  const article = await extractArticle(doc, `file:///${encodeURIComponent(file)}`);
  const draft = articleToDraft(article, 'html');
  return draft.url && /^https?:\/\//i.test(draft.url) ? draft : { ...draft, url: null };
}

const READ_AT_ONCE = 32;

/** What readImportFiles needs of a File (a test can give one whose reading fails). */
export type ChosenFile = Pick<File, 'name' | 'size' | 'text'>;

function fileProblem(file: string, code: 'too-large' | 'unreadable', detail: string): ParsedFile {
  return { file, drafts: [], problems: [{ file, line: null, record: null, field: null, code, detail }] };
}

/**
 * One file: a file too large is refused before it is read (reading 2 GB into a string would fail or
 * freeze the page), and a file the browser cannot read (deleted or moved since it was chosen, no
 * permission) is a problem of that file, not an error that loses the whole choice.
 */
async function readOne(file: ChosenFile): Promise<ParsedFile> {
  if (file.size > MAX_FILE_BYTES)
    return fileProblem(file.name, 'too-large', 'the file is over 50 MB; split it into smaller files');
  let content: string;
  try {
    content = await file.text();
  } catch (e) {
    return fileProblem(
      file.name,
      'unreadable',
      `the browser could not read the file (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  return parseImportFile(file.name, content, { html: htmlToDraft });
}

/** Reads and parses the files, a few at a time, reporting how many are done. */
export async function readImportFiles(
  files: readonly ChosenFile[],
  onRead: (done: number) => void = () => {},
): Promise<ParsedFile[]> {
  const parsed: ParsedFile[] = [];
  for (let i = 0; i < files.length; i += READ_AT_ONCE) {
    const part = files.slice(i, i + READ_AT_ONCE);
    const read = await Promise.all(part.map(readOne));
    parsed.push(...read);
    onRead(parsed.length);
  }
  return parsed;
}

/** The dry run: asks the store which drafts it already holds, then plans. Writes nothing. */
export async function dryRun(files: readonly ParsedFile[], send: Sender): Promise<ImportPlan> {
  const keys = files.flatMap((f) => f.drafts.map((d) => dedupKeys(d.draft)));
  const existing = await lookupExisting(keys, send);
  return planImport([...files], existing);
}
