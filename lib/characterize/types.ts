// The characterization contract: what one source says about one entity, item by item, each item with
// its offsets in the source text (UTF-16 indices into Source.text). Computed by lib/characterize once
// per source when it is stored, cached in IndexedDB (data/schema.ts v2), read by the popup, the
// comparison page, the hover card and `npm run compare`. Plain JSON: it crosses messages and IndexedDB.

/** A verbatim span of the source text. `text === source.text.slice(start, end)` always. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Where an item came from: computed by the engine, curated by Sanad's editors, or written by the user. */
export type Origin = 'computed' | 'curated' | 'user';

/** What a claim is about. `fighters` is the size of a group (members, militants, fighters). */
export type ClaimAttribute =
  | 'killed'
  | 'injured'
  | 'fighters'
  | 'attacks'
  | 'arrested'
  | 'displaced'
  | 'money'
  | 'percent'
  | 'date'
  | 'duration';

export type Qualifier = 'exact' | 'about' | 'at-least' | 'more-than' | 'less-than' | 'range';

/** `min`/`max` are numbers for quantities, ISO strings (YYYY, YYYY-MM or YYYY-MM-DD) for dates. */
export type ClaimValue =
  | { attribute: Exclude<ClaimAttribute, 'date'>; min: number; max: number }
  | { attribute: 'date'; min: string; max: string };

/**
 * A quantity or date a source states, found in a sentence, before it is tied to an entity
 * (lib/characterize/claims.ts). `text`/`start`/`end` cover the expression as written («أكثر من 2500
 * مقاتل», "at least 40 people were killed"); the sentence is where it stands.
 */
export type RawClaim = ClaimValue & {
  qualifier: Qualifier;
  /** 'USD', 'PKR', 'EUR', … for money; '%' for percent; 'year' | 'month' | 'day' for durations; else null. */
  unit: string | null;
  text: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** "according to the UN", «وفقًا لأحدث تقديرات الأمم المتحدة»: who the source says the figure is from. */
  attributedTo: Span | null;
  /** «زُعم», «يُعتقد», "reportedly": the source distances itself from the figure. */
  hedge: Span | null;
};

/**
 * A claim tied to an entity: named in its sentence (`mention`), carried over from an earlier one
 * (`reference`), or said of the parent organization in the branch's own region (`branch`: «داعش في
 * باكستان» in a source that also names ISIS-K is the Khorasan branch; the gazetteer says isis-k is
 * part-of islamic-state and located-in Afghanistan and Pakistan).
 */
export type Claim = RawClaim & {
  via: 'mention' | 'reference' | 'branch';
  /** For `reference`: the words that refer back («مقاتليه», "the group") and the entity's last mention. */
  reference?: { cue: Span; antecedent: Span };
  /** For `branch`: the parent entity the sentence names. */
  branchOf?: string;
  /** Places named in the claim's clause ("in Pakistan"): two claims with different places differ in scope. */
  scopePlaces: string[];
  /** The claim's sentence, verbatim (clipped around the figure when long), for the views to quote. */
  sentence?: Span;
};

/** A name the source uses for the entity, as written (clitics removed), with its count. */
export interface NameUse {
  text: string;
  count: number;
}

/** A title, apposition or epithet attached to a mention, taken verbatim from the sentence. */
export interface Descriptor extends Span {
  kind: 'title' | 'apposition' | 'epithet';
}

/** Categories of the frame lexicon (lib/characterize/frame-lexicon.ts documents each word). */
export type FrameCategory =
  | 'safe-haven'
  | 'double-game'
  | 'terrorist'
  | 'cooperation'
  | 'support'
  | 'denial'
  | 'accusation'
  | 'threat'
  | 'claimed'
  | 'confirmed';

/** A frame word near a mention, with the sentence it stands in as its evidence. */
export interface FrameCue extends Span {
  category: FrameCategory;
  sentence: Span;
}

export interface Salience {
  mentions: number;
  inTitle: boolean;
  /** Named in the first paragraph (or the first two sentences when the text has no paragraphs). */
  inLead: boolean;
  /** Share of the source's paragraphs that name it, 0–1. */
  paragraphShare: number;
}

/** Everything computed about one (entity, source) pair. Stored as one row. */
export interface Characterization {
  entityId: string;
  sourceId: string;
  names: NameUse[];
  descriptors: Descriptor[];
  claims: Claim[];
  frames: FrameCue[];
  salience: Salience;
  /** 1–3 verbatim sentences that best show how the source speaks of the entity. */
  quotes: Span[];
}

/** The fixed stance vocabulary (defined in data/README.md). */
export type StanceLabel = 'hostile' | 'critical' | 'neutral' | 'sympathetic' | 'supportive';

export const STANCE_LABELS: readonly StanceLabel[] = [
  'hostile',
  'critical',
  'neutral',
  'sympathetic',
  'supportive',
];

export interface Stance {
  label: StanceLabel;
  origin: Exclude<Origin, 'computed'>;
  /** The passages the label rests on. */
  evidence: Span[];
}

export interface Summary {
  en: string;
  ar: string;
  origin: Origin;
}

/** One sentence of a curated summary, in both languages, with the passages it rests on. */
export interface CuratedPoint {
  en: string;
  ar: string;
  quotes: Span[];
}

/** Sanad's editors' reading of how one shipped source portrays one entity (data/notes/). */
export interface CuratedNote {
  entityId: string;
  sourceId: string;
  stance: StanceLabel;
  points: CuratedPoint[];
}

/** The user's own note on an (entity, source) pair, stored in the `notes` table. */
export interface UserNote {
  entityId: string;
  sourceId: string;
  stance: StanceLabel | null;
  text: string;
  /** The passage of the source the note points at, selected in the reader. */
  passage: Span | null;
  createdAt: number;
  updatedAt: number;
}

export type Verdict = 'differs' | 'agrees' | 'update' | 'different-scope';

/** One source's side of a comparison. */
export interface ComparedClaim {
  sourceId: string;
  entityId: string;
  claim: Claim;
  /** The source's date (ISO), when it has one. */
  date: string | null;
}

/** For an entity and an attribute: the claims of every source, lined up, and what they amount to. */
export interface Comparison {
  entityId: string;
  attribute: ClaimAttribute;
  verdict: Verdict;
  /** Why these claims are one story: the same event entity, sources dated within a few days, or a lasting attribute of the entity. */
  story:
    { kind: 'event'; eventId: string } | { kind: 'dates'; from: string; to: string } | { kind: 'entity' };
  /** In time order for `update`, else by source. */
  claims: ComparedClaim[];
}
