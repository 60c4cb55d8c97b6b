// The one message protocol of the extension: a discriminated union per direction, each request
// paired with its response type. Used by the background router and every sender.
import type { Entity, EntityType, RelationKind, Source, SourceKind, SourceSummary } from './types';
import type { CompiledGazetteer } from './matcher/types';
import type {
  Characterization,
  Comparison,
  CuratedPoint,
  Span,
  Stance,
  StanceLabel,
  Summary,
  UserNote,
} from './characterize/types';

/** What a hover card or the popup needs to show about one entity. */
export interface EntityCard {
  entity: Entity;
  sources: {
    sourceId: string;
    title: string;
    outlet: string | null;
    date: string | null;
    lang: string;
    mentions: number;
    /** A verbatim sentence from the source that names the entity, with its offsets in the source text. */
    quote: { text: string; start: number; end: number } | null;
    /** Curated (shipped sources) or the user's own; null when nobody has judged it (never computed). */
    stance: { label: StanceLabel; origin: 'curated' | 'user' } | null;
    /** Curated for shipped sources, else computed from the characterization (en and ar). */
    summary: Summary | null;
  }[];
  /** How many stored sources mention it (`sources` lists the first few, in the comparison's order). */
  sourceCount?: number;
}

/** What the comparison views show about a source, without its text. */
export interface SourceBrief {
  id: string;
  title: string;
  /** `curated`: the text has no headline and the title was given by Sanad's editors (seed 003). */
  titleOrigin: 'source' | 'curated' | 'user';
  outlet: string | null;
  author: string | null;
  date: string | null;
  lang: string;
  kind: SourceKind;
  origin: 'shipped' | 'user';
}

/** One source's side in an entity's comparison. */
export interface SourceSide {
  source: SourceBrief;
  characterization: Characterization;
  stance: Stance | null;
  /** Curated for shipped sources (both languages), else computed from the characterization. */
  summary: Summary | null;
  /** The curated summary sentence by sentence, each with its quotes; null for other sources. */
  curatedPoints: CuratedPoint[] | null;
  userNote: UserNote | null;
}

export interface TimelineEntry {
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD); `dateMax` differs for a range ("2024–2025"). */
  date: string;
  dateMax: string;
  sourceId: string;
  /** The entity the dated item is about (the compared entity, or an event related to it). */
  entityId: string;
  kind: 'claim' | 'event' | 'source';
  /** The words that state the date (a claim), or null for an event's own date from the gazetteer. */
  quote: Span | null;
}

export interface RelatedEntity {
  id: string;
  kind: RelationKind | 'inverse-part-of' | 'inverse-related';
  type: EntityType;
  names: { en: string; ar: string };
}

/** Everything the popup comparison and the full comparison page show for one entity. */
export interface EntityComparisonView {
  entity: Entity;
  /** Sources that mention it, most salient first: the first `limit` asked for (all by default). */
  sides: SourceSide[];
  /** How many sources mention it in all (`sides` may hold fewer). */
  sideCount: number;
  /** Disagreements first (`differs`), then updates, scope differences and agreements. */
  comparisons: Comparison[];
  /** Sources that never mention it (the first `limit` of them, and how many in all). */
  silent: { count: number; sources: SourceBrief[] };
  related: RelatedEntity[];
  timeline: TimelineEntry[];
}

export interface EntitySearchResult extends EntityLabel {
  /** How many stored sources mention it. */
  sources: number;
  /** The alias or name that matched the query, when it is not one of the names. */
  matched: string | null;
}

/** A stored source with every entity mention in it, for the reader. */
export interface SourceReading {
  source: Source & { titleOrigin: SourceBrief['titleOrigin'] };
  mentions: { entityId: string; type: EntityType; start: number; end: number }[];
}

