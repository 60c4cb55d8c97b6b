// Files as sources for `npm run compare`: which files a folder holds, and what one file's source is
// (its text, title, outlet, author, date, url, language), with where each item came from.
//
// Formats:
// - `.txt`/`.md` (and any file named explicitly): an optional front-matter block (lib/front-matter.ts);
//   the text is what follows it.
// - A `.txt` that opens with `<DOC>` is the ANT corpus's format (BBC Arabic in ../shared/corpora/ant-bbc):
//   the text is its <TEXT> body, the title its <TITLE>, the date its <TIME>, the URL its <URL>, the
//   outlet its <SRC>. The abstract and the tags are not part of what the user compares.
// - `.html`/`.htm`/`.xhtml`: the visible text (scripts/lib/html-text.ts); the title from og:title or
//   <title>, the date from article:published_time (else schema.org datePublished), the outlet from
//   og:site_name, the language from <html lang>.
// Offsets the CLI prints are UTF-16 offsets into that text, never into the file as stored.

import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { canonicalLang, parseFrontMatter, parseIsoDate } from '../../lib/front-matter';
import { readAntDoc } from '../../lib/import/ant-doc';
import { scriptLang } from '../../lib/import/script-lang';
import { htmlText } from './html-text';

const TEXT_EXT = /\.(txt|md|markdown)$/i;
const HTML_EXT = /\.(html?|xhtml)$/i;

export type SourceFormat = 'text' | 'front-matter' | 'ant-doc' | 'html';

export interface FileSource {
  /** The path as walked (relative paths stay relative): the source's id. */
  id: string;
  title: string;
  /** `file-name` when the file gives no title: the name stands in and says so, no headline is made up. */
  titleFrom: 'front-matter' | 'doc' | 'html' | 'file-name';
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD, when the file states it. */
  date: string | null;
  url: string | null;
  /** BCP 47 tag: as given, else guessed from the script of the text (`langFrom: 'script'`). */
  lang: string;
  langFrom: 'given' | 'script';
  format: SourceFormat;
  text: string;
}

/** Every source file under `path`, depth first, in name order; a file named explicitly is always one. */
export async function* sourceFiles(path: string, explicit = true): AsyncGenerator<string> {
  const s = await stat(path);
  if (s.isDirectory()) {
    const names = (await readdir(path)).sort();
    for (const name of names) yield* sourceFiles(join(path, name), false);
  } else if (explicit || TEXT_EXT.test(path) || HTML_EXT.test(path)) yield path;
}

export { scriptLang };

const fileTitle = (file: string): string => basename(file, extname(file));

function withLang(base: Omit<FileSource, 'lang' | 'langFrom'>, given: string | null): FileSource {
  return given
    ? { ...base, lang: given, langFrom: 'given' }
    : { ...base, lang: scriptLang(base.text), langFrom: 'script' };
}

/** Reads one file as a source. Throws (with the file's name in the message) when it cannot be read. */
export async function readSource(file: string): Promise<FileSource> {
  const raw = await readFile(file, 'utf8');
  if (HTML_EXT.test(file)) return htmlSource(file, raw);
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (raw.startsWith('<DOC>', bom)) return antDocSource(file, raw);
  const { meta, body } = parseFrontMatter(raw, file);
  return withLang(
    {
      id: file,
      title: meta?.title ?? fileTitle(file),
      titleFrom: meta?.title ? 'front-matter' : 'file-name',
      outlet: meta?.outlet ?? null,
      author: meta?.author ?? null,
      date: meta?.date ?? null,
      url: meta?.url ?? null,
      format: meta ? 'front-matter' : 'text',
      text: body,
    },
    meta?.lang ?? null,
  );
}

export function antDocSource(file: string, raw: string): FileSource {
  const doc = readAntDoc(raw);
  if (!doc) throw new Error(`${file}: a <DOC> file without a <TEXT>…</TEXT> body`);
  return withLang(
    {
      id: file,
      title: doc.title ?? fileTitle(file),
      titleFrom: doc.title ? 'doc' : 'file-name',
      outlet: doc.outlet,
      author: doc.author,
      date: doc.date,
      url: doc.url,
      format: 'ant-doc',
      text: doc.text,
    },
    null,
  );
}

interface MetaElement {
  getAttribute(name: string): string | null;
}
interface MetaDocument {
  querySelector(selector: string): (MetaElement & { textContent: string | null }) | null;
  documentElement: MetaElement | null;
}

export function htmlSource(file: string, raw: string): FileSource {
  const { document } = parseHTML(raw) as unknown as { document: MetaDocument };
  const meta = (selector: string): string | null => {
    const v = document.querySelector(selector)?.getAttribute('content')?.trim();
    return v ? v : null;
  };
  const ogTitle = meta('meta[property="og:title"]');
  const titleTag = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const title = ogTitle ?? titleTag;
  // schema.org's datePublished is the same statement where a page has no Open Graph time (NYT 2017).
  const published = meta('meta[property="article:published_time"]') ?? meta('meta[itemprop="datePublished"]');
  const date = published ? parseIsoDate(published) : null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const langAttr = document.documentElement?.getAttribute('lang')?.trim();
  return withLang(
    {
      id: file,
      title: title ?? fileTitle(file),
      titleFrom: title ? 'html' : 'file-name',
      outlet: meta('meta[property="og:site_name"]'),
      author: meta('meta[name="author"]'),
      date: date && typeof date !== 'string' ? date.date : null,
      url: meta('meta[property="og:url"]') ?? (canonical && /^https?:/.test(canonical) ? canonical : null),
      format: 'html',
      text: htmlText(raw),
    },
    langAttr ? canonicalLang(langAttr) : null,
  );
}
