// The one message protocol of the extension: a discriminated union per direction, each request
// paired with its response type. Used by the background router and every sender.
import type {
  Alias,
  Entity,
  EntityType,
  Mute,
  RelationKind,
  Source,
  SourceKind,
  SourceSummary,
  UserSettings,
} from './types';
import type { DedupKeys, ImportProblem, SourceDraft } from './import/types';
import type { PageSnapshot } from './capture/types';
import type { Match } from './matcher/types';
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
  titleOrigin: 'source' | 'curated' | 'user' | 'file-name';
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
  /** The mutes that apply on this site: the global ones and this site's own. */
  mutes?: Mute[];
  /** Whether hover cards open (the user's setting). */
  hoverCards?: boolean;
}

/** The metadata of a stored source the user may edit (its text is never edited in place). */
export type SourceMetaPatch = Partial<
  Pick<Source, 'title' | 'outlet' | 'author' | 'date' | 'url' | 'lang' | 'kind'>
>;

/** One source as the manager lists it: the summary with what indexing found in it. */
export interface ManagedSource extends SourceSummary {
  /** Distinct entities it mentions. */
  entities: number;
}

/** One entity as the manager lists it. */
export interface ManagedEntity {
  entity: Entity;
  origin: 'shipped' | 'user';
  editedByUser: boolean;
  /** Stored mentions in all, and per source (most first). */
  mentions: number;
  perSource: { sourceId: string; count: number }[];
}

/** Why a mark is there: the alias of the entity the marked words are, and the rule that let it count. */
export interface MarkExplanation {
  entityId: string;
  /** The alias as stored (null when the match is an event's proximity rule). */
  alias: Alias | null;
  via: 'alias' | 'rule' | 'proximity';
  /** Which mutes now apply to it on this site. */
  muted: Mute[];
}

/** The result of writing drafts: what was stored, what was found already there. */
export interface AddResult {
  added: string[];
  /** Index into the drafts sent, and the stored source it duplicates. */
  duplicates: { index: number; existingId: string; by: 'url' | 'text' }[];
  /** Drafts the background refused (validated again there: nothing unchecked is stored). */
  invalid: { index: number; problems: ImportProblem[] }[];
}

