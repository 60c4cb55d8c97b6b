// Author names and outlet names as pages give them, and the one judgement between them: a byline
// that is really the outlet («BBC News» on bbc-1, «المدينة نيوز» on almadenahnews, «Sputnik»)
// names who published, not who wrote. Compared folded (case, hamza, ى/ي, ة/ه, punctuation, a
// leading "the"), so «قناة صدي البلد» in JSON-LD and «قناة صدى البلد» in og:site_name are one name.
import { looksLikeUrl } from './meta-tags';

export function foldName(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * "By JANE DOE and John Roe" → ["JANE DOE", "John Roe"] (`split` false: one name); URLs dropped.
 * A spaced dash ends a name: what follows is the dateline's place or the agency («حسام أبو العلا -
 * القاهرة» in alyaum's JSON-LD, "John Roe - Reuters"); no person's name holds " - ".
 */
export function splitNames(value: string, split = true): string[] {
  const v = value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:analysis|opinion|commentary|review|story|text|words)\s+)?(?:by|from)\s+/i, '')
    .replace(/\s+[-–—]\s+.*$/, '');
  if (!v || looksLikeUrl(v)) return [];
  if (!split) return [v];
  const latin = !/\p{Script=Arabic}/u.test(v);
  const parts = latin ? v.split(/\s*(?:,|;|\band\b|&)\s*/i) : v.split(/\s*[،;]\s*/);
  return parts.map((p) => p.trim()).filter((p) => p && !looksLikeUrl(p));
}

/** Segments of a title around the separators sites put before or after their name. */
export function titleSegments(title: string): string[] {
  return title
    .split(/\s+(?:[-|–—·•»:]{1,2})\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export class OutletNames {
  private readonly folded = new Set<string>();
  /** People the page names as such (a JSON-LD Person, the text's own byline): never its outlet. */
  private readonly persons = new Set<string>();

  constructor(
    names: (string | null)[],
    /** document.title and og:title, whose edge segments often are the outlet's name. */
    private readonly titles: string[],
  ) {
    for (const n of names) if (n) this.add(n);
  }

  add(name: string): void {
    const f = foldName(name);
    if (f) this.folded.add(f);
  }

  /**
   * Whether `name` is one of the outlet's names, or a role under it ("CNN Editor-at-large", the
   * second half of CNN's "Analysis by Chris Cillizza, CNN Editor-at-large").
   */
  has(name: string): boolean {
    if (this.folded.has(foldName(name))) return true;
    const first = name.trim().split(/\s+/);
    return first.length > 1 && this.folded.has(foldName(first[0] ?? ''));
  }

  addPerson(name: string): void {
    const f = foldName(name);
    if (f) this.persons.add(f);
  }

  /**
   * The title segment that is `name` or starts with it («Sputnik» → «Sputnik Arabic»), when `name`
   * stands at either edge of one of the titles: the page itself then says the byline is its own name.
   */
  titleOutlet(name: string): string | null {
    const f = foldName(name);
    // An author's name at the edge of a title ("… | Eleanor Ainge Roy") is a signature, not the site.
    if (f.length < 3 || this.persons.has(f)) return null;
    for (const t of this.titles) {
      const segs = titleSegments(t);
      if (segs.length < 2) continue;
      for (const s of [segs[0], segs[segs.length - 1]]) {
        if (s && foldName(s).startsWith(f)) return s;
      }
    }
    return null;
  }
}

/**
 * `title` without a leading or trailing segment that is the outlet or an author ("… - BBC News",
 * "… | Eleanor Ainge Roy", «المدينة نيوز - …»). The words left are the page's own.
 */
export function stripTitleEdges(title: string, names: string[]): string {
  const folded = new Set(names.map(foldName).filter(Boolean));
  let t = title.replace(/\s+/g, ' ').trim();
  for (let pass = 0; pass < 2; pass++) {
    const m = /^(.*?)\s+[-|–—·•»:]{1,2}\s+(.+)$/.exec(t);
    const last = /^(.+)\s+[-|–—·•»:]{1,2}\s+(.*?)$/.exec(t);
    if (last && last[2] && folded.has(foldName(last[2])) && last[1]) t = last[1].trim();
    else if (m && m[1] && folded.has(foldName(m[1])) && m[2]) t = m[2].trim();
    else break;
  }
  return t;
}
