// Capture: the page in front of the user, as a source draft. Readability finds the article text
// (in a chunk loaded only when the user presses capture: ≈ 33 KB minified, see
// docs/decisions/readability-capture.md); the metadata pass (metadata.ts) says who, when and where,
// and Readability's own guesses are used only where the page declares nothing.
import type { SourceDraft } from '../import/types';
import type { CapturedArticle } from './types';
import { CHROME, blockText } from './dom-text';
import { scriptLang } from '../import/script-lang';
import { extractMetadata } from './metadata';

/** Languages written in Arabic script: a page tagged with one of them is not mis-tagged when its text is Arabic. */
const ARABIC_SCRIPT_LANGS = new Set(['ar', 'fa', 'ur', 'ps', 'ku', 'ckb', 'sd', 'ug', 'ks', 'bal']);

/** Characters of extracted text that make an article even when the quick test says no. */
const LONG_TEXT = 1000;
const CHROME_SELECTOR = 'nav, header, footer, aside, form';

interface ReadabilityResult {
  title: string | null | undefined;
  content: string | null | undefined;
  byline: string | null | undefined;
  siteName: string | null | undefined;
  publishedTime: string | null | undefined;
}

interface ReadabilityRun {
  result: ReadabilityResult | null;
  /** The copy Readability worked on: where its HTML is parsed back, never into a live document. */
  clone: Document;
  /** Readability's own quick test (its companion file, ≈ 1 KB) of whether the page holds an article. */
  readerable: boolean;
}

async function runReadability(doc: Document): Promise<ReadabilityRun> {
  const [{ default: Readability }, { default: isProbablyReaderable }] = await Promise.all([
    import('@mozilla/readability/Readability.js'),
    import('@mozilla/readability/Readability-readerable.js'),
  ]);
  const readerable = isProbablyReaderable(doc);
  // Readability rewrites the document it is given: never the caller's.
  const clone = doc.cloneNode(true) as Document;
  try {
    return { result: new Readability(clone).parse(), readerable, clone };
  } catch {
    return { result: null, readerable, clone };
  }
}

/** Readability's `content` (HTML), parsed into an element of `doc` (a parsed copy: inert, no scripts run). */
function contentElement(doc: Document, html: string): Element {
  const box = doc.createElement('div');
  box.innerHTML = html;
  return box;
}

/** The page's visible text when no article was found: the main region, page furniture left out. */
export function fallbackText(doc: Document): string {
  const root = doc.querySelector('main, [role="main"]') ?? doc.querySelector('article') ?? doc.body;
  return root ? blockText(root, { skip: CHROME }) : '';
}

export async function extractArticle(doc: Document, pageUrl: string): Promise<CapturedArticle> {
  const run = await runReadability(doc);
  const r = run.result;
  const content = r?.content ? contentElement(run.clone, r.content) : null;
  const readText = content ? blockText(content) : '';
  // On a page with no article Readability returns the whole body, menus included (a shop's
  // opening hours). Its quick test misses short articles (elbaladtv's four short paragraphs), so
  // only a result that failed the test, is short and still holds page chrome is set aside.
  const wholePage =
    !run.readerable && readText.length < LONG_TEXT && content?.querySelector(CHROME_SELECTOR) != null;
  const readable = readText.length > 0 && !wholePage;
  const text = readable ? readText : fallbackText(doc);
  const meta = extractMetadata(doc, pageUrl, {
    text,
    title: r?.title ?? null,
    byline: r?.byline ?? null,
    publishedTime: r?.publishedTime ?? null,
    siteName: r?.siteName ?? null,
  });
  // A page tagged en-US whose article is Arabic (Beirut Observer, htmldate/1764731404): the tag is a
  // CMS default, the text is what the source is in.
  const primary = meta.lang.split('-')[0]?.toLowerCase() ?? '';
  const lang = !ARABIC_SCRIPT_LANGS.has(primary) && text && scriptLang(text) === 'ar' ? 'ar' : meta.lang;
  return { ...meta, lang, text, readable };
}

/** The captured article as a draft for the preview (the user can still edit every field). */
export function articleToDraft(a: CapturedArticle, format: 'capture' | 'html'): SourceDraft {
  const arabic = a.lang.split('-')[0]?.toLowerCase() === 'ar';
  const names = a.authors?.value ?? [];
  return {
    title: a.title?.value ?? '',
    titleOrigin: 'source',
    outlet: a.outlet?.value ?? null,
    author: names.length ? names.join(arabic ? '، ' : ', ') : null,
    date: a.date?.value ?? null,
    url: a.url || null,
    lang: a.lang,
    kind: a.kind?.value ?? 'news',
    text: a.text,
    format,
  };
}
