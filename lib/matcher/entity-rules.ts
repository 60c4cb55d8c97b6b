// What the engine reads of an entity beyond lib/types.ts's Entity: two precision rules of issue 9. They
// belong in lib/types.ts and the entity schema (lib/import/schema-entity.ts, strict: it refuses unknown
// fields); until their owners add them, compile.ts reads them through this wider type, which every Entity
// is assignable to, and the shipped ones come from context-rules.ts.

import type { Alias, AliasRule, Entity } from '../types';

export interface PageAliasRule extends AliasRule {
  /**
   * Entities whose unambiguous mention anywhere on the page (the same text at any distance, the
   * page's `seen`, another text of the batch) confirms the alias: «a hospital in Bhakkar district of
   * Punjab» on a page that names Lahore or Pakistan elsewhere. Weaker than `nearby`: a contrary
   * context beats it.
   */
  page?: string[];
}

/**
 * Context that says this name is the other place of the same name, across a border: «سيستان» before
 * «بلوشستان» (Iran's Sistan and Baluchestan), India or an Indian city next to «البنجاب». Within
 * `window` words (default 2) of a ruled or one-word alias, it refuses the match — unless a positive
 * of the alias's own rule (a `nearby` entity or a qualifier) stands strictly closer.
 */
export interface ContraryRule {
  qualifiers?: string[];
  nearby?: string[];
  window?: number;
}

export interface EngineAlias extends Alias {
  rule?: PageAliasRule;
}

export interface EngineEntity extends Entity {
  aliases: EngineAlias[];
  contrary?: ContraryRule[];
}
