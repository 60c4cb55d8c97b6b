// From candidates to matches: leftmost-longest without overlaps, ambiguity rules, event proximity.
//
// Two greedy passes. Pass A keeps only unambiguous aliases: that is the evidence rules are checked
// against ("the full name earlier", "a related entity nearby"). Pass B takes every candidate, leftmost
// first and longest first at each start; a ruled candidate that its rule does not confirm simply
// vanishes, and the next (shorter or later) candidate gets its chance.

import { F, type CompiledContrary, type CompiledRule, type CompiledV1 } from './compiled';
import { RANK_DERIVED, type Candidate, type Hit, type Scan } from './scan';

export interface Resolved {
  start: number;
  end: number;
  entity: number;
  /** Alias index; -1 for proximity events. */
  alias: number;
  via: 'alias' | 'rule' | 'proximity';
  word: number;
  lastWord: number;
  /** Events: the entities named inside the event's span ("برهان زيد" in "مقتل برهان زيد", the place of a proximity event). */
  inner?: Resolved[];
}

interface Span {
  word: number;
  lastWord: number;
}

/** A candidate or a match: where it stands, and its alias. */
interface Placed extends Span {
  alias: number;
  start: number;
  end: number;
}

/** , ; : ( ) and the Arabic comma and semicolon: a phrase break between two words. */
const BREAKS = new Set([0x2c, 0x3b, 0x3a, 0x28, 0x29, 0x060c, 0x061b]);

/** Words strictly between two spans, plus one; 0 when they overlap. */
function distance(a: Span, b: Span): number {
  if (a.lastWord < b.word) return b.word - a.lastWord;
  if (b.lastWord < a.word) return a.word - b.lastWord;
  return 0;
}

/**
 * Distance in words when the two spans are disjoint and in one sentence (their facing words are), else
 * Infinity: "…بالضلوع في الهجوم. وتنفي موسكو" is not "هجوم موسكو".
 */
function within(sentences: Int32Array, a: Span, b: Span): number {
  const d = distance(a, b);
  if (d === 0) return Infinity;
  const [x, y] = a.lastWord < b.word ? [a.lastWord, b.word] : [b.lastWord, a.word];
  return sentences[x] === sentences[y] ? d : Infinity;
}

function greedy(
  cands: Candidate[],
  accept: (c: Candidate) => Resolved['via'] | null,
  g: CompiledV1,
): Resolved[] {
  const out: Resolved[] = [];
  let lastEnd = 0;
  for (const c of cands) {
    if (c.start < lastEnd) continue;
    const via = accept(c);
    if (!via) continue;
    const entity = (g.aliases[c.alias] as { entity: number }).entity;
    out.push({ start: c.start, end: c.end, entity, alias: c.alias, via, word: c.word, lastWord: c.lastWord });
    lastEnd = c.end;
  }
  return out;
}

/** Index of the first candidate starting at or after `start` (candidates are sorted by start). */
function firstFrom(cands: Candidate[], start: number): number {
  let lo = 0;
  let hi = cands.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cands[mid] as Candidate).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What resolve tells its caller besides the matches. */
export interface ResolveReport {
  /**
   * A ruled candidate was refused only for want of context (nothing confirmed it, nothing else ruled it
   * out): a larger `seen` may confirm it, so the text is worth matching again once the page has grown.
   */
  undecided: boolean;
  /** A ruled candidate was confirmed by the page's entities only: what else the page names may undo it. */
  byPage?: boolean;
}

/** A rule's page entities confirm only in a sentence of at least this many words (not a menu label). */
export const PAGE_MIN_WORDS = 3;

const contraryCache = new WeakMap<CompiledV1, Map<number, CompiledContrary[]>>();
/** The contrary rules by entity (built once per compiled gazetteer). */
function contraryByEntity(g: CompiledV1): Map<number, CompiledContrary[]> {
  let map = contraryCache.get(g);
  if (!map) {
    map = new Map();
    for (const k of g.contrary) map.set(k.entity, [...(map.get(k.entity) ?? []), k]);
    contraryCache.set(g, map);
  }
  return map;
}

/**
 * What the page has named, for a rule's `page` entities (weak evidence): `running` holds what it named
 * in texts of at least PAGE_MIN_WORDS words (a one-word menu item «Pakistan» says nothing of the page),
 * `all` everything it named. Without it, `seen` stands for both.
 */
export interface PageNamed {
  running: ReadonlySet<number>;
  all: ReadonlySet<number>;
}

