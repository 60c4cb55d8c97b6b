// The page's <meta> tags, read once: `property` (OpenGraph, article:*), `name` (author, citation_*,
// dc.*) and `itemprop` (microdata) all land in one map, keys lower-cased because sites write
// `Author`, `DC.date.issued` and `og:Title` alike. Repeated keys keep every value in page order
// (citation_author is repeated once per author; some pages write og:title twice).

export class MetaTags {
  private readonly values = new Map<string, string[]>();

  constructor(doc: Document) {
    for (const m of Array.from(doc.querySelectorAll('meta'))) {
      // `value` instead of `content`: react-helmet pages (the 2016 NYT page in ../shared/pages/postlight).
      const content = (m.getAttribute('content') ?? m.getAttribute('value') ?? '')
        .replace(/\s+/g, ' ')
        .trim();
      if (!content) continue;
      for (const attr of ['property', 'name', 'itemprop']) {
        const key = m.getAttribute(attr)?.trim().toLowerCase();
        if (!key) continue;
        const list = this.values.get(key);
        if (list) list.push(content);
        else this.values.set(key, [content]);
      }
    }
  }

  /** The first non-empty value of the first key that has one. */
  first(...keys: string[]): string | null {
    for (const k of keys) {
      const v = this.values.get(k)?.[0];
      if (v) return v;
    }
    return null;
  }

  /** Every value of `key`, in page order. */
  all(key: string): string[] {
    return this.values.get(key) ?? [];
  }
}

/** An absolute http(s) URL for `href` resolved against `base`, without its fragment; null otherwise. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/** Whether a value is a link rather than a name (article:author is often a profile URL). */
export function looksLikeUrl(value: string): boolean {
  return /^(?:https?:)?\/\//i.test(value.trim()) || /^www\./i.test(value.trim());
}
