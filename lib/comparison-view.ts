// Builds what the comparison views show for one entity from stored rows: each source's side (its
// characterization, with the curated note or the user's note where there is one), the comparisons of
// its claims across sources, the timeline of dated claims and events, and related entities. Pure: the
// background reads the rows, this decides what they amount to.
import type { Entity, Source } from './types';
import { compareEntity } from './characterize/compare';
import { computedSummary, curatedSummary, stanceFor, type ClaimWords } from './characterize/summary';
import type { Characterization, Comparison, CuratedNote, UserNote } from './characterize/types';
import type { EntityComparisonView, RelatedEntity, SourceBrief, SourceSide, TimelineEntry } from './messages';

export function briefOf(source: Omit<Source, 'text'>): SourceBrief {
  return {
    id: source.id,
    title: source.title,
    titleOrigin: source.titleOrigin ?? 'source',
    outlet: source.outlet,
    author: source.author,
    date: source.date,
    lang: source.lang,
    kind: source.kind,
    origin: source.origin,
  };
}

export interface SideRow {
  source: SourceBrief;
  characterization: Characterization;
  curated: CuratedNote | undefined;
  userNote: UserNote | undefined;
}

export function buildSide(row: SideRow, claimWords: ClaimWords): SourceSide {
  const { source, characterization, curated, userNote } = row;
  return {
    source,
    characterization,
    stance: stanceFor(curated, userNote),
    summary: curated ? curatedSummary(curated) : computedSummary(characterization, claimWords),
    curatedPoints: curated ? curated.points : null,
    userNote: userNote ?? null,
  };
}

/** Most salient first: in the title, then in the lead, then by mentions; ties by date, newest first. */
export function bySalience(a: DigestRow, b: DigestRow): number {
  const sa = a.characterization.salience;
  const sb = b.characterization.salience;
  return (
    Number(sb.inTitle) - Number(sa.inTitle) ||
    Number(sb.inLead) - Number(sa.inLead) ||
    sb.mentions - sa.mentions ||
    (b.source.date ?? '').localeCompare(a.source.date ?? '') ||
    a.source.id.localeCompare(b.source.id)
  );
}

export function relatedEntities(entity: Entity, entities: ReadonlyMap<string, Entity>): RelatedEntity[] {
  const out = new Map<string, RelatedEntity>();
  const add = (id: string, kind: RelatedEntity['kind']) => {
    const e = entities.get(id);
    if (e && id !== entity.id && !out.has(id)) out.set(id, { id, kind, type: e.type, names: e.names });
  };
  for (const r of entity.related ?? []) add(r.id, r.kind);
  // Relations are stored on one side only: ISIS-K says part-of the Islamic State; the Islamic State's
  // page must link back to it.
  for (const other of entities.values()) {
    for (const r of other.related ?? []) {
      if (r.id !== entity.id) continue;
      add(
        other.id,
        r.kind === 'part-of' ? 'has-part' : r.kind === 'has-part' ? 'part-of' : 'inverse-related',
      );
    }
  }
  return [...out.values()];
}

/**
 * What the index keeps per entity (data/schema.ts `entityDigests`), so that a view reads one row and the
 * few sides it shows, whatever the size of the corpus: the order of the sides, the comparisons and the
 * dated items, all computed when sources are stored.
 */
export interface EntityDigest {
  entityId: string;
  /** Every source that mentions it, in view order: sources in a disagreement first, then by salience. */
  sourceIds: string[];
  comparisons: Comparison[];
  /** Dated claims and source dates of every side (the gazetteer's event dates are added by the view). */
  timeline: TimelineEntry[];
}

/** Rows of one entity (a characterization with its source's brief), in any order. */
export interface DigestRow {
  source: SourceBrief;
  characterization: Characterization;
}

export function digestOf(
  entityId: string,
  rows: readonly DigestRow[],
  entities: ReadonlyMap<string, Entity>,
): EntityDigest {
  const sorted = [...rows].sort(bySalience);
  const comparisons = compareEntity(
    entityId,
    sorted.map((r) => ({ characterization: r.characterization, date: r.source.date })),
    entities,
  );
  // Sides that take part in a disagreement come first in the narrow views.
  const disputed = new Set(
    comparisons.filter((c) => c.verdict === 'differs').flatMap((c) => c.claims.map((x) => x.sourceId)),
  );
  const ids = sorted.map((r) => r.source.id);
  const timeline: TimelineEntry[] = [];
  for (const { source, characterization } of sorted) {
    for (const claim of characterization.claims) {
      if (claim.attribute !== 'date') continue;
      timeline.push({
        date: claim.min,
        dateMax: claim.max,
        sourceId: source.id,
        entityId,
        kind: 'claim',
        quote: { text: claim.text, start: claim.start, end: claim.end },
      });
    }
    if (source.date)
      timeline.push({
        date: source.date,
        dateMax: source.date,
        sourceId: source.id,
        entityId,
        kind: 'source',
        quote: null,
      });
  }
  return {
    entityId,
    sourceIds: [...ids.filter((id) => disputed.has(id)), ...ids.filter((id) => !disputed.has(id))],
    comparisons,
    timeline,
  };
}

/** The gazetteer's own dates (curated) for the entity and the events related to it. */
function eventDates(entity: Entity, entities: ReadonlyMap<string, Entity>): TimelineEntry[] {
  const events = [entity, ...relatedEntities(entity, entities).map((r) => entities.get(r.id)!)].filter(
    (e) => e.type === 'event' && e.date,
  );
  return events.map((e) => ({
    date: e.date!,
    dateMax: e.date!,
    sourceId: '',
    entityId: e.id,
    kind: 'event',
    quote: null,
  }));
}

export function buildComparisonView(args: {
  entity: Entity;
  entities: ReadonlyMap<string, Entity>;
  digest: EntityDigest;
  /** The rows of the sides to show (the first `limit` of digest.sourceIds), in any order. */
  rows: readonly SideRow[];
  silent: { count: number; sources: SourceBrief[] };
  claimWords: ClaimWords;
}): EntityComparisonView {
  const { entity, entities, digest, silent } = args;
  const order = new Map(digest.sourceIds.map((id, i) => [id, i]));
  const rows = [...args.rows].sort(
    (a, b) => (order.get(a.source.id) ?? 1e9) - (order.get(b.source.id) ?? 1e9),
  );
  return {
    entity,
    sides: rows.map((r) => buildSide(r, args.claimWords)),
    sideCount: digest.sourceIds.length,
    comparisons: digest.comparisons,
    silent,
    related: relatedEntities(entity, entities),
    timeline: [...digest.timeline, ...eventDates(entity, entities)].sort(
      (a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind),
    ),
  };
}
