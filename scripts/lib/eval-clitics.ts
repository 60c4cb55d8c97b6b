// The clitic-expansion audit of `npm run eval`. Every derived form the engine accepts for a one-word
// Arabic alias (a proclitic و ف ب ك ل, "ال" with them, a nisba ي/ية/يون/يين…) is generated from
// lib/matcher/affixes.ts and kept only if the matcher reads it as that entity; then each is looked up
// among the whole words of the BBC Arabic archive. Two signs that a reading is not the name:
// - the word takes the article: a proclitic never follows "ال", so if «الفروسية» / «للفروسية» occurs,
//   «فروسية» is a word of its own (horsemanship), not ف + روسية. These words are the stop list
//   (lib/matcher/common-words.ts).
// - the reading is the start of a fixed phrase the bare name never forms: «بروسيا دورتموند» (Borussia
//   Dortmund) ×8 where «روسيا دورتموند» never occurs. Such phrases are names of their own and need an
//   exclusion in data/entities.json.

import type { Entity } from '../../lib/types';
import type { SanadMatcher } from '../../lib/matcher/index';
import { AL_PREFIXES, CLITICS, LL_PREFIXES, NISBA_SUFFIXES, YA_SUFFIXES } from '../../lib/matcher/affixes';
import { foldString } from '../../lib/fold';

export interface Doc {
  name: string;
  text: string;
}

export interface Derived {
  /** The folded whole word. */
  word: string;
  entity: string;
  /** The alias key the engine read in it (folded). */
  key: string;
  /** A proclitic (و ف ب ك ل, with or without ال) before the alias, or only a nisba/ال around it. */
  kind: 'clitic' | 'nisba';
  /** Prefix + stem without the ending («فروسي» for «فروسية»): the forms of one word share it. */
  lexeme: string;
}

export interface Expansion extends Derived {
  /** Occurrences as a whole word in the archive, and the articles holding it. */
  count: number;
  docs: number;
  /** Occurrences the matcher, on whole articles, marked as the entity. */
  matched: number;
  /** Articles holding the word where the entity is named by no other surface form: contexts without it. */
  alone: number;
  /** Occurrences with the article before it (ال، وال، بال، لل…). */
  withArticle: number;
  /** A proclitic reading that takes the article: a word of its own. */
  flagged: boolean;
  /**
   * The next word when it follows this form ≥ 3 times, never follows the bare key, and stands after
   * this form in at least half of its own occurrences: a phrase of its own (a club's name).
   */
  phrase: { next: string; count: number } | null;
}

export interface Vocabulary {
  count: Map<string, number>;
  where: Map<string, Set<number>>;
  /** Folded words of each article, in order. */
  words: string[][];
}

const ARABIC = /[\u0621-\u064a]/;
const ARABIC_WORD = /(?:[\u0621-\u064a\u0660-\u0669\u0671-\u06d3\u0640]|\p{M})+/gu;
// "الل…" and "للل…" are also slips for the article before a word in ل (اللأمريكية for الأمريكية), so
// a ل reading is only tested against the article forms that cannot be such a slip.
const ARTICLE = ['ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل'];
const ARTICLE_BEFORE_LAM = ['وال', 'فال', 'بال', 'كال'];

/** Whole Arabic words of every article, folded: counts, the articles each occurs in, the sequences. */
export function vocabulary(docs: readonly Doc[]): Vocabulary {
  const count = new Map<string, number>();
  const where = new Map<string, Set<number>>();
  const cache = new Map<string, string>();
  const words = docs.map((d, i) => {
    const seq: string[] = [];
    for (const m of d.text.matchAll(ARABIC_WORD)) {
      let w = cache.get(m[0]);
      if (w === undefined) {
        w = foldString(m[0]).trim();
        cache.set(m[0], w);
      }
      if (!w) continue;
      seq.push(w);
      count.set(w, (count.get(w) ?? 0) + 1);
      let s = where.get(w);
      if (!s) where.set(w, (s = new Set()));
      s.add(i);
    }
    return seq;
  });
  return { count, where, words };
}

