// schema.org JSON-LD, the most trusted metadata a page carries (the publisher's CMS writes it for
// search engines). Pages wrap it in every way seen in ../shared/pages: one object, an array, an
// `@graph` (elbaladtv), CDATA markers (the Guardian), HTML entities inside strings (CNN: &#39;),
// and blocks that are not JSON at all (the Telegraph's entity-mangled BreadcrumbList): those are
// skipped, never thrown.

export type LdKind = 'news' | 'opinion' | 'analysis' | 'report';

export interface LdArticle {
  /** The @type that made it an article (first one when it is an array). */
  type: string;
  kind: LdKind | null;
  headline: string | null;
  /** Person names, as written, in order. */
  authors: string[];
  /** Authors that are organizations (BBC News, Al-Bawaba): the outlet speaking, not a person. */
  organizationAuthors: string[];
  publisher: string | null;
  datePublished: string | null;
  dateCreated: string | null;
  inLanguage: string | null;
  url: string | null;
}

export interface JsonLd {
  article: LdArticle | null;
  /** The name of a top-level Organization / NewsMediaOrganization / WebSite node, if any. */
  siteName: string | null;
  inLanguage: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const ARTICLE_TYPE =
  /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ClaimReview|Review)$/;
const ORG_TYPE = /Organization$|^Corporation$|^WebSite$/;
const PERSON_TYPE = /^Person$/;

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const types = (o: Obj): string[] => {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:]/, ''));
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** A numeric reference decoded only when it names a character: fromCodePoint throws past 0x10FFFF, and a
 * lone surrogate is no text; such a reference is kept as the page wrote it rather than failing the capture. */
function codePoint(ref: string, n: number): string {
  const valid = Number.isSafeInteger(n) && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff);
  return valid ? String.fromCodePoint(n) : ref;
}

/** A string value with HTML entities decoded and white space collapsed; null when empty. */
export function ldString(v: Json | undefined): string | null {
  if (typeof v !== 'string') return null;
  const s = v
    .replace(/&#(\d+);/g, (ref: string, d: string) => codePoint(ref, Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (ref: string, h: string) => codePoint(ref, parseInt(h, 16)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, n: string) => ENTITIES[n] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return s || null;
}

/** Every JSON object the page's ld+json blocks hold at top level (arrays and @graph flattened). */
export function ldObjects(doc: Document): Obj[] {
  const out: Obj[] = [];
  const add = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (isObj(v)) {
      const graph = v['@graph'];
      if (graph !== undefined) add(graph);
      if (v['@type'] !== undefined) out.push(v);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = (s.textContent ?? '')
      .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
      .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
      .replace(/^\s*<!--/, '')
      .replace(/-->\s*$/, '');
    try {
      add(JSON.parse(raw) as Json);
    } catch {
      // Not JSON: the page's problem, not a reason to lose the rest of its metadata.
    }
  }
  return out;
}

function kindOf(type: string): LdKind | null {
  if (/^Opinion/.test(type)) return 'opinion';
  if (/^(?:Analysis|Review)/.test(type)) return 'analysis';
  if (/^(?:Reportage|Report$)/.test(type)) return 'report';
  return /NewsArticle$/.test(type) ? 'news' : null;
}

export function readJsonLd(doc: Document): JsonLd {
  const objects = ldObjects(doc);
  const byId = new Map<string, Obj>();
  for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  const resolve = (v: Json | undefined): Json | undefined =>
    isObj(v) && typeof v['@id'] === 'string' && v['name'] === undefined ? (byId.get(v['@id']) ?? v) : v;

  const name = (v: Json | undefined): string | null => {
    const r = resolve(v);
    return typeof r === 'string' ? ldString(r) : isObj(r) ? ldString(r['name']) : null;
  };

  let article: LdArticle | null = null;
  let siteName: string | null = null;
  let inLanguage: string | null = null;
  for (const o of objects) {
    const ts = types(o);
    inLanguage ??= ldString(o['inLanguage']) ?? name(o['inLanguage']);
    const articleType = ts.find((t) => ARTICLE_TYPE.test(t));
    if (!articleType) {
      if (!siteName && ts.some((t) => ORG_TYPE.test(t))) siteName = ldString(o['name']);
      continue;
    }
    if (article) continue;
    const authors: string[] = [];
    const organizationAuthors: string[] = [];
    const rawAuthors = o['author'] ?? o['creator'];
    for (const a of Array.isArray(rawAuthors) ? rawAuthors : rawAuthors === undefined ? [] : [rawAuthors]) {
      const r = resolve(a);
      const n = name(r);
      if (!n) continue;
      const isOrg = isObj(r) && types(r).some((t) => ORG_TYPE.test(t) && !PERSON_TYPE.test(t));
      (isOrg ? organizationAuthors : authors).push(n);
    }
    article = {
      type: articleType,
      kind: kindOf(articleType),
      headline: ldString(o['headline']) ?? ldString(o['name']),
      authors,
      organizationAuthors,
      publisher: name(o['publisher']),
      datePublished: ldString(o['datePublished']),
      dateCreated: ldString(o['dateCreated']),
      inLanguage: ldString(o['inLanguage']),
      url: ldString(o['url']) ?? ldString(isObj(o['mainEntityOfPage']) ? o['mainEntityOfPage']['@id'] : null),
    };
  }
  return { article, siteName, inLanguage };
}
