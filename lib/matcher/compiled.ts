// The compiled gazetteer's format: plain JSON (arrays of strings and numbers) so it survives
// structuredClone/JSON cloning through extension messaging and IndexedDB. The trie is built here, once,
// and shipped as its breadth-first edges (`trie.ts`, CompiledTrie): createMatcher only places them in
// its tables; re-inserting the keys in every frame cost 2.6–5 ms of a 12 ms content script.

import type { CompiledTrie } from './trie';
import type { CompiledGazetteer } from './types';
import type { EntityType } from '../types';

export const FORMAT = 'sanad-matcher/3';

/** Bits of CompiledAlias.flags. */
export const F = {
  /** Arabic-script alias: proclitics apply. */
  ARABIC: 1,
  /** Nisba/plural suffixes (ي ية يون يين يان يات …) may follow. */
  NISBA: 2,
  /** This key is a nisba stem (أفغان from أفغانستان, روسي from روسيا): a suffix is required. */
  STEM: 4,
  /** "ال" may precede an alias that lacks it, with or without a suffix (organizations: الطالبان). */
  AL_FREE: 8,
  /** "ال" may precede an alias that lacks it only when a nisba suffix follows (places: الباكستانية). */
  AL_NISBA: 16,
  /** English plural -s means the entity (demonyms: Afghans, Pakistanis). */
  EN_PLURAL: 32,
  CASE: 64,
  RULED: 128,
  /** The key already ends in the nisba ي (روسي): the suffix set is ه ون ين ان ات … */
  ENDS_YA: 256,
  /** An entity's `exclude` phrase: competes like an alias (longest wins), then is dropped from the output. */
  BLOCK: 512,
  /** Entity `nisba: 'marked'`: the bare masculine nisba without ال (طالباني) is refused. */
  MARKED: 1024,
  /** A key derived from an alias (a nisba stem: روسي from روسيا), not the alias itself. */
  DERIVED: 2048,
  /** Its entity's contrary rules apply (a ruled or one-word alias: «البنجاب», not «البنجاب الباكستاني»). */
  CONTRARY: 4096,
} as const;

export interface CompiledAlias {
  entity: number;
  flags: number;
  /** Index into `rules` when RULED. */
  rule: number;
  /** For CASE: the alias's word characters, case kept (compared letter by letter with the page). */
  cased: string;
}

export interface CompiledRule {
  /** Indexes into `words` (qualifiers). */
  qualifiers: number[];
  /** Entity indexes whose unambiguous match nearby confirms: the rule's `nearby` only (never `related`). */
  nearby: number[];
  window: number;
  /** Entity indexes whose unambiguous match anywhere on the page (the text, `seen`, the batch) confirms. */
  page: number[];
}

/** Context that says a name is the other place of that name (Iran's Sistan and Baluchestan, India's Punjab). */
export interface CompiledContrary {
  entity: number;
  /** Indexes into `words`. */
  qualifiers: number[];
  nearby: number[];
  window: number;
}

export interface CompiledProximity {
  entity: number;
  /** Indexes into `words` (triggers). */
  triggers: number[];
  places: number[];
  window: number;
  /** Indexes into `words`, and entity indexes: one of either must stand in the sentence (when any is listed). */
  context: number[];
  contextEntities: number[];
}

export interface CompiledEntity {
  id: string;
  type: EntityType;
}

export interface CompiledV1 extends CompiledGazetteer {
  format: typeof FORMAT;
  entities: CompiledEntity[];
  /** The trie of the folded keys; `items[i]` lists what key i stands for: alias indexes (≥ 0) or ~wordIndex (< 0). */
  trie: CompiledTrie;
  items: number[][];
  aliases: CompiledAlias[];
  /** Folded qualifier and trigger words. */
  words: string[];
  rules: CompiledRule[];
  proximity: CompiledProximity[];
  contrary: CompiledContrary[];
  /**
   * Folded whole words never read as a derived form of an alias (a proclitic or a nisba added to it):
   * «فروسية» (horsemanship) is not ف + روسية. Derived from the clitic audit (scripts/lib/eval-clitics.ts).
   */
  stopWords: string[];
  /** Folded given names: a ruled place alias right after one is the person's surname (توكل كرمان). */
  givenNames: string[];
  /** Problems found while compiling (duplicate keys across entities, empty aliases…). */
  warnings: string[];
}

export function isCompiledV1(c: CompiledGazetteer): c is CompiledV1 {
  return (
    c['format'] === FORMAT && typeof c['trie'] === 'object' && c['trie'] !== null && Array.isArray(c['items'])
  );
}