export function resolve(
  s: Scan,
  g: CompiledV1,
  seen: ReadonlySet<number>,
  report?: ResolveReport,
  page: PageNamed = { running: seen, all: seen },
): Resolved[] {
  const ruled = (c: Candidate): boolean => ((g.aliases[c.alias]?.flags ?? 0) & F.RULED) !== 0;
  // Exclusion phrases (المحيط الهندي) take their span in both passes, then disappear: neither shown nor
  // evidence for a rule.
  const unblocked = (list: Resolved[]): Resolved[] =>
    list.filter((m) => !((g.aliases[m.alias]?.flags ?? 0) & F.BLOCK));
  const isEvent = (entity: number): boolean => g.entities[entity]?.type === 'event';
  // The unambiguous non-event entities inside an event's span, leftmost-longest: they are named there
  // (the card of Moscow lists the sources that speak of the Moscow attack) and confirm later rules.
  const innerOf = (m: Resolved): Resolved[] => {
    const within: Candidate[] = [];
    for (let k = firstFrom(s.candidates, m.start); k < s.candidates.length; k++) {
      const c = s.candidates[k] as Candidate;
      if (c.start >= m.end) break;
      if (c.end <= m.end) within.push(c);
    }
    return unblocked(
      greedy(
        within,
        (c) => {
          const e = g.aliases[c.alias]?.entity ?? -1;
          return e === m.entity || isEvent(e) || (ruled(c) && !seen.has(e)) ? null : 'alias';
        },
        g,
      ),
    );
  };
  const withInner = (list: Resolved[]): Resolved[] => {
    for (const m of list) {
      if (!isEvent(m.entity)) continue;
      const inner = innerOf(m);
      if (inner.length) m.inner = inner;
    }
    return list;
  };
  const hits = s.hits;
  const contrary = contraryByEntity(g);
  /** Words of the sentence holding `c`, counted up to PAGE_MIN_WORDS (a text's end is a sentence end). */
  const sentenceWords = (c: Span): number => {
    const sentence = s.wordSentences[c.word];
    let n = c.lastWord - c.word + 1;
    for (let w = c.word - 1; w >= 0 && n < PAGE_MIN_WORDS && s.wordSentences[w] === sentence; w--) n++;
    for (
      let w = c.lastWord + 1;
      w < s.wordCount && n < PAGE_MIN_WORDS && s.wordSentences[w] === sentence;
      w++
    )
      n++;
    return n;
  };
  const rules = (c: Placed): CompiledRule | undefined => {
    const a = g.aliases[c.alias];
    return a && a.rule >= 0 ? g.rules[a.rule] : undefined;
  };
  /** Half a word more when a comma or the like stands between the two: "state of Punjab, Pakistan said". */
  const broken = (a: Placed | Hit | Resolved, b: Placed): number => {
    const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
    for (let k = from; k < to; k++) if (BREAKS.has(s.codes[k] as number)) return 0.5;
    return 0;
  };
  /**
   * Nearest word distance (≤ window) of a qualifier hit or of an evidence match of `nearby`, plus half a
   * word across a phrase break; else Infinity.
   */
  const nearest = (
    c: Placed,
    qualifiers: number[],
    nearby: number[],
    window: number,
    ev: Resolved[],
    gap: (a: Span, b: Span) => number = distance,
  ) => {
    let best = Infinity;
    for (const h of hits) {
      if (!qualifiers.includes(h.wordId)) continue;
      const d = gap(h, c);
      if (d > 0 && d <= window && d + broken(h, c) < best) best = d + broken(h, c);
    }
    for (const u of ev) {
      if (!nearby.includes(u.entity)) continue;
      const d = gap(u, c);
      if (d > 0 && d <= window && d + broken(u, c) < best) best = d + broken(u, c);
    }
    return best;
  };
  /**
   * The other place of the same name: a contrary qualifier or entity within its window, and no
   * positive of the alias's own rule as close or closer. A weak positive (farther, the page, `seen`) loses.
   */
  const refuted = (c: Placed, ev: Resolved[]): boolean => {
    const a = g.aliases[c.alias];
    const list = a && a.flags & F.CONTRARY ? contrary.get(a.entity) : undefined;
    if (!list) return false;
    let against = Infinity;
    // The contrary stays in the alias's sentence, as event proximity does: "…in Bhakkar district of
    // Punjab. India sent condolences." is no Indian Punjab.
    const bound = (x: Span, y: Span): number => within(s.wordSentences, x, y);
    for (const k of list)
      against = Math.min(against, nearest(c, k.qualifiers, k.nearby, k.window, ev, bound));
    if (against === Infinity) return false;
    const rule = rules(c);
    // A tie goes to the positive ("Pakistan's Punjab borders India"); a comma is not a tie ("in the
    // Indian state of Punjab, Pakistan said": the qualifier is in the phrase, Pakistan after the break).
    return !(rule && nearest(c, rule.qualifiers, rule.nearby, rule.window, ev) <= against);
  };
  // The evidence: unambiguous aliases, leftmost-longest, less those a contrary context refutes (the
  // Balochistan of «سيستان وبلوشستان» confirms nothing).
  const plain = withInner(unblocked(greedy(s.candidates, (c) => (ruled(c) ? null : 'alias'), g))).flatMap(
    (m) => (m.inner ? [m, ...m.inner] : [m]),
  );
  const evidence = contrary.size ? plain.filter((m) => m.alias < 0 || !refuted(m, plain)) : plain;
  const named = new Set(evidence.map((m) => m.entity));

  const confirmed = (c: Candidate): boolean => {
    const a = g.aliases[c.alias];
    const rule = a ? g.rules[a.rule] : undefined;
    if (!a || !rule) return false;
    if (seen.has(a.entity)) return true;
    const span = c;
    for (const u of evidence) {
      if (u.entity === a.entity && u.start < c.start) return true;
      // Rule windows may cross a sentence end: a related place in the previous sentence is evidence of
      // the topic («…في لاهور مساء الاثنين. ووصف حاكم إقليم البنجاب»), unlike for an event's proximity.
      if (rule.nearby.includes(u.entity)) {
        const d = distance(u, span);
        if (d > 0 && d <= rule.window) return true;
      }
    }
    for (const h of hits) {
      if (!rule.qualifiers.includes(h.wordId)) continue;
      const d = distance(h, span);
      if (d > 0 && d <= rule.window) return true;
    }
    // The page's own unambiguous entities, at any distance: this text's, earlier texts' and the batch's.
    // Weak evidence, so only for the name as written: a nisba («پنجابی», the language in a menu of
    // languages) needs a nearby entity or a qualifier.
    // And only in running text: a menu label «Punjab» alone on an Indian page that names Pakistan
    // elsewhere (timesofindia's states menu) is not "a page plainly about Pakistan".
    if (c.rank & RANK_DERIVED || sentenceWords(c) < PAGE_MIN_WORDS) return false;
    // A page whose other texts (or earlier batches) name the other side's country (India, even in a
    // menu) is not plainly about Pakistan: an Indian page with "Punjab Chief Minister…" in one text and
    // Pakistan in another. Inside the alias's own text the contrary rule has judged India already
    // (beyond its window: «إقليم البنجاب المحاذي للهند», "…of Punjab. India sent condolences").
    if (contrary.get(a.entity)?.some((k) => k.nearby.some((e) => page.all.has(e)))) return false;
    const byPage = rule.page.some((e) => named.has(e) || page.running.has(e));
    if (byPage && report) report.byPage = true;
    return byPage;
  };
  const accept = (c: Candidate): Resolved['via'] | null => {
    if (refuted(c, evidence)) return null;
    if (!ruled(c)) return 'alias';
    if (confirmed(c)) return 'rule';
    if (report) report.undecided = true;
    return null;
  };
  const matches = withInner(unblocked(greedy(s.candidates, accept, g)));
  return g.proximity.length ? applyProximity(matches, hits, g, s.wordSentences) : matches;
}