/**
 * Per entity, per folded surface form, how many times the matcher marked it over whole articles; and
 * the same per surface form followed by its next word ("بروسيا دورتموند"), for the phrase check.
 */
export function matchedForms(
  docs: readonly Doc[],
  matcher: SanadMatcher,
): { forms: Map<string, Map<string, number>>; total: number; perDoc: Map<string, Set<string>>[] } {
  const forms = new Map<string, Map<string, number>>();
  const perDoc: Map<string, Set<string>>[] = [];
  let total = 0;
  const add = (id: string, f: string): void => {
    const m = forms.get(id) ?? new Map<string, number>();
    m.set(f, (m.get(f) ?? 0) + 1);
    forms.set(id, m);
  };
  for (const d of docs) {
    const mine = new Map<string, Set<string>>();
    perDoc.push(mine);
    for (const m of matcher.match(d.text, { seen: new Set() })) {
      total++;
      const f = foldString(d.text.slice(m.start, m.end)).trim();
      add(m.entityId, f);
      const set = mine.get(m.entityId) ?? new Set<string>();
      set.add(f);
      mine.set(m.entityId, set);
      const next = /^[^\p{L}]*([\p{L}\p{M}]+)/u.exec(d.text.slice(m.end, m.end + 40))?.[1];
      if (next) add(m.entityId, `${f} ${foldString(next).trim()}`);
    }
  }
  return { forms, total, perDoc };
}

const text = (list: readonly Uint16Array[]): string[] => list.map((u) => String.fromCharCode(...u));
const PREFIXES = ['', ...text(CLITICS), ...text(AL_PREFIXES), ...text(LL_PREFIXES)];
const SUFFIXES = ['', ...new Set([...text(NISBA_SUFFIXES), ...text(YA_SUFFIXES)])];

/**
 * Every derived form of every one-word Arabic alias that the engine accepts: prefix × (stem + suffix)
 * over the affixes of lib/matcher/affixes.ts, each kept only if the matcher, given that word alone,
 * reads it over the whole word as the alias's entity with a key other than the word. Generated, not
 * only read off the archive: «فروسية» never stands bare in it, but «للفروسية» does.
 */
export function derivedForms(entities: readonly Entity[], matcher: SanadMatcher): Map<string, Derived> {
  const out = new Map<string, Derived>();
  for (const e of entities) {
    for (const a of e.aliases) {
      const key = foldString(a.text).trim();
      if (!ARABIC.test(key) || key.includes(' ')) continue;
      const bare = key.startsWith('ال') ? key.slice(2) : key;
      const stems = new Set([
        key,
        bare,
        bare.replace(/ا$/, ''),
        bare.replace(/ا$/, 'ي'),
        bare.replace(/ستان$/, ''),
      ]);
      for (const stem of stems)
        for (const suffix of SUFFIXES)
          for (const prefix of PREFIXES) {
            const word = prefix + stem + suffix;
            if (word === key || out.has(word)) continue;
            // With the entity itself in `seen`, so that a ruled alias («كابل», «القاعدة») is read too.
            const ms = matcher.matchDetailed(word, { seen: new Set([e.id]) });
            const m = ms[0];
            if (ms.length !== 1 || !m || m.start !== 0 || m.end !== word.length) continue;
            if (m.entityId !== e.id || !m.key || m.key === word) continue;
            const kind = prefix === '' || prefix === 'ال' ? 'nisba' : 'clitic';
            out.set(word, { word, entity: e.id, key: m.key, kind, lexeme: prefix + stem });
          }
    }
  }
  return out;
}

/** Next-word counts after each word of `wanted`, over the archive. */
function nextWords(vocab: Vocabulary, wanted: Set<string>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const seq of vocab.words) {
    for (let i = 0; i + 1 < seq.length; i++) {
      const w = seq[i] as string;
      if (!wanted.has(w)) continue;
      const next = out.get(w) ?? new Map<string, number>();
      const n = seq[i + 1] as string;
      next.set(n, (next.get(n) ?? 0) + 1);
      out.set(w, next);
    }
  }
  return out;
}

