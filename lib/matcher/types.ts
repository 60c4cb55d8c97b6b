// The contract between the engine (lib/matcher) and everything that uses it: the background (which
// compiles the gazetteer once, stores the compiled form, builds the matcher from it and matches the
// runs content scripts send it: page/match), the CLI and the bench. Since issue 9 no page holds the
// engine (docs/decisions/content-cost.md).

/** A match in a text. Offsets are UTF-16 indices into the text given to `match`; [start, end) covers whole words as written. */
export interface Match {
  entityId: string;
  start: number;
  end: number;
  /** How it was found: a plain alias, an alias confirmed by its rule, or an event's proximity rule. */
  via: 'alias' | 'rule' | 'proximity';
  /**
   * Events only: the entities named inside this match's span (burhan-zaid in "مقتل برهان زيد", moscow in
   * "هجوم موسكو"), with their own offsets. They are not separate matches (the mark is the event's), but
   * they are mentioned: findMentions stores them, and they count as seen for later rules.
   */
  inner?: { entityId: string; start: number; end: number }[];
}

/**
 * State carried across the texts of one document (the blocks of a page, in document order), so that
 * "the full name appeared earlier" works across paragraphs. `match` reads and updates it.
 */
export interface MatchContext {
  /** Entities already named by an unambiguous alias earlier in the document. */
  seen: Set<string>;
}

/** JSON-serializable compiled gazetteer: built once in the background and cached in the database. */
export interface CompiledGazetteer {
  /** Changes whenever the entities or the engine's compiled format change. */
  version: string;
  /** Opaque to callers. */
  [key: string]: unknown;
}

export interface Matcher {
  /** All matches, leftmost-longest, non-overlapping, sorted by start. */
  match(text: string, context?: MatchContext): Match[];
}
