// The metadata pass over a captured page: title, authors, outlet, date, canonical URL, language and
// kind, each with where it came from. Sources are tried in the order of how much a publisher's
// system means them (JSON-LD, then OpenGraph/article:*, citation_*, plain <meta>, <time>, then
// what the article text itself says near its top). Nothing is made up: a field no source gives is
// null, and an outlet's name found in the byline moves to the outlet instead of posing as a person.
import type { CapturedArticle, MetaOrigin, Sourced } from './types';
import { canonicalLang } from '../front-matter';
import { isLangTag } from '../import/lang-tag';
import { scriptLang } from '../import/script-lang';
import { readJsonLd } from './json-ld';
import { MetaTags, absoluteUrl } from './meta-tags';
import { OutletNames, splitNames, stripTitleEdges } from './names';
import { datelineDate, normalizeDate } from './text-dates';
import { textByline } from './arabic-byline';
import { articleWindow } from './article-window';

export type CapturedMetadata = Omit<CapturedArticle, 'text' | 'readable'>;
type Kind = 'news' | 'opinion' | 'analysis' | 'report';

const src = <T>(value: T, from: MetaOrigin): Sourced<T> => ({ value, from });

const OPINION_SECTION =
  /^(?:opinion|opinions|comment|commentary|op-?ed|columns?|رأي|الرأي|آراء|مقالات|مقال|كتاب|أقلام)$/iu;
const OPINION_PATH = /\/(?:opinion|opinions|comment|commentisfree|op-ed|ra2y|araa)\//i;

/** A tag the page declares, canonical, when the draft's schema will take it: `english` passes
 * canonicalLang (Intl reads it as a 7-letter language) but no source may be stored with it. */
function declaredLang(tag: string | null | undefined): string | null {
  const t = tag?.trim() ?? '';
  return t && isLangTag(t) ? canonicalLang(t) : null;
}

