// The keys a source is found again by, so that an import never stores the same article twice:
// - its canonical URL: the URL with what varies between two visits of one article removed (tracking
//   parameters, `www.`, the fragment, the scheme's http/https, a trailing slash, the AMP variant);
// - the hash of its folded text (lib/fold.ts): the same article pasted with other line breaks, spaces,
//   harakat, tatweel, hamza forms or letter case has the same hash.
//
// Decisions:
// - http and https give the same key: the archive (ant-bbc, 2018) has http://www.bbc.co.uk URLs that
//   the same pages now serve over https; a key is never shown, only compared.
// - AMP: a last path segment `amp` (`/news/x/amp`), a `.amp` suffix (BBC: `…-43116616.amp`) and the
//   `outputType=amp` parameter (Washington Post) are dropped. Other AMP hosts (`amp.` sub-domains,
//   Google's cache) are left alone: guessing their original URL is beyond a key.
// - Parameters other than tracking ones are kept (an article id in `?id=` is the article), sorted.
// - A URL that is not http(s) or does not parse has no canonical form (null): it is found by text only.
import { foldInto, newFoldBuffers } from '../fold';
import type { DedupKeys } from './types';

/** Changes whenever canonicalUrl or textHash would give another key for some input: stored keys are then derived again. */
export const DEDUP_VERSION = 'dedup-1';

const TRACKING = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'ref',
  'ref_src',
  'ref_url',
  'spm',
  '_ga',
  '_gl',
  'yclid',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'ocid',
  'cmpid',
  's_cid',
  'smid',
  'smtyp',
  'xtor',
  'ito',
  'icid',
  'ns_source',
  'ns_mchannel',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'wt.mc_id',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  '__twitter_impression',
]);

const isTracking = (name: string): boolean => {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || TRACKING.has(n);
};

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** RFC 3986 6.2.2 normalization of the path's escapes: hex in upper case (WordPress writes
 * `%d8%a7`, URL turns a typed `ا` into `%D8%A7`) and unreserved characters unescaped. */
const normalEscapes = (path: string): string =>
  path.replace(/%([0-9a-f]{2})/gi, (_, h: string) => {
    const c = String.fromCharCode(parseInt(h, 16));
    return UNRESERVED.test(c) ? c : `%${h.toUpperCase()}`;
  });

/** The URL as a duplicate key, or null when it is not an http(s) URL. */
export function canonicalUrl(url: string | null): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  // URL already lower-cases the scheme and host and drops a default port.
  const host = u.host.replace(/^www\./, '');
  const params = [...u.searchParams].filter(
    ([name, value]) => !isTracking(name) && !(name.toLowerCase() === 'outputtype' && value === 'amp'),
  );
  params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  let path = normalEscapes(u.pathname)
    .replace(/\/amp\/?$/, '/')
    .replace(/\.amp$/, '');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `https://${host}${path || '/'}${query}`;
}

// One fold buffer for every hash: 3,815 articles fold without an allocation each (foldInto).
const buffers = newFoldBuffers(1 << 16);
const SEED = 'sanad:dedup';

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a state after `part` and lib/hash.ts's part separator: the second hash's seed. */
function seeded(part: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), FNV_PRIME);
  return Math.imul(h ^ 0x1f, FNV_PRIME);
}
const SEEDED = seeded(SEED);

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const hex = (h: number): string => (h >>> 0).toString(16).padStart(8, '0');

/**
 * 64 bits as 16 hex digits: two 32-bit FNV-1a passes (lib/hash.ts's, over UTF-16 units) of the folded
 * text with every run of white space, line breaks included, as one space and none at the ends; the
 * second pass starts from another state (the seed), so two texts collide only if both halves do.
 * Equal to `fnv1a(t) + fnv1a('sanad:dedup', t)` of that text, computed over the fold buffer directly.
 */
export function textHash(text: string): string {
  const f = foldInto(text, buffers);
  let a = FNV_BASIS;
  let b = SEEDED;
  let started = false;
  let space = false;
  for (let i = 0; i < f.length; i++) {
    const c = f.codes[i] as number;
    if (isSpace(c)) {
      space = started;
      continue;
    }
    if (space) {
      a = Math.imul(a ^ 32, FNV_PRIME);
      b = Math.imul(b ^ 32, FNV_PRIME);
      space = false;
    }
    started = true;
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, FNV_PRIME);
  }
  a = Math.imul(a ^ 0x1f, FNV_PRIME);
  b = Math.imul(b ^ 0x1f, FNV_PRIME);
  return hex(a) + hex(b);
}

// The options page asks the store with a draft's keys, then planImport needs them again: remembered
// per draft object (while its url and text are the same strings), the dry run folds each text once.
const remembered = new WeakMap<object, { url: string | null; text: string; keys: DedupKeys }>();

export function dedupKeys(source: { url: string | null; text: string }): DedupKeys {
  const hit = remembered.get(source);
  if (hit && hit.url === source.url && hit.text === source.text) return { ...hit.keys };
  const keys = { canonicalUrl: canonicalUrl(source.url), textHash: textHash(source.text) };
  remembered.set(source, { url: source.url, text: source.text, keys });
  return { ...keys };
}
