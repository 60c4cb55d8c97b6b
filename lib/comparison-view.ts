// Builds what the comparison views show for one entity from stored rows: each source's side (its
// characterization, with the curated note or the user's note where there is one), the comparisons of
// its claims across sources, the timeline of dated claims and events, and related entities. Pure: the
// background reads the rows, this decides what they amount to.
import type { Entity, Source } from './types';
import { compareEntity } from './characterize/compare';
import { computedSummary, curatedSummary, stanceFor, type ClaimWords } from './characterize/summary';
import type { Characterization, CuratedNote, UserNote } from './characterize/types';
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
export function bySalience(a: SideRow, b: SideRow): number {
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

export function timelineOf(
  entity: Entity,
  rows: readonly SideRow[],
  entities: ReadonlyMap<string, Entity>,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const { source, characterization } of rows) {
    for (const claim of characterization.claims) {
      if (claim.attribute !== 'date') continue;
      entries.push({
        date: claim.min,
        dateMax: claim.max,
        sourceId: source.id,
        entityId: entity.id,
        kind: 'claim',
        quote: { text: claim.text, start: claim.start, end: claim.end },
      });
    }
    if (source.date)
      entries.push({
        date: source.date,
        dateMax: source.date,
        sourceId: source.id,
        entityId: entity.id,
        kind: 'source',
        quote: null,
      });
  }
  // The gazetteer's own dates (curated) for the entity and the events related to it.
  const events = [entity, ...relatedEntities(entity, entities).map((r) => entities.get(r.id)!)].filter(
    (e) => e.type === 'event' && e.date,
  );
  for (const e of events)
    entries.push({
      date: e.date!,
      dateMax: e.date!,
      sourceId: '',
      entityId: e.id,
      kind: 'event',
      quote: null,
    });
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

export function buildComparisonView(args: {
  entity: Entity;
  entities: ReadonlyMap<string, Entity>;
  rows: SideRow[];
  silent: { count: number; sources: SourceBrief[] };
  limit?: number;
  claimWords: ClaimWords;
}): EntityComparisonView {
  const { entity, entities, silent } = args;
  const rows = [...args.rows].sort(bySalience);
  const comparisons = compareEntity(
    entity.id,
    rows.map((r) => ({ characterization: r.characterization, date: r.source.date })),
    entities,
  );
  // Sides that take part in a disagreement come first in the narrow views.
  const disputed = new Set(
    comparisons.filter((c) => c.verdict === 'differs').flatMap((c) => c.claims.map((x) => x.sourceId)),
  );
  const ordered = [
    ...rows.filter((r) => disputed.has(r.source.id)),
    ...rows.filter((r) => !disputed.has(r.source.id)),
  ];
  return {
    entity,
    sides: ordered.slice(0, args.limit ?? ordered.length).map((r) => buildSide(r, args.claimWords)),
    sideCount: rows.length,
    comparisons,
    silent,
    related: relatedEntities(entity, entities),
    timeline: timelineOf(entity, rows, entities),
  };
}
