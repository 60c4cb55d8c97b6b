// Engine evaluation: precision/recall on the hand-labelled ant-bbc sample (tests/eval/ant-bbc-sample.jsonl)
// and a "common words" audit over the whole ant-bbc archive. Needs the corpus outside the repo:
// $SANAD_CORPUS, else ../shared/corpora/ant-bbc. Not part of `npm test`.
//
//   npx tsx scripts/eval-engine.ts [--entities data/entities.json] [--top 6]
//
// Scoring: a prediction is a true positive when it has the gold mention's entity and overlaps its span
// (one-to-one); exact-span agreement is reported too. See docs/decisions/engine-evaluation.md.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Entity, EntityType } from '../lib/types';
import { foldString } from '../lib/fold';
import { matcherFor, type DetailedMatch } from '../lib/matcher/index';

const REPO = resolve(import.meta.dirname, '..');
const CORPUS = resolve(REPO, process.env.SANAD_CORPUS ?? '../shared/corpora/ant-bbc');

interface Gold {
  entityId: string;
  start: number;
  end: number;
  text: string;
  nisba?: boolean;
}
interface Sample {
  file: string;
  sample: string;
  gold: Gold[];
}
interface Row {
  file: string;
  entityId: string;
  start: number;
  end: number;
  text: string;
  context: string;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const entitiesPath = resolve(REPO, arg('--entities', 'data/entities.json'));
const TOP = Number(arg('--top', '6'));
if (!existsSync(CORPUS)) {
  process.stderr.write(`eval-engine: corpus not found at ${CORPUS} (set SANAD_CORPUS)\n`);
  process.exit(2);
}
const entities = JSON.parse(readFileSync(entitiesPath, 'utf8')) as Entity[];
const typeOf = new Map<string, EntityType>(entities.map((e) => [e.id, e.type]));
const matcher = matcherFor(entities);

const lines = readFileSync(join(REPO, 'tests/eval/ant-bbc-sample.jsonl'), 'utf8').split('\n').filter(Boolean);
const samples = lines
  .map((l) => JSON.parse(l) as Sample | { header: string })
  .filter((s): s is Sample => 'file' in s);

const context = (text: string, s: number, e: number): string =>
  (text.slice(Math.max(0, s - 35), s) + '[' + text.slice(s, e) + ']' + text.slice(e, e + 35)).replace(
    /\s+/g,
    ' ',
  );
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

interface Score {
  tp: number;
  fp: number;
  fn: number;
  exact: number;
}
const blank = (): Score => ({ tp: 0, fp: 0, fn: 0, exact: 0 });

function score(withNisba: boolean) {
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
    const text = readFileSync(join(CORPUS, s.file), 'utf8');
    const preds = matcher.match(text, { seen: new Set() });
    const ignored = withNisba ? [] : s.gold.filter((g) => g.nisba);
    const gold = withNisba ? s.gold : s.gold.filter((g) => !g.nisba);
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
function table(title: string, r: ReturnType<typeof score>): string[] {
  const out = [
    `### ${title}`,
    '',
    '| type | gold | TP | FP | FN | precision | recall | exact spans |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const row = (name: string, s: Score): string =>
    `| ${name} | ${s.tp + s.fn} | ${s.tp} | ${s.fp} | ${s.fn} | ${pct(s.tp / (s.tp + s.fp))} | ${pct(s.tp / (s.tp + s.fn))} | ${s.exact}/${s.tp} |`;
  for (const t of ['person', 'organization', 'place', 'event', 'unknown']) {
    const s = r.byType.get(t);
    if (s) out.push(row(t, s));
  }
  out.push(row('**all**', r.all), '');
  return out;
}

const out: string[] = [
  `## Engine evaluation (${samples.length} labelled ant-bbc articles, gazetteer ${entitiesPath.replace(REPO + '/', '')})`,
  '',
];
const full = score(true);
const names = score(false);
out.push(...table('All gold mentions (names, nisba adjectives and demonyms)', full));
out.push(
  ...table('Names only (nisba/demonym gold mentions left out, and predictions on them ignored)', names),
);
out.push('### False positives', '');
for (const r of full.fps) out.push(`- FP \`${r.entityId}\` «${r.text}» ${r.file}:${r.start} — ${r.context}`);
out.push('', '### False negatives', '');
for (const r of full.fns) out.push(`- FN \`${r.entityId}\` «${r.text}» ${r.file}:${r.start} — ${r.context}`);
out.push('');

// Common-words audit over the whole archive: every match that came from a ruled alias is re-checked here
// with a separate, simple implementation of the rule (words are re-tokenized from the original text).
function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? listFiles(join(dir, n)) : [join(dir, n)]));
}
const CLITIC = /^(?:[وف]?[بكل]?(?:ال)?|[وف]?لل)$/;
const ruledAliases = new Map<string, { q: string[]; nearby: Set<string>; window: number }[]>();
for (const e of entities) {
  for (const a of e.aliases) {
    if (!a.rule) continue;
    const list = ruledAliases.get(e.id) ?? [];
    list.push({
      q: (a.rule.qualifiers ?? []).map((q) => foldString(q)),
      nearby: new Set(a.rule.nearby ?? []),
      window: a.rule.window ?? 6,
    });
    ruledAliases.set(e.id, list);
  }
}
const files = listFiles(CORPUS);
let ruledCount = 0;
let unconfirmed: string[] = [];
const perAlias = new Map<string, Map<string, number>>();
let total = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const ms: DetailedMatch[] = matcher.matchDetailed(text, { seen: new Set() });
  total += ms.length;
  const words = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    f: foldString(m[0]),
  }));
  const wordAt = (pos: number): number => {
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((words[mid]?.start ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const m of ms) {
    const key = foldString(text.slice(m.start, m.end));
    const counts = perAlias.get(m.entityId) ?? new Map<string, number>();
    const label = key + (m.via === 'alias' ? '' : ` (${m.via})`);
    counts.set(label, (counts.get(label) ?? 0) + 1);
    perAlias.set(m.entityId, counts);
    if (m.via !== 'rule') continue;
    ruledCount++;
    const first = wordAt(m.start);
    const last = wordAt(m.end - 1);
    const ok = (ruledAliases.get(m.entityId) ?? []).some((r) => {
      if (ms.some((o) => o.via === 'alias' && o.entityId === m.entityId && o.start < m.start)) return true;
      for (let w = Math.max(0, first - r.window); w <= Math.min(words.length - 1, last + r.window); w++) {
        if (w >= first && w <= last) continue;
        for (const q of r.q) {
          const qw = q.split(' ');
          const seq = words.slice(w, w + qw.length).map((x) => x.f);
          if (seq.length !== qw.length) continue;
          const head = seq[0] ?? '';
          const headOk =
            head.endsWith(qw[0] ?? '') && CLITIC.test(head.slice(0, head.length - (qw[0] ?? '').length));
          if (headOk && seq.slice(1).every((s, i) => s === qw[i + 1])) return true;
        }
      }
      return ms.some((o) => {
        if (o.via !== 'alias' || !r.nearby.has(o.entityId)) return false;
        const d =
          o.end <= m.start ? first - wordAt(o.end - 1) : o.start >= m.end ? wordAt(o.start) - last : 0;
        return d > 0 && d <= r.window;
      });
    });
    if (!ok)
      unconfirmed.push(
        `${file.replace(CORPUS + '/', '')}:${m.start} \`${m.entityId}\` ${context(text, m.start, m.end)}`,
      );
  }
}
out.push(`### Common-words audit: all ${files.length} ant-bbc files`, '');
out.push(
  `${total} matches; ${ruledCount} from ruled aliases; **${unconfirmed.length} of them not confirmed by an independent re-check of their rule** (must be 0).`,
  '',
);
unconfirmed = unconfirmed.slice(0, 50);
for (const u of unconfirmed) out.push(`- ${u}`);
out.push('', `Most matched surface forms per entity (folded; top ${TOP}):`, '');
for (const [id, counts] of [...perAlias].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))) {
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  out.push(`- \`${id}\`: ${top.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
}
process.stdout.write(out.join('\n') + '\n');
