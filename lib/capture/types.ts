// The contract of capturing the page in front of the user: what the content script sends (the page
// as HTML, serialized from the live DOM, so that nothing heavy runs in the page) and what the
// extraction (lib/capture, run in the popup or the options page) makes of it.

/** The page as the content script serializes it (top frame only). */
export interface PageSnapshot {
  /** document.documentElement.outerHTML, with the doctype. */
  html: string;
  /** location.href at the time of the snapshot. */
  url: string;
  /** <html lang> as written ('' when absent). */
  lang: string;
  /** document.title. */
  title: string;
}

/** Where a metadata value came from, so the preview can say it (and tests can check it). */
export type MetaOrigin =
  | 'json-ld'
  | 'open-graph'
  | 'article-meta' // article:published_time, article:author
  | 'citation' // citation_title, citation_author, citation_publication_date
  | 'meta' // <meta name=author|date|…>, <link rel=canonical>
  | 'time' // <time datetime>
  | 'byline' // «بقلم», «كتب», "By …" in the article text
  | 'text-date' // a date written in words or Arabic-Indic digits near the top of the article
  | 'readability'
  | 'title' // document.title / <h1>
  | 'url'; // the address's path (/opinion/…): a site's convention, not a declaration

export interface Sourced<T> {
  value: T;
  from: MetaOrigin;
}

export interface CapturedArticle {
  title: Sourced<string> | null;
  /** Names as written, in order; empty when the page names nobody. */
  authors: Sourced<string[]> | null;
  outlet: Sourced<string> | null;
  /** ISO YYYY-MM-DD. */
  date: Sourced<string> | null;
  /** Canonical URL when the page declares one, else the page URL; fragment removed. */
  url: string;
  /** BCP 47 tag of the page (from <html lang>, og:locale, JSON-LD inLanguage), else guessed from the script. */
  lang: string;
  /** News/opinion/analysis/report when the page says (JSON-LD @type OpinionNewsArticle, AnalysisNewsArticle, ReportageNewsArticle, article:section). */
  kind: Sourced<'news' | 'opinion' | 'analysis' | 'report'> | null;
  /** The article text: paragraphs separated by "\n\n", no markup. Empty when nothing article-like was found. */
  text: string;
  /** True when Readability found an article; false when the text is the page's visible text as a fallback. */
  readable: boolean;
}
