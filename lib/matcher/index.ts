// The engine's entry points: compileGazetteer (background, once per gazetteer change), createMatcher
// (content script, from the compiled form received by message), matcherFor (tests, CLI).

import type { Entity } from '../types';
import { foldInto, newFoldBuffers, toOriginal, type Folded } from '../fold';
import { compileGazetteer } from './compile';
import { isCompiledV1, type CompiledV1 } from './compiled';
import { resolve, type Resolved } from './resolve';
import { newScanBuffers, scan } from './scan';
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
  readonly compiled: CompiledV1;
}

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
  const trie = new Trie(g.keys);
  const keyOfAlias: string[] = [];
  g.items.forEach((list, k) => {
    for (const a of list) if (a >= 0) keyOfAlias[a] = g.keys[k] ?? '';
  });
  const entityIndex = new Map(g.entities.map((e, i) => [e.id, i]));

  // Scratch for one call at a time (matching is synchronous and keeps neither): a content script makes
  // hundreds of calls on short texts, where allocating them per call was most of the cost.
  const foldBuffers = newFoldBuffers(1024);
  const scanBuffers = newScanBuffers(256);

  const run = (text: string, context?: MatchContext): { f: Folded; resolved: Resolved[] } => {
    const f = foldInto(text, foldBuffers);
    const caseOk = (from: number, to: number, cased: string): boolean => {
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
    const scanned = scan(f, trie, g, caseOk, scanBuffers);
    // No candidate, no match (proximity events need a place): most runs of a page end here.
    if (scanned.candidates.length === 0) return { f, resolved: [] };
    const seen = new Set<number>();
    if (context) {
      for (const id of context.seen) {
        const i = entityIndex.get(id);
        if (i !== undefined) seen.add(i);
      }
    }
    const resolved = resolve(scanned, g, seen);
    if (context) {
      for (const m of resolved) {
        if (m.via === 'alias') context.seen.add(g.entities[m.entity]?.id ?? '');
        for (const i of m.inner ?? []) context.seen.add(g.entities[i.entity]?.id ?? '');
      }
    }
    return { f, resolved };
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

  return {
    compiled: g,
    match(text, context) {
      const { f, resolved } = run(text, context);
      return resolved.map((m) => toMatch(f, m));
    },
    matchDetailed(text, context) {
      const { f, resolved } = run(text, context);
      return resolved.map((m) => ({
        ...toMatch(f, m),
        key: m.alias >= 0 ? (keyOfAlias[m.alias] ?? '') : '',
        ruled: m.via === 'rule',
      }));
    },
  };
}

export function matcherFor(entities: readonly Entity[]): SanadMatcher {
  return createMatcher(compileGazetteer(entities));
}
