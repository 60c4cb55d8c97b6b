// Comparisons: for one entity and one attribute, the claims of every source lined up, and what they
// amount to (types.ts Verdict). Only claims of one story are compared — two tolls of attacks in the same
// city months apart are two stories:
// - an event's claims are one story (the event);
// - the size of a group (`fighters`) is a lasting attribute of the entity: every source's figure is compared;
// - other figures (tolls, money, percentages, counts of attacks or arrests) of a non-event entity are compared
//   only between sources dated within STORY_DAYS of each other; undated sources are left out of those;
// - dates are compared for events only (an organization has many dates: founding, attacks, statements).
// Between two claims: different places in scope → different scope; otherwise overlapping value intervals
// agree and disjoint ones differ, unless a later source gives a higher toll (an update, told in time order).
import type { Entity } from '../types';
import type { Characterization, Claim, ClaimAttribute, ComparedClaim, Comparison, Verdict } from './types';

export const STORY_DAYS = 3;

export interface ComparedRow {
  characterization: Characterization;
  /** The source's date (ISO), when it has one. */
  date: string | null;
}

const LASTING: ReadonlySet<ClaimAttribute> = new Set(['fighters']);
const TOLLS: ReadonlySet<ClaimAttribute> = new Set(['killed', 'injured', 'displaced', 'arrested']);
const NEVER: ReadonlySet<ClaimAttribute> = new Set(['duration']);

/** The interval of values a claim allows, as numbers (dates as day numbers). */
export function interval(claim: Claim): [number, number] {
  if (claim.attribute === 'date') return [isoDay(claim.min, 'start'), isoDay(claim.max, 'end')];
  const { min, max } = claim;
  switch (claim.qualifier) {
    case 'exact':
      return [min, max];
    case 'about':
      return [min * 0.85, max * 1.15];
    case 'at-least':
      return [min, Infinity];
    case 'more-than':
      return [min + Number.EPSILON, Infinity];
    case 'less-than':
      return [0, max];
    case 'range':
      return [min, max];
  }
}

/** Day number of an ISO date YYYY, YYYY-MM or YYYY-MM-DD, at the start or the end of the period it names. */
export function isoDay(iso: string, edge: 'start' | 'end'): number {
  const [y = 0, m, d] = iso.split('-').map(Number);
  if (d !== undefined) return Date.UTC(y, (m ?? 1) - 1, d) / 86_400_000;
  if (m !== undefined)
    return edge === 'start' ? Date.UTC(y, m - 1, 1) / 86_400_000 : Date.UTC(y, m, 0) / 86_400_000;
  return edge === 'start' ? Date.UTC(y, 0, 1) / 86_400_000 : Date.UTC(y, 11, 31) / 86_400_000;
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

function differentScope(a: Claim, b: Claim): boolean {
  if (!a.scopePlaces.length || !b.scopePlaces.length) return false;
  return !a.scopePlaces.some((p) => b.scopePlaces.includes(p));
}

/** Within one story: the verdict over every pair of claims from different sources. */
export function verdictOf(claims: readonly ComparedClaim[], attribute: ClaimAttribute): Verdict | null {
  let comparable = 0;
  let disagreements = 0;
  let explainedByTime = 0;
  let scoped = 0;
  let updates = 0;
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i]!;
      const b = claims[j]!;
      if (a.sourceId === b.sourceId) continue;
      if (differentScope(a.claim, b.claim)) {
        scoped++;
        continue;
      }
      comparable++;
      const rising = TOLLS.has(attribute) && a.date && b.date && a.date !== b.date ? risesLater(a, b) : false;
      if (overlaps(interval(a.claim), interval(b.claim))) {
        // "at least 44" on Sunday and "63" on Tuesday overlap, but the later report counts more: an update.
        if (rising) updates++;
        continue;
      }
      disagreements++;
      // A toll that rises as the day goes on: the later report has the higher figure.
      if (rising) explainedByTime++;
    }
  }
  if (comparable === 0) return scoped > 0 ? 'different-scope' : null;
  if (disagreements === 0) return updates > 0 ? 'update' : 'agrees';
  return explainedByTime === disagreements ? 'update' : 'differs';
}

/** Whether the later of two dated reports gives the higher figure (its lowest value above the other's). */
function risesLater(a: ComparedClaim, b: ComparedClaim): boolean {
  const [early, late] = a.date! < b.date! ? [a, b] : [b, a];
  return late.claim.min > early.claim.min && interval(late.claim)[0] >= interval(early.claim)[0];
}

const ORDER: Record<Verdict, number> = { differs: 0, update: 1, 'different-scope': 2, agrees: 3 };

/** Claims of non-event entities grouped into stories of sources dated within STORY_DAYS of each other. */
function datedStories(claims: ComparedClaim[]): { from: string; to: string; claims: ComparedClaim[] }[] {
  const dated = claims.filter((c) => c.date).sort((a, b) => a.date!.localeCompare(b.date!));
  const stories: { from: string; to: string; claims: ComparedClaim[] }[] = [];
  for (const c of dated) {
    const last = stories[stories.length - 1];
    if (last && isoDay(c.date!, 'start') - isoDay(last.to, 'start') <= STORY_DAYS) {
      last.claims.push(c);
      last.to = c.date!;
    } else stories.push({ from: c.date!, to: c.date!, claims: [c] });
  }
  return stories;
}

export function compareEntity(
  entityId: string,
  rows: readonly ComparedRow[],
  entities: ReadonlyMap<string, Entity>,
): Comparison[] {
  const isEvent = entities.get(entityId)?.type === 'event';
  const byAttribute = new Map<ClaimAttribute, ComparedClaim[]>();
  for (const { characterization: c, date } of rows) {
    if (c.entityId !== entityId) continue;
    for (const claim of c.claims) {
      if (NEVER.has(claim.attribute) || (claim.attribute === 'date' && !isEvent)) continue;
      const list = byAttribute.get(claim.attribute) ?? [];
      list.push({ sourceId: c.sourceId, entityId, claim, date });
      byAttribute.set(claim.attribute, list);
    }
  }
  const out: Comparison[] = [];
  for (const [attribute, claims] of byAttribute) {
    if (new Set(claims.map((c) => c.sourceId)).size < 2) continue;
    const stories: { story: Comparison['story']; claims: ComparedClaim[] }[] = isEvent
      ? [{ story: { kind: 'event', eventId: entityId }, claims }]
      : LASTING.has(attribute)
        ? [{ story: { kind: 'entity' }, claims }]
        : datedStories(claims).map((s) => ({
            story: { kind: 'dates', from: s.from, to: s.to },
            claims: s.claims,
          }));
    for (const { story, claims: group } of stories) {
      const verdict = verdictOf(group, attribute);
      if (!verdict) continue;
      const ordered =
        verdict === 'update'
          ? [...group].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
          : [...group].sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.claim.start - b.claim.start);
      out.push({ entityId, attribute, verdict, story, claims: ordered });
    }
  }
  return out.sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || a.attribute.localeCompare(b.attribute));
}
