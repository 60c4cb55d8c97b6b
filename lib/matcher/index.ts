// The engine's entry points: compileGazetteer (background, once per gazetteer change), createMatcher
// (background, from the stored compiled form), matchBatch (the background's answer to a page's runs),
// matcherFor (tests, CLI).

import type { Entity } from '../types';
import { foldInto, newFoldBuffers, toOriginal, type Folded } from '../fold';
import { compileGazetteer } from './compile';
import { isCompiledV1, type CompiledV1 } from './compiled';
import { PAGE_MIN_WORDS, resolve, type PageNamed, type ResolveReport, type Resolved } from './resolve';
import { newScanBuffers, scan, type Candidate, type CaseCheck, type Hit, type Scan } from './scan';
import { Trie } from './trie';
import type { CompiledGazetteer, Match, MatchContext, Matcher } from './types';

export { compileGazetteer } from './compile';
export type { Match, MatchContext, Matcher, CompiledGazetteer } from './types';

/** A match with what produced it, for the CLI, the evaluation and debugging. */
export interface DetailedMatch extends Match {
  /** The folded key of the alias (empty for proximity events). */
  key: string;
  ruled: boolean;
}

export interface SanadMatcher extends Matcher {
  matchDetailed(text: string, context?: MatchContext): DetailedMatch[];
  /** match() on each text in turn (see the function matchEach below). */
  matchEach(texts: readonly string[], context?: MatchContext): Match[][];
  /** A page's batch, with lookahead and the texts left undecided (see the function matchBatch below). */
  matchBatch(texts: readonly string[], context: MatchContext): BatchResult;
  readonly compiled: CompiledV1;
}

/** Words of a text (letter or digit runs), to tell running text from a menu item. */
const wordsOf = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Between the texts of matchEach: a hard break, 4 non-letters wide (see matchEach). */
const SEPARATOR = '\n\n\n\n';

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();
const isAcronym = (cased: string): boolean => cased.length >= 2 && cased === cased.toUpperCase();

/**
 * An all-caps acronym ("IS", "US") inside an all-caps headline ("WHAT IS NEXT", "FOLLOW US ON") is a
 * plain word: true when the word before or after [start, end) is an all-caps Latin word of 3+ letters
 * and neither is a Latin word with a lower-case letter. A lower-case neighbour means running text, where
 * the caps word is a dateline or another acronym ("fraud scheme in US NEW YORK:", "into the US. PTI").
 */
function inCapsRun(text: string, start: number, end: number): boolean {
  const before = /([A-Za-z]+)[^A-Za-z\p{L}]{1,3}$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^[^A-Za-z\p{L}]{1,3}([A-Za-z]+)/u.exec(text.slice(end, end + 40))?.[1];
  const caps = (w: string | undefined): boolean => !!w && w.length >= 3 && w === w.toUpperCase();
  const lower = (w: string | undefined): boolean => !!w && /[a-z]/.test(w);
  return (caps(before) || caps(after)) && !lower(before) && !lower(after);
}