export interface StorageState {
  /** navigator.storage.estimate() of the extension's origin, bytes. */
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

export interface BackupImportReport {
  mode: 'merge' | 'replace';
  /** `duplicates`: the file's sources skipped because a stored source (another id) is the same article. */
  sources: { added: number; replaced: number; unchanged: number; duplicates: number };
  entities: { added: number; replaced: number };
  /** Notes written (a note on a duplicate moves to the stored source). */
  notes: number;
  /** The file's notes not written: the stored source already had one on that entity, or no such source. */
  notesSkipped: number;
  mutes: number;
  sites: number;
}

/** Just enough about an entity to paint and label its marks before any card is asked for. */
export interface EntityLabel {
  id: string;
  type: EntityType;
  names: { en: string; ar: string };
}

/** What the background answers to page/match. */
export interface PageMatchResult {
  /** The gazetteer's version the texts were matched with. */
  version: string;
  /** matches[i]: the matches in texts[i] (offsets into texts[i]). */
  matches: Match[][];
  seen: string[];
  /**
   * Indices of texts that held a candidate rejected only for want of context (a ruled alias whose
   * confirming entity the page had not named yet): matched again once `seen` has grown, it may hold.
   */
  undecided: number[];
  /** The labels of every entity in `matches` (inner ones included). */
  labels: EntityLabel[];
}

export interface PageEntityCount {
  entityId: string;
  type: EntityType;
  count: number;
}

/** Requests answered by the background (from popup, options, reader and content scripts). */
export type BackgroundRequest =
  /** Counts, and the `limit` sources added last (all when absent): the popup asks for a few. */
  | { type: 'corpus/summary'; limit?: number }
  | { type: 'source/get'; id: string }
  | { type: 'entity/cards'; ids: string[] }
  | { type: 'site/get'; host: string }
  | { type: 'site/set'; host: string; enabled: boolean }
  | { type: 'global/set'; enabled: boolean }
  | { type: 'page/report'; entities: PageEntityCount[] }
  /** What every frame of a tab reported (see page/report), summed per entity: for the popup. */
  | { type: 'page/counts'; tabId: number }
  | { type: 'entity/labels' }
  /**
   * From a content script: match these runs of the page (in document order) against the gazetteer. The
   * engine lives in the background, built once per gazetteer; a frame sends text, never loads it.
   * `seen`: the entities the page named unambiguously so far (MatchContext.seen), returned updated.
   * `host`: the frame's host; the site's mutes are applied to the matches before they are returned.
   */
  | { type: 'page/match'; texts: string[]; seen: string[]; host: string }
  /**
   * From a content script's first step, before it loads anything: could this frame's text hold any
   * entity? `texts`: its text nodes in document order. When not, the frame never loads the engine.
   */
  | { type: 'page/prefilter'; texts: string[]; host: string }
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
  | { type: 'note/delete'; entityId: string; sourceId: string }
  // Corpus management (issue 8): sources.
  /** Which of these keys a stored source already has (null for none), in order. */
  | { type: 'source/lookup'; keys: DedupKeys[] }
  /**
   * Stores drafts as user sources, skipping duplicates, and indexes them. With `batch`, the per-entity
   * digests wait for `source/batch-end` (an import sends many chunks); without, they are updated now.
   */
  | { type: 'source/add'; drafts: SourceDraft[]; batch?: string }
  | { type: 'source/batch-end'; batch: string }
  | { type: 'source/list' }
  | { type: 'source/update'; id: string; patch: SourceMetaPatch }
  /** Deletes sources with their mentions, characterizations and notes; they are kept for undo. */
  | { type: 'source/delete'; ids: string[] }
  | { type: 'source/undo-delete'; token: string }
  // Entities, aliases, mutes.
  | { type: 'entity/list' }
  /** Adds a user entity or replaces one (a shipped one becomes `editedByUser`); the corpus is reindexed. */
  | { type: 'entity/put'; entity: Entity }
  /** Removes a user entity (shipped ones can only be muted). */
  | { type: 'entity/delete'; id: string }
  | {
      type: 'entity/explain';
      entityId: string;
      text: string;
      via: 'alias' | 'rule' | 'proximity';
      host: string;
    }
  | { type: 'mute/list' }
  | { type: 'mute/set'; mute: Mute; muted: boolean }
  // Sites, settings, storage, backup.
  | { type: 'sites/list' }
  | { type: 'settings/get' }
  | { type: 'settings/set'; patch: Partial<UserSettings> }
  | { type: 'storage/state' }
  | { type: 'backup/export' }
  | { type: 'backup/import'; json: string; mode: 'merge' | 'replace' };

export interface BackgroundResponses {
  'corpus/summary': { sources: SourceSummary[]; sourceCount: number; entityCount: number };
  'source/get': { source: Source | null };
  'entity/cards': { cards: EntityCard[] };
  'site/get': SiteState;
  'site/set': SiteState;
  'global/set': { globalEnabled: boolean };
  'page/report': { ok: true };
  /** Most mentioned first; empty when no frame of the tab reported anything. */
  'page/counts': { entities: PageEntityCount[] };
  'entity/labels': { labels: EntityLabel[] };
  'page/match': PageMatchResult;
  /** `site`: the frame's site state, which a frame that goes on to load the engine starts with. */
  'page/prefilter': { found: boolean; site: SiteState };
  'compare/open': { ok: true };
  'entity/compare': { view: EntityComparisonView | null };
  'entity/search': { results: EntitySearchResult[] };
  'source/read': { reading: SourceReading | null };
  'note/put': { note: UserNote };
  'note/list': { notes: UserNote[] };
  'note/delete': { ok: true };
  'source/lookup': { existing: ({ id: string; by: 'url' | 'text' } | null)[] };
  'source/add': AddResult;
  'source/batch-end': { ok: true };
  'source/list': { sources: ManagedSource[] };
  'source/update': { source: SourceSummary };
  'source/delete': { token: string; deleted: number };
  'source/undo-delete': { restored: number };
  'entity/list': { entities: ManagedEntity[] };
  'entity/put': { entity: Entity };
  'entity/delete': { ok: true };
  'entity/explain': MarkExplanation;
  'mute/list': { mutes: Mute[] };
  'mute/set': { mutes: Mute[] };
  'sites/list': { disabled: string[]; globalEnabled: boolean };
  'settings/get': UserSettings;
  'settings/set': UserSettings;
  'storage/state': StorageState;
  /** The whole backup file as text (lib/import/backup.ts): deterministic, so a re-export is byte-identical. */
  'backup/export': { json: string; name: string };
  /** Refused (an `error` reply) for a file of a newer format version or an invalid one: nothing is written. */
  'backup/import': BackupImportReport;
}

/** Messages the background (or popup) sends to a tab's content script. */
export type ContentRequest =
  /**
   * `host` (a site key, see SiteState.site) limits the message to frames of that site; without it the
   * message is for every frame. `enabled: true` only asks a frame to re-check its own site state.
   */
  | { type: 'highlight/state'; enabled: boolean; host?: string }
  | { type: 'gazetteer/changed'; version: string }
  | { type: 'page/entities' }
  /** The popup's capture button: the top frame serializes the page (lib/capture runs in the popup). */
  | { type: 'page/snapshot' }
  /** Mutes or settings changed: re-read this site's state (SiteState.mutes, hoverCards) and repaint. */
  | { type: 'page/refresh' };

export interface ContentResponses {
  'highlight/state': { ok: true };
  'gazetteer/changed': { ok: true };
  'page/entities': { entities: PageEntityCount[]; enabled: boolean };
  'page/snapshot': { snapshot: PageSnapshot | null };
  'page/refresh': { ok: true };
}

export type ResponseOf<R extends { type: keyof BackgroundResponses }> = BackgroundResponses[R['type']];
export type ContentResponseOf<R extends { type: keyof ContentResponses }> = ContentResponses[R['type']];
