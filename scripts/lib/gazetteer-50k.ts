// A user gazetteer of 50,000 aliases for the outside bench (issue 9: "it must stay small when the user's
// gazetteer grows to 50,000 aliases"). The aliases look like the names a user adds because they are
// taken from real news text, the BBC Arabic archive (../shared/corpora/ant-bbc):
// - Arabic: word bigrams of that text that occur at least `minCount` times and whose two words are both
//   outside its `frequentWords` most frequent words (so «في العاصمة» is out, «خالد الفيصل» can be in),
//   and neither opening with the conjunction و nor the first with بال/لل (a name does not start so).
//   They are word pairs of real text, not curated names: like a user's names in length, script and in
//   what the matcher does with them (clitic and nisba forms by type), and real pages contain some;
// - English: the multi-word Latin-script names the Arabic articles quote as they are («Hacking Team»),
//   then pairs of their capitalized Latin words (first word of one name, another's word).
// Deterministic: the same corpus and seed give the same list (a seeded shuffle of sorted candidates).
import { readFileSync } from 'node:fs';
import type { Entity, EntityType } from '../../lib/types';
import { corpusFiles } from './bbc-corpus';

export interface Gazetteer50kOptions {
  arabic: number;
  english: number;
  seed: number;
  frequentWords: number;
  minCount: number;
}

export const DEFAULT_50K: Gazetteer50kOptions = {
  arabic: 36_000,
  english: 14_000,
  seed: 9,
  frequentWords: 300,
  minCount: 2,
};

/** mulberry32: a small seeded generator, enough for a reproducible shuffle. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The <TEXT> of each ANT document (what the articles say, not their markup). */
export function antTexts(files: readonly string[]): string[] {
  return files.map((file) => /<TEXT>([\s\S]*?)<\/TEXT>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '');
}

// Harakat and tatweel are dropped so that two spellings of one word count as one.
const MARKS = /[\u064B-\u0652\u0670\u0640]/g;
const ARABIC_RUN = /[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)*/g;

/** Arabic bigrams (space-joined) that qualify, in code-unit order. */
export function arabicBigrams(texts: readonly string[], options: Gazetteer50kOptions): string[] {
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const text of texts) {
    // Only words next to each other in one run of Arabic (no punctuation or digits between them).
    for (const run of text.replace(MARKS, '').match(ARABIC_RUN) ?? []) {
      const tokens = run.split(/\s+/);
      tokens.forEach((w, i) => {
        words.set(w, (words.get(w) ?? 0) + 1);
        const next = tokens[i + 1];
        if (next !== undefined) pairs.set(`${w} ${next}`, (pairs.get(`${w} ${next}`) ?? 0) + 1);
      });
    }
  }
  const frequent = new Set(
    [...words]
      .sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]))
      .slice(0, options.frequentWords)
      .map(([w]) => w),
  );
  return [...pairs]
    .filter(([pair, count]) => {
      if (count < options.minCount) return false;
      const [a = '', b = ''] = pair.split(' ');
      if (a.length < 3 || b.length < 3 || frequent.has(a) || frequent.has(b)) return false;
      return !a.startsWith('و') && !b.startsWith('و') && !/^(?:بال|لل)/.test(a);
    })
    .map(([pair]) => pair)
    .sort(byCodeUnit);
}

const LATIN_NAME = /\b[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})+/g;
const LATIN_WORD = /\b[A-Z][a-z]{2,}\b/g;
const NOT_A_NAME_PART = new Set(['The', 'And', 'For', 'With', 'From', 'Our', 'Your', 'This', 'That', 'What']);

/** Latin-script names as the texts quote them, then pairs of their capitalized words; `count` of them. */
export function englishNames(texts: readonly string[], count: number, next: () => number): string[] {
  const quoted = new Set<string>();
  const parts = new Set<string>();
  for (const text of texts) {
    for (const name of text.match(LATIN_NAME) ?? []) quoted.add(name);
    for (const word of text.match(LATIN_WORD) ?? []) if (!NOT_A_NAME_PART.has(word)) parts.add(word);
  }
  const names = shuffled([...quoted].sort(byCodeUnit), next).slice(0, count);
  const seen = new Set(names);
  const pool = [...parts].sort(byCodeUnit);
  if (pool.length < 2) throw new Error('the corpus quotes too few Latin-script words to make names from');
  // At most pool² distinct pairs: stop well before the generator would only find repeats.
  const limit = Math.min(count, seen.size + pool.length * (pool.length - 1));
  for (let tries = 0; names.length < limit && tries < limit * 50; tries++) {
    const first = pool[Math.floor(next() * pool.length)]!;
    const last = pool[Math.floor(next() * pool.length)]!;
    const name = `${first} ${last}`;
    if (first === last || seen.has(name)) continue;
    seen.add(name);
    names.push(name);
  }
  if (names.length < count) throw new Error(`only ${names.length} of ${count} English names could be made`);
  return names;
}

const TYPES: readonly EntityType[] = ['person', 'person', 'organization', 'place'];

/**
 * Entities of two Arabic aliases each, every other one with an English alias too: `arabic` + `english`
 * aliases in all (arabic must be even and at least twice english).
 */
export function gazetteer50k(texts: readonly string[], options: Gazetteer50kOptions = DEFAULT_50K): Entity[] {
  if (options.arabic % 2 !== 0 || options.english * 2 > options.arabic)
    throw new Error('arabic must be even and at least twice english');
  const next = random(options.seed);
  const bigrams = arabicBigrams(texts, options);
  if (bigrams.length < options.arabic)
    throw new Error(`only ${bigrams.length} Arabic bigrams qualify, ${options.arabic} wanted`);
  const arabic = shuffled(bigrams, next).slice(0, options.arabic);
  const english = englishNames(texts, options.english, next);
  const entities: Entity[] = [];
  for (let i = 0; i < options.arabic / 2; i++) {
    const ar = [arabic[2 * i]!, arabic[2 * i + 1]!];
    const en = english[i];
    const type = TYPES[Math.floor(next() * TYPES.length)]!;
    entities.push({
      id: `bench50k-${String(i + 1).padStart(5, '0')}`,
      type,
      names: { ar: ar[0]!, en: en ?? '' },
      description: { en: '', ar: '' },
      aliases: [
        ...ar.map((text) => ({ text, lang: 'ar' as const })),
        ...(en === undefined ? [] : [{ text: en, lang: 'en' as const }]),
      ],
    });
  }
  return entities;
}

/** The 50,000-alias gazetteer from the BBC Arabic archive. */
export function bbcGazetteer50k(options: Gazetteer50kOptions = DEFAULT_50K): Entity[] {
  return gazetteer50k(antTexts(corpusFiles()), options);
}