export function createMatcher(compiled: CompiledGazetteer): SanadMatcher {
  if (!isCompiledV1(compiled)) throw new Error(`unsupported compiled gazetteer ${String(compiled.version)}`);
  const g = compiled;
  const trie = new Trie(g.trie);
  let keyOfAlias: string[] | null = null;
  /** The folded key of an alias, for matchDetailed (spelled out from the trie on first use). */
  const keyOf = (alias: number): string => {
    if (!keyOfAlias) {
      const keys: string[] = [];
      const terms = g.trie.terms;
      for (let i = 0; i + 1 < terms.length; i += 2)
        keys[terms[i + 1] as number] = trie.keyAt(terms[i] as number);
      const byAlias: string[] = [];
      g.items.forEach((list, k) => {
        for (const a of list) if (a >= 0) byAlias[a] = keys[k] ?? '';
      });
      keyOfAlias = byAlias;
    }
    return keyOfAlias[alias] ?? '';
  };
  const entityIndex = new Map(g.entities.map((e, i) => [e.id, i]));

  // Scratch for one call at a time (matching is synchronous and keeps neither): a content script makes
  // hundreds of calls on short texts, where allocating them per call was most of the cost.
  const foldBuffers = newFoldBuffers(1024);
  const scanBuffers = newScanBuffers(256);

  /** Case check of case-sensitive aliases against the original `text` that `f` folds. */
  const caseCheck =
    (text: string, f: Folded): CaseCheck =>
    (from, to, cased) => {
      let li = 0;
      for (let k = from; k < to; k++) {
        const ch = text[f.starts[k] as number] ?? '';
        if (!/[\p{L}\p{N}]/u.test(ch)) continue;
        const want = cased[li++];
        if (want === undefined || isUpper(ch) !== isUpper(want)) return false;
      }
      if (li !== cased.length) return false;
      // Only an acronym ("IS", "US") can be a plain word of an all-caps headline; a cased name ("Trump",
      // "Islamic State") next to an all-caps word ("ISIS", "RELATED:") is still the name.
      return !(isAcronym(cased) && inCapsRun(text, f.starts[from] ?? 0, f.ends[to - 1] ?? 0));
    };

  /** Entity indexes of the ids in `ids` (unknown ids are skipped). */
  const indexesOf = (ids: Iterable<string>, into = new Set<number>()): Set<number> => {
    for (const id of ids) {
      const i = entityIndex.get(id);
      if (i !== undefined) into.add(i);
    }
    return into;
  };
  /** Ids named unambiguously by `resolved` (alias matches and the entities inside events): what `seen` learns. */
  const namedBy = (resolved: readonly Resolved[], into: Set<string>): void => {
    for (const m of resolved) {
      if (m.via === 'alias') into.add(g.entities[m.entity]?.id ?? '');
      for (const i of m.inner ?? []) into.add(g.entities[i.entity]?.id ?? '');
    }
  };

  /** Resolves one text's scan (candidates present), reading and updating the document's context. */
  const resolveWith = (scanned: Scan, context?: MatchContext): Resolved[] => {
    const seen = context ? indexesOf(context.seen) : new Set<number>();
    const resolved = resolve(scanned, g, seen);
    if (context) namedBy(resolved, context.seen);
    return resolved;
  };
  const run = (text: string, context?: MatchContext): { f: Folded; resolved: Resolved[] } => {
    const f = foldInto(text, foldBuffers);
    const scanned = scan(f, trie, g, caseCheck(text, f), scanBuffers);
    // No candidate, no match (proximity events need a place): most runs of a page end here.
    if (scanned.candidates.length === 0) return { f, resolved: [] };
    return { f, resolved: resolveWith(scanned, context) };
  };

  const toMatch = (f: Folded, m: Resolved): Match => {
    const [start, end] = toOriginal(f, m.start, m.end);
    const out: Match = { entityId: g.entities[m.entity]?.id ?? '', start, end, via: m.via };
    if (m.inner) {
      out.inner = m.inner.map((i) => {
        const [s, e] = toOriginal(f, i.start, i.end);
        return { entityId: g.entities[i.entity]?.id ?? '', start: s, end: e };
      });
    }
    return out;
  };

  /**
   * match() on each text in turn, with one fold and one scan for all. The texts are joined with
   * SEPARATOR: nothing in the scan crosses it (a key never holds a line break, and each side of it is a
   * word boundary and a sentence end), and it is wide enough that the all-caps test (inCapsRun: a word
   * at most 3 non-letters away) cannot see the neighbouring text. Then each text's candidates and hits
   * are resolved on their own, in order, with the context as match() would read and update it; so
   * rule windows, "seen" and proximity never reach from one text into another, and the result is
   * exactly what separate calls give, however the caller groups its texts.
   */
  /** One fold and one scan of `texts` joined by SEPARATOR, cut back into each text's own scan. */
  const scanEach = (texts: readonly string[]): { f: Folded; own: (Scan | null)[]; bases: number[] } => {
    const own: (Scan | null)[] = texts.map(() => null);
    const bases: number[] = [];
    const joined = texts.length === 1 ? (texts[0] as string) : texts.join(SEPARATOR);
    const f = foldInto(joined, foldBuffers);
    const scanned = scan(f, trie, g, caseCheck(joined, f), scanBuffers);
    const { candidates, hits } = scanned;
    let c = 0;
    let h = 0;
    let base = 0;
    for (let t = 0; t < texts.length; t++) {
      bases.push(base);
      const end = base + (texts[t] as string).length;
      // Folded offsets are in text order; a candidate or hit belongs to the text where it starts.
      const inText = (start: number): boolean => (f.starts[start] as number) < end;
      const c0 = c;
      while (c < candidates.length && inText((candidates[c] as Candidate).start)) c++;
      const h0 = h;
      while (h < hits.length && inText((hits[h] as Hit).start)) h++;
      if (c > c0) own[t] = { ...scanned, candidates: candidates.slice(c0, c), hits: hits.slice(h0, h) };
      base = end + SEPARATOR.length;
    }
    return { f, own, bases };
  };

  /**
   * match() on each text in turn, with one fold and one scan for all. The texts are joined with
   * SEPARATOR: nothing in the scan crosses it (a key never holds a line break, and each side of it is a
   * word boundary and a sentence end), and it is wide enough that the all-caps test (inCapsRun: a word
   * at most 3 non-letters away) cannot see the neighbouring text. Then each text's candidates and hits
   * are resolved on their own, in order, with the context as match() would read and update it; so
   * rule windows, "seen" and proximity never reach from one text into another, and the result is
   * exactly what separate calls give, however the caller groups its texts.
   */
  const matchEach = (texts: readonly string[], context?: MatchContext): Match[][] => {
    const out: Match[][] = texts.map(() => []);
    if (texts.length === 0) return out;
    const { f, own, bases } = scanEach(texts);
    own.forEach((scanned, t) => {
      if (!scanned) return;
      const shift = bases[t] as number;
      out[t] = resolveWith(scanned, context).map((m) => shifted(toMatch(f, m), shift));
    });
    return out;
  };

  /**
   * A page's batch: every text resolved once with the page's `seen`; the entities those passes named
   * unambiguously (in any text of the batch) are then added to `seen` and the texts that had a ruled
   * candidate refused for want of context are resolved again with it. Only those can change: a larger
   * `seen` only confirms more ruled candidates, and a text confirmed by the page's entities alone is
   * checked again against what the batch names. `context.seen` learns what the final matches name.
   */
  const matchBatch = (texts: readonly string[], context: MatchContext): BatchResult => {
    const matches: Match[][] = texts.map(() => []);
    const undecided: number[] = [];
    if (texts.length === 0) return { matches, undecided };
    const { f, own, bases } = scanEach(texts);
    const seen = indexesOf(context.seen);
    const named = new Set<string>();
    /** What the batch named in texts of running words (not a menu item): a rule's page evidence. */
    const running = new Set<string>();
    /** In how many texts of the batch each entity was named: what a text's neighbours named. */
    const texts_ = new Map<string, number>();
    const first = own.map((scanned, t) => {
      if (!scanned) return null;
      const report: ResolveReport = { undecided: false };
      const resolved = resolve(scanned, g, seen, report);
      const mine = new Set<string>();
      namedBy(resolved, mine);
      for (const id of mine) {
        named.add(id);
        texts_.set(id, (texts_.get(id) ?? 0) + 1);
      }
      if (wordsOf(texts[t] as string) >= PAGE_MIN_WORDS) namedBy(resolved, running);
      return { resolved, mine, undecided: report.undecided, byPage: report.byPage === true };
    });
    const grown = indexesOf(named, new Set(seen));
    const grew = grown.size > seen.size;
    const runningIds = indexesOf(running, new Set(seen));
    const shown = new Set<string>();
    /** The page as a text's neighbours name it (seen, the other texts): a text's own India is its sentence's. */
    const pageFor = (mine: Set<string>): PageNamed => {
      const elsewhere = [...named].filter((id) => !mine.has(id) || (texts_.get(id) ?? 0) > 1);
      return { running: runningIds, all: indexesOf(elsewhere, new Set(seen)) };
    };
    first.forEach((pass, t) => {
      if (!pass) return;
      let { resolved, undecided: open } = pass;
      // Again with what the whole batch named: an open text may be confirmed, and one confirmed by the
      // page alone may lose it (the batch names India too).
      if ((open || pass.byPage) && grew) {
        const report: ResolveReport = { undecided: false };
        resolved = resolve(own[t] as Scan, g, grown, report, pageFor(pass.mine));
        open = report.undecided;
      }
      // What the page learns is what its final matches show: a name pass 1 read inside a span that a
      // ruled alias confirmed in pass 2 takes over is not named («Lahore» of "Lahore Resolution").
      namedBy(resolved, shown);
      if (open) undecided.push(t);
      const shift = bases[t] as number;
      matches[t] = resolved.map((m) => shifted(toMatch(f, m), shift));
    });
    for (const id of shown) context.seen.add(id);
    return { matches, undecided };
  };

  return {
    compiled: g,
    match(text, context) {
      const { f, resolved } = run(text, context);
      return resolved.map((m) => toMatch(f, m));
    },
    matchEach,
    matchBatch,
    matchDetailed(text, context) {
      const { f, resolved } = run(text, context);
      return resolved.map((m) => ({
        ...toMatch(f, m),
        key: m.alias >= 0 ? keyOf(m.alias) : '',
        ruled: m.via === 'rule',
      }));
    },
  };
}

