// The characterization engine's entry point: one pass over a source gives, for every entity it names,
// the names it uses, the descriptors attached to them, the claims it states, the frame cues around its
// mentions, its salience and a few quotes (types.ts). Pure: strings in, offsets out. The background
// runs it once per source when the source is stored and caches the rows; the CLI runs it on files.
import { foldString } from '../fold';
import type { Entity } from '../types';
import type { DetailedMatch, SanadMatcher } from '../matcher';
import { quoteAround } from '../quote';
import { sentenceSpans } from '../sentences';
import { assignInSentence, scopePlaces, type PlacedMention } from './assign';
import { extractClaims } from './claims';
import { findDescriptors } from './descriptors';
import { findFrames } from './frames';
import { namesUsed, writtenName, type EntityMention } from './names';
import { pickQuotes } from './quotes';
import { findReference } from './references';
import { salience } from './salience';
import type { Characterization, Claim, Descriptor, RawClaim, Span } from './types';

/** Bump when the engine's output changes: stored characterizations are then recomputed. */
export const CHARACTERIZE_VERSION = 'characterize-1';

export interface CharacterizeInput {
  id: string;
  title: string;
  text: string;
  lang: string;
}

interface Mention extends PlacedMention {
  key?: string;
  sentence: number;
}

/**
 * What a sentence may say of a group named before it: its size, its attacks, its arrests. Not dates:
 * in the claims evaluation every date tied through a reference was wrong (a later sentence's year is
 * about whatever that sentence is about).
 */
const REFERABLE: ReadonlySet<RawClaim['attribute']> = new Set(['fighters', 'attacks', 'arrested']);

const TOLL_OF_PLACE: ReadonlySet<RawClaim['attribute']> = new Set(['killed', 'injured', 'displaced']);

/** How many sentences back a reference may reach for its antecedent (a heading line counts as one). */
const REFERENCE_REACH = 5;

/** A claim's sentence as a quote: whole when short, else clipped around the figure (lib/quote.ts). */
function claimSentence(text: string, c: RawClaim): Span {
  const q = quoteAround(text, { start: c.sentenceStart, end: c.sentenceEnd }, c, 280);
  return { text: q.text, start: q.start, end: q.end };
}

