// The labelled claims sample (tests/eval/claims-sample.jsonl) for scripts/eval-claims.ts: its record
// type, the seeded stratified draw from a `npm run compare` output, and the scoring of one claim
// against its label. Method and labelling rules: docs/decisions/claims-evaluation.md.
import type { ClaimAttribute, Qualifier } from '../../lib/characterize/types';

/** What the engine said, as it was when the sample was drawn. */
export interface SampledClaim {
  attribute: ClaimAttribute;
  min: number | string;
  max: number | string;
  qualifier: Qualifier;
  unit: string | null;
  text: string;
  start: number;
  end: number;
  attributedTo: string | null;
  via: string;
}

/** The labeller's reading of the sentence: what is true, written from the Arabic text. */
export interface Gold {
  /** False when the expression is no claim of any attribute (a page number, a score, a misread). */
  isClaim: boolean;
  attribute: ClaimAttribute | null;
  min: number | string | null;
  max: number | string | null;
  qualifier: Qualifier | null;
  unit: string | null;
  /**
   * For a vague count (عشرات "tens", مئات "hundreds", آلاف "thousands", بضعة): its unit (10, 100, 1000).
   * Such a value is right when it starts at 2–3 units and stays below 10 (or is open above), whatever
   * exact bounds the engine chose: the text gives none.
   */
  vague?: number;
  /** Is the figure about this entity (the group's fighters, the event's toll, the country's money)? */
  entity: boolean;
  /** The words naming who the figure is from, as the sentence says them; null when it says no one. */
  attributedTo: string | null;
  note: string;
}

export interface SampleItem {
  id: string;
  /** Path relative to the corpus root ($SANAD_CORPUS, else ../shared/corpora/ant-bbc). */
  file: string;
  entityId: string;
  claim: SampledClaim;
  sentence: string;
  gold: Gold | null;
}

/** mulberry32: a small seeded generator, so the same seed draws the same sample on any machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/**
 * `n` items, stratified by attribute: an equal share per attribute (all of a rarer one), the rest
 * from the pool at random; at most `perFile` items from one file, one per claim span.
 */
export function draw<T extends { file: string; claim: { attribute: string; start: number } }>(
  pool: readonly T[],
  n: number,
  seed: number,
  perFile = 2,
): T[] {
  const random = seeded(seed);
  const byAttribute = new Map<string, T[]>();
  for (const item of shuffle([...pool], random)) {
    const list = byAttribute.get(item.claim.attribute) ?? [];
    list.push(item);
    byAttribute.set(item.claim.attribute, list);
  }
  const taken: T[] = [];
  const fileCount = new Map<string, number>();
  const spans = new Set<string>();
  const take = (item: T): boolean => {
    const span = `${item.file}:${item.claim.start}`;
    if ((fileCount.get(item.file) ?? 0) >= perFile || spans.has(span)) return false;
    fileCount.set(item.file, (fileCount.get(item.file) ?? 0) + 1);
    spans.add(span);
    taken.push(item);
    return true;
  };
  const share = Math.ceil(n / Math.max(1, byAttribute.size));
  const attributes = [...byAttribute.keys()].sort();
  for (const a of attributes) {
    let got = 0;
    for (const item of byAttribute.get(a) ?? []) if (got < share && take(item)) got++;
  }
  const rest = shuffle(
    pool.filter((p) => !taken.includes(p)),
    random,
  );
  for (const item of rest) if (taken.length < n) take(item);
  return taken;
}

export interface Scored {
  value: boolean;
  entity: boolean;
  attributedTo: boolean;
}

const fold = (s: string | null): string => (s ?? '').replace(/[\u064B-\u0652\u0640]/g, '').trim();

function vagueOk(now: SampledClaim, unit: number): boolean {
  const min = Number(now.min);
  const max = Number(now.max);
  const open = now.qualifier === 'at-least' || now.qualifier === 'more-than';
  return min >= 2 * unit && min <= 3 * unit && (open || (max >= min && max < 10 * unit));
}

/** One claim as the engine gives it now, against the label. */
export function scoreClaim(now: SampledClaim, gold: Gold): Scored {
  const sameKind =
    gold.isClaim && now.attribute === gold.attribute && (now.unit ?? null) === (gold.unit ?? null);
  const value =
    sameKind &&
    (gold.vague
      ? vagueOk(now, gold.vague)
      : String(now.min) === String(gold.min) &&
        String(now.max) === String(gold.max) &&
        now.qualifier === gold.qualifier);
  const said = fold(now.attributedTo);
  const truth = fold(gold.attributedTo);
  // The engine's span may include the preposition («بحسب», «وفقًا لـ»): it must contain the source named,
  // whose article may have merged into a proclitic (للمرصد = ل + المرصد).
  const attributedTo = truth ? said.includes(truth.replace(/^ال/, '')) : !said;
  return { value, entity: gold.isClaim && gold.entity, attributedTo };
}
