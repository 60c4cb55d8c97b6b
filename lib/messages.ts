// The one message protocol of the extension: a discriminated union per direction, each request
// paired with its response type. Used by the background router and every sender.
import type { Entity, EntityType, Source, SourceSummary } from './types';
import type { CompiledGazetteer } from './matcher/types';

/** What a hover card or the popup needs to show about one entity. */
export interface EntityCard {
  entity: Entity;
  sources: {
    sourceId: string;
    title: string;
    outlet: string | null;
    date: string | null;
    lang: 'ar' | 'en';
    mentions: number;
    /** A verbatim sentence from the source that names the entity, with its offsets in the source text. */
    quote: { text: string; start: number; end: number } | null;
  }[];
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
  /** From a hover card: open the full comparison (the popup page) in a new tab next to the sender's. */
  | { type: 'compare/open'; entityId: string };

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