function sentenceIndexer(spans: readonly [number, number][]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((spans[mid]?.[0] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

const DEMONYM = /^[A-Z][a-z]+(?:an|ans|ian|ians|i|is|ese)(?:['’]s)?$/u;

/** A place named by its nisba or demonym («الأمريكية», "Russian") rather than by its name. */
function isAdjective(text: string, m: EntityMention, entity: Entity): boolean {
  const surface = text.slice(m.start, m.end);
  if (/[\u0600-\u06ff]/u.test(surface)) {
    if (writtenName(text, m) === null) return true;
    // An alias that is itself a nisba («أمريكي») — unless the name ends so too («كراتشي»).
    const name = foldString(entity.names.ar);
    return !!m.key && m.key !== name && m.key.endsWith('ي') && !name.endsWith('ي');
  }
  const plain = surface.replace(/['’]s$/u, '');
  return plain.toLowerCase() !== entity.names.en.toLowerCase() && DEMONYM.test(surface);
}

function mentionsOf(
  text: string,
  matches: readonly DetailedMatch[],
  entities: ReadonlyMap<string, Entity>,
  sentenceOf: (offset: number) => number,
): Mention[] {
  const out: Mention[] = [];
  for (const m of matches) {
    const entity = entities.get(m.entityId);
    if (!entity) continue;
    const mention = { entityId: m.entityId, type: entity.type, start: m.start, end: m.end, key: m.key };
    out.push({
      ...mention,
      adjective: entity.type === 'place' && isAdjective(text, mention, entity),
      sentence: sentenceOf(m.start),
    });
    for (const inner of m.inner ?? []) {
      const e = entities.get(inner.entityId);
      if (e) out.push({ ...inner, type: e.type, insideEvent: m.entityId, sentence: sentenceOf(inner.start) });
    }
  }
  return out;
}

/** The claims of the text, each tied to the entities it is about (assign.ts, references.ts). */
function tieClaims(
  text: string,
  raw: readonly RawClaim[],
  mentions: readonly Mention[],
  sentences: readonly [number, number][],
  sentenceOf: (offset: number) => number,
  gazetteer: readonly Entity[],
): Map<string, Claim[]> {
  const bySentence: Mention[][] = sentences.map(() => []);
  for (const m of mentions) bySentence[m.sentence]?.push(m);
  // Chains of references («هذا الفرع» … «الفرع») follow named mentions, not the places inside an event's name.
  const outside = mentions.filter((m) => !m.insideEvent);
  const out = new Map<string, Claim[]>();
  const push = (entityId: string, claim: Claim) => {
    const list = out.get(entityId);
    if (list) list.push(claim);
    else out.set(entityId, [claim]);
  };
  for (const c of raw) {
    const si = sentenceOf(c.start);
    const here = bySentence[si] ?? [];
    const targets = assignInSentence(text, c, here);
    if (targets.length) {
      for (const t of targets)
        push(t.entityId, { ...c, via: 'mention', scopePlaces: scopePlaces(text, c, here, t.entityId) });
      // The toll of «the suicide bombing in Bajaur» is Bajaur's too: two reports of one attack compare
      // on the place whether or not both name the event.
      if (TOLL_OF_PLACE.has(c.attribute))
        for (const t of targets.filter((x) => x.type === 'event'))
          for (const inner of here)
            if (
              inner.insideEvent === t.entityId &&
              inner.type === 'place' &&
              !out.get(inner.entityId)?.some((x) => x.start === c.start)
            )
              push(inner.entityId, { ...c, via: 'mention', scopePlaces: [] });
      continue;
    }
    const earlier = outside.filter((m) => m.sentence < si && m.sentence >= si - REFERENCE_REACH);
    const ref = earlier.length
      ? findReference(text, [c.sentenceStart, c.sentenceEnd], c.start, earlier, {
          mentions: outside,
          sentences,
          entities: gazetteer,
          reach: REFERENCE_REACH,
        })
      : null;
    if (!ref) continue;
    const antecedent = earlier.find((m) => m.start === ref.antecedent.start && m.entityId === ref.entityId);
    // Only groups are followed across sentences: a pronoun's real antecedent may be a place the gazetteer
    // does not know («its gross domestic product» is Tunisia's, not the U.S. named before), while a
    // group's size and attacks are what «مقاتليه»/«أنه نظم» and "the group" refer back to.
    if (!antecedent || antecedent.type !== 'organization' || !REFERABLE.has(c.attribute)) continue;
    push(ref.entityId, {
      ...c,
      via: 'reference',
      reference: { cue: ref.cue, antecedent: ref.antecedent },
      scopePlaces: scopePlaces(text, c, here, ref.entityId),
    });
  }
  return out;
}

/**
 * «داعش في باكستان» in a source that names ISIS-K: a claim tied to a parent organization whose scope is
 * the region of one of its branches (the gazetteer's part-of + located-in) is also the branch's, when
 * the source names the branch. Said as `via: 'branch'`, so the UI can show how it was read.
 */
function rollUpToBranches(
  claims: Map<string, Claim[]>,
  named: ReadonlySet<string>,
  entities: ReadonlyMap<string, Entity>,
): void {
  for (const entity of entities.values()) {
    if (!named.has(entity.id)) continue;
    const parents = (entity.related ?? []).filter((r) => r.kind === 'part-of').map((r) => r.id);
    const region = new Set((entity.related ?? []).filter((r) => r.kind === 'located-in').map((r) => r.id));
    if (!parents.length || !region.size) continue;
    for (const parent of parents) {
      for (const c of claims.get(parent) ?? []) {
        if (c.via === 'branch' || !c.scopePlaces.length || !c.scopePlaces.every((p) => region.has(p)))
          continue;
        const list = claims.get(entity.id) ?? [];
        if (list.some((x) => x.start === c.start && x.attribute === c.attribute)) continue;
        list.push({ ...c, via: 'branch', branchOf: parent });
        claims.set(entity.id, list);
      }
    }
  }
}

export function characterizeSource(
  source: CharacterizeInput,
  matcher: SanadMatcher,
  entities: ReadonlyMap<string, Entity>,
  /** The matcher's detailed matches of `source.text`, when the caller has them already. */
  known?: readonly DetailedMatch[],
): Characterization[] {
  const { text } = source;
  const matches = known ?? matcher.matchDetailed(text, { seen: new Set() });
  if (!matches.length) return [];
  const sentences = sentenceSpans(text);
  const sentenceOf = sentenceIndexer(sentences);
  const mentions = mentionsOf(text, matches, entities, sentenceOf);

  const inTitle = new Set<string>();
  for (const m of source.title ? matcher.match(source.title, { seen: new Set() }) : []) {
    inTitle.add(m.entityId);
    for (const inner of m.inner ?? []) inTitle.add(inner.entityId);
  }

  const raw = extractClaims(text, sentences).map((c) => ({ ...c, sentence: claimSentence(text, c) }));
  const claims = tieClaims(text, raw, mentions, sentences, sentenceOf, [...entities.values()]);
  const byEntity = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byEntity.get(m.entityId);
    if (list) list.push(m);
    else byEntity.set(m.entityId, [m]);
  }
  rollUpToBranches(claims, new Set(byEntity.keys()), entities);

  const out: Characterization[] = [];
  for (const [entityId, own] of byEntity) {
    const descriptors: Descriptor[] = [];
    const seenDescriptor = new Set<string>();
    for (const m of own) {
      const span = sentences[m.sentence] ?? [m.start, m.end];
      for (const d of findDescriptors(text, m, span)) {
        const key = `${d.kind}:${d.text}`;
        if (seenDescriptor.has(key)) continue;
        seenDescriptor.add(key);
        descriptors.push(d);
      }
    }
    const entityClaims = (claims.get(entityId) ?? []).sort((a, b) => a.start - b.start);
    const frames = findFrames(text, own, sentences);
    out.push({
      entityId,
      sourceId: source.id,
      names: namesUsed(
        text,
        own.filter((m) => !m.insideEvent),
      ),
      descriptors,
      claims: entityClaims,
      frames,
      salience: salience(text, source.title, own, inTitle.has(entityId)),
      quotes: pickQuotes(text, own, sentences, { descriptors, claims: entityClaims, frames }),
    });
  }
  return out;
}