/** The language subtag of og:locale (ar_AR → ar, en_GB → en): the region there is rarely meant. */
function localeLang(locale: string | null): string | null {
  const primary = locale?.split(/[_-]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** What Readability made of the page: read after every source the page declares itself. */
export interface ReadabilityHints {
  text?: string;
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  siteName?: string | null;
}

export function extractMetadata(
  doc: Document,
  pageUrl: string,
  hints: ReadabilityHints = {},
): CapturedMetadata {
  const meta = new MetaTags(doc);
  const ld = readJsonLd(doc);
  const a = ld.article;
  const docTitle = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  const ogTitles = meta.all('og:title');
  const h1 = doc.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const windows = [articleWindow(doc), hints.text ?? ''].filter(Boolean);
  const windowText = windows[0] ?? '';

  // Outlet: the publisher as the page names it.
  const outletNames = new OutletNames(
    [a?.publisher ?? null, meta.first('og:site_name'), ld.siteName, ...(a?.organizationAuthors ?? [])],
    [docTitle, ...ogTitles],
  );
  let outlet: Sourced<string> | null = a?.publisher
    ? src(a.publisher, 'json-ld')
    : meta.first('og:site_name')
      ? src(meta.first('og:site_name') as string, 'open-graph')
      : a?.organizationAuthors[0]
        ? src(a.organizationAuthors[0], 'json-ld')
        : ld.siteName
          ? src(ld.siteName, 'json-ld')
          : hints.siteName
            ? src(hints.siteName, 'readability')
            : null;

  // Authors: the first source that names a person. A name that is the outlet is dropped, and when
  // no outlet was declared, the title confirms it is the outlet's name (almadenahnews, Sputnik).
  const authorSources: [string[], MetaOrigin][] = [
    [a?.authors ?? [], 'json-ld'],
    [
      [...meta.all('article:author'), ...meta.all('og:article:author'), ...meta.all('article:author_name')],
      'article-meta',
    ],
    [meta.all('citation_author'), 'citation'],
    [
      [
        ...meta.all('author'),
        ...meta.all('byl'),
        ...meta.all('dc.creator'),
        ...meta.all('dcterms.creator'),
        ...meta.all('parsely-author'),
        ...meta.all('sailthru.author'),
      ],
      'meta',
    ],
  ];
  const byline = windows.map((w) => textByline(w)).find((b) => b !== null) ?? null;
  if (byline) authorSources.push([byline.names, 'byline']);
  for (const n of [...(a?.authors ?? []), ...(byline?.names ?? [])]) outletNames.addPerson(n);
  // Readability's byline is a guess from class names; when the page's JSON-LD names an organization
  // as the author (Polygraph's ClaimReview, where Readability picks the claimant), the page has said.
  if (hints.byline && !a?.organizationAuthors.length) authorSources.push([[hints.byline], 'readability']);
  let authors: Sourced<string[]> | null = null;
  for (const [values, from] of authorSources) {
    const names: string[] = [];
    // A byline is split ("A, B and C"); JSON-LD names are one each, and citation_author is written
    // surname first as often as not ("Smith, Jane"), one tag per author.
    const split = from !== 'json-ld' && from !== 'citation';
    for (const n of values.flatMap((v) => splitNames(v, split))) {
      if (outletNames.has(n)) continue;
      const asOutlet = outlet ? null : outletNames.titleOutlet(n);
      if (asOutlet) {
        outlet = src(asOutlet, 'title');
        outletNames.add(asOutlet);
        outletNames.add(n);
        continue;
      }
      if (!names.some((x) => x.toLowerCase() === n.toLowerCase())) names.push(n);
    }
    if (names.length) {
      authors = src(names, from);
      break;
    }
  }

  // Title: the headline, without the outlet or author a site appends to og:title / <title>.
  const edgeNames = [...(outlet ? [outlet.value] : []), ...(authors?.value ?? [])];
  for (const n of [meta.first('og:site_name'), a?.publisher, ld.siteName]) if (n) edgeNames.push(n);
  const titleCandidates: [string | null | undefined, MetaOrigin][] = [
    [a?.headline, 'json-ld'],
    [ogTitles[0], 'open-graph'],
    [meta.first('citation_title'), 'citation'],
    [meta.first('title', 'dc.title', 'dcterms.title'), 'meta'],
    [hints.title, 'readability'],
    [h1, 'title'],
    [docTitle, 'title'],
  ];
  let title: Sourced<string> | null = null;
  for (const [t, from] of titleCandidates) {
    const clean = t ? stripTitleEdges(t, edgeNames) : '';
    if (clean) {
      // The headline shown, when the declared one only adds a note to it: NYT's og:title
      // "… Bombings (Published 2016)" over the h1 "… Bombings".
      const shown = h1 && clean.startsWith(`${h1} (`) ? h1 : null;
      title = shown ? src(shown, 'title') : src(clean, from);
      break;
    }
  }

  // Date: the day of publication as the page writes it.
  const dateCandidates: [string | null | undefined, MetaOrigin][] = [
    [a?.datePublished, 'json-ld'],
    [
      meta.first(
        'article:published_time',
        'article:published',
        'og:article:published_time',
        'og:published_time',
      ),
      'article-meta',
    ],
    [meta.first('citation_publication_date', 'citation_date', 'citation_online_date'), 'citation'],
    [
      meta.first(
        'datepublished',
        'date',
        'pubdate',
        'publishdate',
        'publish-date',
        'dc.date.issued',
        'dc.date',
        'dcterms.date',
        'dcterms.created',
        'dcterms.issued',
        'parsely-pub-date',
        'sailthru.date',
        'pdate',
      ),
      'meta',
    ],
    [a?.dateCreated, 'json-ld'],
    [timeElementDate(doc), 'time'],
    [rdfaDate(doc), 'meta'],
  ];
  let date: Sourced<string> | null = null;
  for (const [v, from] of dateCandidates) {
    const d = normalizeDate(v);
    if (d) {
      date = src(d, from);
      break;
    }
  }
  if (!date) {
    const t = windows.map((w) => datelineDate(w)).find((d) => d !== null);
    if (t) date = src(t.iso, 'text-date');
  }
  if (!date) {
    const d = normalizeDate(hints.publishedTime);
    if (d) date = src(d, 'readability');
  }

  const ldUrl = a?.url && /^https?:\/\//i.test(a.url) ? a.url : null;
  const url =
    [doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), meta.first('og:url'), ldUrl]
      .map((u) => absoluteUrl(u, pageUrl))
      .find((u): u is string => u !== null) ??
    absoluteUrl(pageUrl, pageUrl) ??
    pageUrl;

  const lang =
    declaredLang(doc.documentElement?.getAttribute('lang')) ??
    localeLang(meta.first('og:locale')) ??
    declaredLang(a?.inLanguage ?? ld.inLanguage) ??
    scriptLang(windowText || (doc.body?.textContent ?? ''));

  let kind: Sourced<Kind> | null = a?.kind ? src(a.kind, 'json-ld') : null;
  if (!kind || kind.value === 'news') {
    const section = meta.first('article:section', 'og:article:section');
    if (section && OPINION_SECTION.test(section.trim())) kind = src('opinion', 'article-meta');
    else if (OPINION_PATH.test(pathOf(url))) kind = src('opinion', 'url');
  }

  return { title, authors, outlet, date, url, lang, kind };
}

/** The path of a URL, '' when it is not one (a snapshot of about:blank, an empty string). */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** <time datetime> of the article: the one marked as published, else the first one in it. */
function timeElementDate(doc: Document): string | null {
  const marked = doc.querySelector('time[itemprop~="datePublished"][datetime], time[pubdate][datetime]');
  if (marked) return marked.getAttribute('datetime');
  const t = doc.querySelector(
    'article time[datetime], main time[datetime], [itemprop~="articleBody"] time[datetime]',
  );
  return t?.getAttribute('datetime') ?? null;
}

/** RDFa / microdata on ordinary elements: <span property="dc:date" content="…"> (Drupal, Assabah). */
function rdfaDate(doc: Document): string | null {
  const el = doc.querySelector(
    '[property="dc:date"][content], [property="dcterms:date"][content], [itemprop~="datePublished"][content], [itemprop~="datePublished"][datetime]',
  );
  return el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
}