/** The audit of each derived form against the archive's words (see Expansion). */
export function expansions(
  forms: Map<string, Derived>,
  vocab: Vocabulary,
  matched: Map<string, Map<string, number>>,
  perDoc: readonly Map<string, Set<string>>[],
): Expansion[] {
  const clitic = [...forms.values()].filter((d) => d.kind === 'clitic');
  const next = nextWords(vocab, new Set([...clitic.map((d) => d.word), ...clitic.map((d) => d.key)]));
  const out: Expansion[] = [];
  for (const d of forms.values()) {
    const articles = d.word.startsWith('ل') ? ARTICLE_BEFORE_LAM : ARTICLE;
    const withArticle = articles.reduce((n, a) => n + (vocab.count.get(a + d.word) ?? 0), 0);
    let phrase: Expansion['phrase'] = null;
    if (d.kind === 'clitic') {
      const after = next.get(d.word) ?? new Map<string, number>();
      const afterKey = next.get(d.key) ?? new Map<string, number>();
      for (const [n, c] of after)
        if (c >= 3 && !afterKey.has(n) && c * 2 >= (vocab.count.get(n) ?? 0) && (!phrase || c > phrase.count))
          phrase = { next: n, count: c };
    }
    out.push({
      ...d,
      count: vocab.count.get(d.word) ?? 0,
      docs: vocab.where.get(d.word)?.size ?? 0,
      matched: matched.get(d.entity)?.get(d.word) ?? 0,
      alone: [...(vocab.where.get(d.word) ?? [])].filter((i) =>
        [...(perDoc[i]?.get(d.entity) ?? [])].every((f) => f === d.word),
      ).length,
      withArticle,
      flagged: d.kind === 'clitic' && withArticle > 0,
      phrase,
    });
  }
  return out.sort(
    (a, b) => b.count - a.count || b.withArticle - a.withArticle || a.word.localeCompare(b.word),
  );
}

export interface CliticAudit {
  aliases: number;
  /** Aliases (entity and key) with at least one derived form the engine accepts: the ones audited. */
  read: number;
  generated: number;
  attested: number;
  flagged: Expansion[];
  /** Every derived form sharing a flagged word's lexeme (فروسي، فروسية، فروسيون …): what the stop list must hold. */
  lexemes: Expansion[];
  phrases: Expansion[];
  /** Marks the matcher put on flagged words. */
  flaggedMarks: number;
  /** Marks the matcher put on a phrase start followed by its phrase word («بروسيا» before «دورتموند»). */
  phraseMarks: number;
  /** All marks over the archive. */
  total: number;
  rows: Expansion[];
}

/** The whole audit for one matcher. */
export function cliticAudit(
  docs: readonly Doc[],
  vocab: Vocabulary,
  entities: readonly Entity[],
  matcher: SanadMatcher,
): CliticAudit {
  const forms = derivedForms(entities, matcher);
  const { forms: matched, total, perDoc } = matchedForms(docs, matcher);
  const rows = expansions(forms, vocab, matched, perDoc);
  const phrases = rows.filter((r) => r.phrase);
  const flaggedLexemes = new Set(rows.filter((r) => r.flagged).map((r) => r.lexeme));
  const aliases = entities
    .flatMap((e) => e.aliases)
    .filter((a) => ARABIC.test(a.text) && !foldString(a.text).trim().includes(' ')).length;
  return {
    aliases,
    read: new Set([...forms.values()].map((d) => `${d.entity}:${d.key}`)).size,
    generated: forms.size,
    attested: rows.filter((r) => r.count > 0 || r.withArticle > 0).length,
    flagged: rows.filter((r) => r.flagged),
    lexemes: rows.filter((r) => flaggedLexemes.has(r.lexeme)),
    phrases,
    flaggedMarks: rows.reduce((n, r) => n + (r.flagged ? r.matched : 0), 0),
    phraseMarks: phrases.reduce(
      (n, r) => n + (matched.get(r.entity)?.get(`${r.word} ${r.phrase?.next ?? ''}`) ?? 0),
      0,
    ),
    total,
    rows,
  };
}