/** Events named by a trigger word near a place: "هجوم موسكو", "the Moscow attack". */
function applyProximity(matches: Resolved[], hits: Hit[], g: CompiledV1, sents: Int32Array): Resolved[] {
  let out = matches;
  for (const p of g.proximity) {
    const needsContext = p.context.length > 0 || p.contextEntities.length > 0;
    const inSentence = (h: Hit): boolean =>
      hits.some((x) => p.context.includes(x.wordId) && sents[x.word] === sents[h.word]) ||
      out.some((m) => p.contextEntities.includes(m.entity) && sents[m.word] === sents[h.word]);
    for (const h of hits) {
      if (!p.triggers.includes(h.wordId)) continue;
      if (out.some((m) => m.start < h.end && h.start < m.end)) continue; // the trigger is inside a match
      if (needsContext && !inSentence(h)) continue;
      let best: Resolved | undefined;
      for (const m of out) {
        if (!p.places.includes(m.entity)) continue;
        const d = within(sents, h, m);
        if (d <= p.window && (!best || d < distance(h, best))) best = m;
      }
      if (!best) continue;
      const place = best;
      const start = Math.min(h.start, place.start);
      const end = Math.max(h.end, place.end);
      const inside = out.filter((m) => m !== place && m.start < end && start < m.end);
      // Another entity between the trigger and the place ("هجوم داعش في موسكو") keeps its mark: the event
      // then covers the trigger word only, and the place keeps its own.
      const event: Resolved = inside.length
        ? {
            start: h.start,
            end: h.end,
            entity: p.entity,
            alias: -1,
            via: 'proximity',
            word: h.word,
            lastWord: h.lastWord,
          }
        : {
            start,
            end,
            entity: p.entity,
            alias: -1,
            via: 'proximity',
            word: Math.min(h.word, place.word),
            lastWord: Math.max(h.lastWord, place.lastWord),
            inner: [place],
          };
      if (inside.some((m) => m.entity === p.entity)) continue;
      out = out.filter((m) => (inside.length ? true : m !== place));
      out.push(event);
      out.sort((x, y) => x.start - y.start);
    }
  }
  return out;
}