/** A match moved `by` code units to the left (from joined-text offsets to its own text's). */
function shifted(m: Match, by: number): Match {
  if (by === 0) return m;
  m.start -= by;
  m.end -= by;
  for (const i of m.inner ?? []) {
    i.start -= by;
    i.end -= by;
  }
  return m;
}

/**
 * The matches of each text, exactly as `matcher.match` on each in turn with `context` gives them; with
 * the engine's matcher, in one fold and one scan (a content script matches hundreds of short runs).
 */
export function matchEach(matcher: Matcher, texts: readonly string[], context?: MatchContext): Match[][] {
  const own = (matcher as Partial<SanadMatcher>).matchEach;
  return own ? own(texts, context) : texts.map((text) => matcher.match(text, context));
}

export function matcherFor(entities: readonly Entity[]): SanadMatcher {
  return createMatcher(compileGazetteer(entities));
}

/** What matchBatch gives: the matches of each text, and which texts are worth matching again later. */
export interface BatchResult {
  matches: Match[][];
  /**
   * Indices of texts holding a candidate rejected only for want of context (a ruled alias whose
   * confirming entity was not in context.seen, nor named anywhere in this batch): once the page's seen
   * set has grown, matching that text again may confirm it.
   */
  undecided: number[];
}

/**
 * matchEach for a batch of a page's runs (the background's page/match). Entities named unambiguously
 * anywhere in the batch count as context for every text of it, not only for the texts after them
 * ("…a hospital in Bhakkar district of Punjab" then "Pakistan" in a later paragraph). `context.seen`
 * ends up holding what the batch named unambiguously, as after matchEach.
 */
export function matchBatch(
  matcher: SanadMatcher,
  texts: readonly string[],
  context: MatchContext,
): BatchResult {
  return matcher.matchBatch(texts, context);
}
