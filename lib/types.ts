// Domain types shared by every side of the extension (background, content script, pages, CLI).
// Everything here is plain JSON-serializable data: it crosses message boundaries and IndexedDB.
import type { DraftFormat } from './import/types';

export type EntityType = 'person' | 'organization' | 'place' | 'event';

/** Script/language of an alias. South Asian spellings keep their own tag so they can be audited. */
export type AliasLang = 'ar' | 'en' | 'ur' | 'fa' | 'ps';

/**
 * A rule for an alias that is too common to highlight on its own (برهان "proof", القاعدة "the base",
 * "IS", a bare surname). Such an alias counts only when one of these confirms it:
 * - an unambiguous alias of the same entity appeared earlier in the same text (always on);
 * - one of `qualifiers` stands within `window` words before or after it;
 * - an unambiguous match of one of the `nearby` entities stands within `window` words.
 * With neither `qualifiers` nor `nearby`, only the first condition applies (a surname after the full name).
 */
export interface AliasRule {
  qualifiers?: string[];
  nearby?: string[];
  /** Words on each side; default 6. */
  window?: number;
}

export interface Alias {
  text: string;
  lang: AliasLang;
  /** Match only with this exact letter case (acronyms: "IS", "UN", "ISI"). */
  caseSensitive?: boolean;
  rule?: AliasRule;
}

/**
 * How news actually names an event: "the Moscow attack", "هجوم موسكو". The event counts when a trigger
 * word and a mention of one of `places` stand within `window` words of each other; the highlight then
 * covers the span from the first to the last of the two.
 */
export interface ProximityRule {
  triggers: string[];
  places: string[];
  window: number;
  /**
   * When given (with or without `contextEntities`), the event also needs one of these words in the same
   * sentence: a mosque word for a mosque bombing, قاعة/حفل/Crocus for the concert-hall attack, so that
   * "drones attack Moscow" is not that event.
   */
  context?: string[];
  /** Entities whose unambiguous match in the same sentence counts as `context` (the perpetrator). */
  contextEntities?: string[];
}

export type RelationKind =
  | 'part-of'
  | 'has-part'
  | 'related'
  | 'splinter-of'
  | 'located-in'
  | 'leader-of'
  | 'member-of'
  | 'target-of'
  | 'perpetrator';

export interface Relation {
  id: string;
  kind: RelationKind;
}

export interface Entity {
  id: string;
  type: EntityType;
  names: { en: string; ar: string };
  description: { en: string; ar: string };
  aliases: Alias[];
  related?: Relation[];
  /** Events: ISO date, or YYYY-MM / YYYY when that is all the sources give. */
  date?: string;
  proximity?: ProximityRule[];
  /**
   * Which Arabic nisba forms (ي ية يون يين …) of a place or organization name it. Default: `all` for
   * places and organizations; persons and events never take them. `marked`: every form except the
   * bare masculine singular without ال (طالباني, كوناري, باجوري), which is more often a surname
   * (Jalal Talabani, Alpha Oumar Konaré, Omar Bajauri) than the adjective. `none`: no nisba at all.
   */
  nisba?: 'all' | 'marked' | 'none';
  /**
   * Phrases that contain one of this entity's aliases or nisba forms but do not name it (المحيط الهندي
   * "the Indian Ocean", دي روسي "De Rossi"). Matched like aliases (longest wins), never shown.
   */
  exclude?: string[];
}

export type SourceKind = 'news' | 'opinion' | 'analysis' | 'report';

export interface Source {
  id: string;
  title: string;
  /**
   * Whose title it is: the source's own headline (the default), one given by Sanad's editors because
   * the text has none (seed 003), one the user wrote, or the name of the file it was imported from
   * (the file gave no title and the text opens with no headline). The UI says so when it is not the source's.
   */
  titleOrigin?: 'source' | 'curated' | 'user' | 'file-name';
  /** Outlet or author as the text itself names them; null when the text does not say. */
  outlet: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) when the text gives one. */
  date: string | null;
  /** BCP 47 tag of the text, any language (shipped sources are `ar`). */
  lang: string;
  kind: SourceKind;
  text: string;
  url: string | null;
  /** Derived when stored (lib/import/dedup.ts): the URL without tracking parameters, for duplicates. */
  canonicalUrl?: string | null;
  /** Derived when stored: hash of the folded text, for duplicates. */
  textHash?: string;
  /** How the user added it (lib/import/types.ts DraftFormat); absent for shipped sources. */
  format?: DraftFormat;
  /** `shipped` sources belong to the built-in corpus and are refreshed on update; `user` ones are never touched by it. */
  origin: 'shipped' | 'user';
  addedAt: number;
  updatedAt: number;
}

export type SourceSummary = Omit<Source, 'text'> & { length: number };

/** One place where a source names an entity. Offsets are UTF-16 indices into `Source.text`. */
export interface Mention {
  id?: number;
  entityId: string;
  sourceId: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

/**
 * A muted alias or entity: it is not highlighted, everywhere (`site` null) or on one site (a site key,
 * lib/site.ts). `alias` null mutes the whole entity. Muting changes highlighting only, never the
 * stored mentions or what the comparisons say.
 */
export interface Mute {
  entityId: string;
  alias: string | null;
  site: string | null;
}

/** The user's settings (the `settings` table, key `userSettings`). */
export interface UserSettings {
  hoverCards: boolean;
  /** `auto` follows the browser's language. */
  uiLang: 'auto' | 'en' | 'ar';
}

export const DEFAULT_SETTINGS: UserSettings = { hoverCards: true, uiLang: 'auto' };