export interface SiteState {
  host: string;
  globalEnabled: boolean;
  siteEnabled: boolean;
  /**
   * The key the site switch is stored under: the hostname, lower-cased, without a leading "www.".
   * A switch covers exactly that host (and its "www." twin), not its other subdomains.
   */
  site?: string;
  /** Always false today; carried so the popup can say so next to the switch. */
  coversSubdomains?: boolean;
}

/** Just enough about an entity to paint and label its marks before any card is asked for. */
export interface EntityLabel {
  id: string;
  type: EntityType;
  names: { en: string; ar: string };
}

export interface PageEntityCount {
  entityId: string;
  type: EntityType;
  count: number;
}

/** Requests answered by the background (from popup, options, reader and content scripts). */
export type BackgroundRequest =
  | { type: 'corpus/summary' }
  | { type: 'source/get'; id: string }
  | { type: 'gazetteer/get'; knownVersion?: string }
  | { type: 'entity/cards'; ids: string[] }
  | { type: 'site/get'; host: string }
  | { type: 'site/set'; host: string; enabled: boolean }
  | { type: 'global/set'; enabled: boolean }
  | { type: 'page/report'; entities: PageEntityCount[] }
  /** What every frame of a tab reported (see page/report), summed per entity: for the popup. */
  | { type: 'page/counts'; tabId: number }
  | { type: 'entity/labels' }
  /** From a hover card: open the full comparison page in a new tab next to the sender's. */
  | { type: 'compare/open'; entityId: string }
  /** The comparison of every source for one entity (from the cached characterizations). */
  | { type: 'entity/compare'; entityId: string; limit?: number }
  /** Every entity of the corpus whose names or aliases match the query (folded: أحمد = احمد). */
  | { type: 'entity/search'; query: string; limit?: number }
  /** A source with its mentions, for the reader. */
  | { type: 'source/read'; id: string }
  | { type: 'note/put'; note: Omit<UserNote, 'createdAt' | 'updatedAt'> }
  /** The user's notes on one source (one per entity at most), for the reader. */
  | { type: 'note/list'; sourceId: string }
  | { type: 'note/delete'; entityId: string; sourceId: string };

export interface BackgroundResponses {
  'corpus/summary': { sources: SourceSummary[]; entityCount: number };
  'source/get': { source: Source | null };
  /** `gazetteer` is null when `knownVersion` is already current. */
  'gazetteer/get': { version: string; gazetteer: CompiledGazetteer | null };
  'entity/cards': { cards: EntityCard[] };
  'site/get': SiteState;
  'site/set': SiteState;
  'global/set': { globalEnabled: boolean };
  'page/report': { ok: true };
  /** Most mentioned first; empty when no frame of the tab reported anything. */
  'page/counts': { entities: PageEntityCount[] };
  'entity/labels': { labels: EntityLabel[] };
  'compare/open': { ok: true };
  'entity/compare': { view: EntityComparisonView | null };
  'entity/search': { results: EntitySearchResult[] };
  'source/read': { reading: SourceReading | null };
  'note/put': { note: UserNote };
  'note/list': { notes: UserNote[] };
  'note/delete': { ok: true };
}

/** Messages the background (or popup) sends to a tab's content script. */
export type ContentRequest =
  /**
   * `host` (a site key, see SiteState.site) limits the message to frames of that site; without it the
   * message is for every frame. `enabled: true` only asks a frame to re-check its own site state.
   */
  | { type: 'highlight/state'; enabled: boolean; host?: string }
  | { type: 'gazetteer/changed'; version: string }
  | { type: 'page/entities' };

export interface ContentResponses {
  'highlight/state': { ok: true };
  'gazetteer/changed': { ok: true };
  'page/entities': { entities: PageEntityCount[]; enabled: boolean };
}

export type ResponseOf<R extends { type: keyof BackgroundResponses }> = BackgroundResponses[R['type']];
export type ContentResponseOf<R extends { type: keyof ContentResponses }> = ContentResponses[R['type']];
