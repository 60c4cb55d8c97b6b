// Scoring for scripts/eval-engine.ts: a labelled sample against the matcher's output, per entity type.
// A prediction is a true positive when it has the gold mention's entity and overlaps its span
// (one-to-one); exact-span agreement is counted too. See docs/decisions/engine-evaluation.md.

import type { EntityType } from '../../lib/types';
import type { Match } from '../../lib/matcher/types';

export interface Gold {
  entityId: string;
  start: number;
  end: number;
  text: string;
  /** A nisba adjective or demonym (الباكستانية، Afghan): a mention, left out of the names-only score. */
  nisba?: boolean;
}

export interface Sample {
  file: string;
  gold: Gold[];
  /** Spans not scored (words the HTML text extraction ran together). */
  ignore?: { start: number; end: number }[];
}

export interface Row {
  file: string;
  entityId: string;
  start: number;
  end: number;
  text: string;
  context: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  exact: number;
}

export interface Scored {
  byType: Map<string, Score>;
  all: Score;
  fps: Row[];
  fns: Row[];
}

export const blank = (): Score => ({ tp: 0, fp: 0, fn: 0, exact: 0 });

export const context = (text: string, s: number, e: number): string =>
  (text.slice(Math.max(0, s - 35), s) + '[' + text.slice(s, e) + ']' + text.slice(e, e + 35)).replace(
    /\s+/g,
    ' ',
  );

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export interface ScoreOptions {
  /** Score nisba gold mentions too (else they are left out and predictions on them ignored). */
  withNisba: boolean;
  /** Only predictions of these entity types count (the event sample scores events only). */
  types?: readonly EntityType[];
}

export function score(
  samples: readonly Sample[],
  textOf: (file: string) => string,
  predict: (text: string) => Match[],
  typeOf: ReadonlyMap<string, EntityType>,
  opts: ScoreOptions,
): Scored {
  const byType = new Map<string, Score>();
  const all = blank();
  const fps: Row[] = [];
  const fns: Row[] = [];
  const bump = (id: string, k: keyof Score): void => {
    const t = typeOf.get(id) ?? 'unknown';
    const s = byType.get(t) ?? blank();
    s[k]++;
    all[k]++;
    byType.set(t, s);
  };
  for (const s of samples) {
    const text = textOf(s.file);
    const preds = predict(text).filter(
      (p) => !opts.types || opts.types.includes(typeOf.get(p.entityId) ?? 'place'),
    );
    const ignored = [...(s.ignore ?? []), ...(opts.withNisba ? [] : s.gold.filter((g) => g.nisba))];
    const gold = opts.withNisba ? s.gold : s.gold.filter((g) => !g.nisba);
    const used = new Set<number>();
    for (const g of gold) {
      const i = preds.findIndex((p, k) => !used.has(k) && p.entityId === g.entityId && overlaps(p, g));
      if (i >= 0) {
        used.add(i);
        bump(g.entityId, 'tp');
        const p = preds[i];
        if (p && p.start === g.start && p.end === g.end) bump(g.entityId, 'exact');
      } else {
        bump(g.entityId, 'fn');
        fns.push({ file: s.file, ...g, context: context(text, g.start, g.end) });
      }
    }
    preds.forEach((p, k) => {
      if (used.has(k) || ignored.some((g) => overlaps(g, p))) return;
      bump(p.entityId, 'fp');
      fps.push({
        file: s.file,
        ...p,
        text: text.slice(p.start, p.end),
        context: context(text, p.start, p.end),
      });
    });
  }
  return { byType, all, fps, fns };
}

const pct = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '—');
export const row = (name: string, s: Score): string =>
  `| ${name} | ${s.tp + s.fn} | ${s.tp} | ${s.fp} | ${s.fn} | ${pct(s.tp / (s.tp + s.fp))} | ${pct(s.tp / (s.tp + s.fn))} | ${s.exact}/${s.tp} |`;
export const HEAD = [
  '| set | gold | TP | FP | FN | precision | recall | exact spans |',
  '|---|---|---|---|---|---|---|---|',
];

export function sum(...xs: Score[]): Score {
  const out = blank();
  for (const x of xs) for (const k of ['tp', 'fp', 'fn', 'exact'] as const) out[k] += x[k];
  return out;
}

/** One table: a row per entity type, then the total. */
export function table(title: string, r: Scored): string[] {
  const out = [`### ${title}`, '', ...HEAD];
  for (const t of ['person', 'organization', 'place', 'event', 'unknown']) {
    const s = r.byType.get(t);
    if (s) out.push(row(t, s));
  }
  out.push(row('**all**', r.all), '');
  return out;
}

export function errors(r: Scored): string[] {
  return [
    ...r.fps.map((x) => `- FP \`${x.entityId}\` «${x.text}» ${x.file}:${x.start} — ${x.context}`),
    ...r.fns.map((x) => `- FN \`${x.entityId}\` «${x.text}» ${x.file}:${x.start} — ${x.context}`),
  ];
}
