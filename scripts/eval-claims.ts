// Precision of the claims engine on the hand-labelled sample tests/eval/claims-sample.jsonl (BBC Arabic,
// ../shared/corpora/ant-bbc). Method, labelling rules and figures: docs/decisions/claims-evaluation.md.
//
//   npm run eval:claims                       score the current engine against the labels
//   npm run eval:claims -- --as-drawn         score the claims as they were when drawn (the "before" figures)
//   npx tsx --import ./scripts/lib/raw-import.mjs scripts/eval-claims.ts sample <compare.json> [--n 130] [--seed 7]
//                                             draw a new sample from a `npm run compare` output (unlabelled)
//   --sample <file.jsonl>                     (both) another sample file than tests/eval/claims-sample.jsonl
//   --exclude <file.jsonl>                    (sample) draw from no file that this labelled sample holds, so a
//                                             fresh sample stays unseen by whoever tuned on the first
//
// Scoring re-runs the engine on the sampled files only, so it reflects the code as it is now. A labelled
// claim is found again by file, entity and overlapping span; one the engine no longer gives is counted
// as dropped (and whether it was right), not as an error.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Entity } from '../lib/types';
import { matcherFor } from '../lib/matcher/index';
import { characterizeSource } from '../lib/characterize/index';
import type { Claim } from '../lib/characterize/types';
import { readSource } from './lib/source-files';
import { draw, scoreClaim, type SampledClaim, type SampleItem, type Scored } from './lib/claims-sample';
import type { ClaimRecord, EntityRow } from './lib/compare-records';

const REPO = resolve(import.meta.dirname, '..');
const CORPUS = resolve(REPO, process.env.SANAD_CORPUS ?? '../shared/corpora/ant-bbc');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const SAMPLE = resolve(REPO, arg('--sample', 'tests/eval/claims-sample.jsonl'));

const readItems = (path: string): SampleItem[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SampleItem | { header: string })
    .filter((l): l is SampleItem => !('header' in l));

const sampled = (c: ClaimRecord | Claim): SampledClaim => ({
  attribute: c.attribute,
  min: c.min,
  max: c.max,
  qualifier: c.qualifier,
  unit: c.unit,
  text: c.text,
  start: c.start,
  end: c.end,
  attributedTo: c.attributedTo?.text ?? null,
  via: c.via,
});

async function drawSample(outputPath: string): Promise<void> {
  if (existsSync(SAMPLE) && !process.argv.includes('--force')) {
    process.stderr.write(`eval-claims: ${SAMPLE} exists (it holds labels); --force to draw anew\n`);
    process.exit(2);
  }
  const out = JSON.parse(readFileSync(outputPath, 'utf8')) as {
    entities: { id: string; sources: EntityRow[] }[];
  };
  const excludePath = arg('--exclude', '');
  const excluded = new Set(excludePath ? readItems(resolve(REPO, excludePath)).map((i) => i.file) : []);
  const pool: { file: string; source: string; entityId: string; claim: ClaimRecord }[] = [];
  let total = 0;
  for (const e of out.entities)
    for (const row of e.sources)
      for (const claim of row.claims) {
        total++;
        const file = relative(CORPUS, resolve(REPO, row.source));
        if (!excluded.has(file)) pool.push({ file, source: row.source, entityId: e.id, claim });
      }
  const n = Number(arg('--n', '130'));
  const seed = Number(arg('--seed', '7'));
  const picked = draw(pool, n, seed).sort((a, b) => a.claim.attribute.localeCompare(b.claim.attribute));
  const lines: string[] = [
    JSON.stringify({
      header:
        `${picked.length} claims drawn (seed ${seed}) from ${pool.length} in ${outputPath}` +
        (excluded.size
          ? ` (${total} in all, less those of the ${excluded.size} files of ${excludePath})`
          : '') +
        '; labels: docs/decisions/claims-evaluation.md',
    }),
  ];
  let k = 0;
  for (const p of picked) {
    const { text } = await readSource(resolve(REPO, p.source));
    const item: SampleItem = {
      id: `c${String(++k).padStart(3, '0')}`,
      file: p.file,
      entityId: p.entityId,
      claim: sampled(p.claim),
      sentence: text.slice(p.claim.sentenceStart, p.claim.sentenceEnd),
      gold: null,
    };
    lines.push(JSON.stringify(item));
  }
  writeFileSync(SAMPLE, lines.join('\n') + '\n');
  process.stderr.write(
    `eval-claims: ${picked.length} claims from ${pool.length} (seed ${seed}) → ${SAMPLE}\n`,
  );
}

interface Tally {
  n: number;
  value: number;
  entity: number;
  attributedTo: number;
  all: number;
}
const tally = (): Tally => ({ n: 0, value: 0, entity: 0, attributedTo: 0, all: 0 });
function add(t: Tally, s: Scored): void {
  t.n++;
  if (s.value) t.value++;
  if (s.entity) t.entity++;
  if (s.attributedTo) t.attributedTo++;
  if (s.value && s.entity && s.attributedTo) t.all++;
}
const pct = (a: number, n: number): string => (n ? `${((100 * a) / n).toFixed(1)}% (${a}/${n})` : '–');

async function score(): Promise<void> {
  if (!existsSync(CORPUS)) {
    process.stderr.write(`eval-claims: corpus not found at ${CORPUS} (set SANAD_CORPUS)\n`);
    process.exit(2);
  }
  const items = readItems(SAMPLE);
  const unlabelled = items.filter((i) => !i.gold).length;
  if (unlabelled)
    process.stderr.write(`eval-claims: ${unlabelled} item(s) have no label yet; they are left out\n`);
  const list = JSON.parse(readFileSync(join(REPO, 'data/entities.json'), 'utf8')) as Entity[];
  const entities = new Map(list.map((e) => [e.id, e]));
  const matcher = matcherFor(list);
  const claimsOf = new Map<string, Map<string, Claim[]>>();
  // --as-drawn scores the claims as the engine gave them when the sample was drawn (the "before" figures).
  const asDrawn = process.argv.includes('--as-drawn');
  for (const file of asDrawn ? [] : new Set(items.map((i) => i.file))) {
    const src = await readSource(join(CORPUS, file));
    const lang = src.lang.split('-')[0] ?? src.lang;
    const found = characterizeSource({ id: file, title: src.title, text: src.text, lang }, matcher, entities);
    claimsOf.set(file, new Map(found.map((c) => [c.entityId, c.claims])));
  }
  const byAttribute = new Map<string, Tally>();
  const overall = tally();
  const errors: string[] = [];
  let dropped = 0;
  let droppedWrong = 0;
  for (const item of items) {
    const gold = item.gold;
    if (!gold) continue;
    const found = claimsOf
      .get(item.file)
      ?.get(item.entityId)
      ?.find((c) => c.start < item.claim.end && item.claim.start < c.end);
    const now = asDrawn ? item.claim : found && sampled(found);
    if (!now) {
      dropped++;
      if (!(scoreClaim(item.claim, gold).value && gold.entity)) droppedWrong++;
      continue;
    }
    const s = scoreClaim(now, gold);
    const t = byAttribute.get(now.attribute) ?? tally();
    add(t, s);
    byAttribute.set(now.attribute, t);
    add(overall, s);
    if (!(s.value && s.entity && s.attributedTo)) {
      const what = [!s.value && 'value', !s.entity && 'entity', !s.attributedTo && 'attributedTo'].filter(
        Boolean,
      );
      errors.push(
        `| ${item.id} | ${item.entityId} | ${now.attribute} ${now.qualifier} ${now.min}–${now.max}${now.unit ? ` ${now.unit}` : ''}` +
          ` «${now.text}»${now.attributedTo ? ` ← «${now.attributedTo}»` : ''} | ${what.join(', ')} | ${gold.note} |`,
      );
    }
  }
  const lines = [
    `Claims precision on ${overall.n} labelled claims (${items.length} in the sample; ${dropped} no longer given, ${droppedWrong} of them wrong before)`,
    '',
    '| attribute | n | value correct | entity correct | attributedTo correct | all three |',
    '|---|---|---|---|---|---|',
  ];
  for (const [a, t] of [...byAttribute].sort((x, y) => x[0].localeCompare(y[0])))
    lines.push(
      `| ${a} | ${t.n} | ${pct(t.value, t.n)} | ${pct(t.entity, t.n)} | ${pct(t.attributedTo, t.n)} | ${pct(t.all, t.n)} |`,
    );
  const o = overall;
  lines.push(
    `| **all** | ${o.n} | ${pct(o.value, o.n)} | ${pct(o.entity, o.n)} | ${pct(o.attributedTo, o.n)} | ${pct(o.all, o.n)} |`,
  );
  lines.push(
    '',
    `Errors (${errors.length})`,
    '',
    '| id | entity | engine says | wrong | label note |',
    '|---|---|---|---|---|',
    ...errors,
  );
  process.stdout.write(lines.join('\n') + '\n');
}

if (process.argv[2] === 'sample') {
  const path = process.argv[3];
  if (!path) {
    process.stderr.write(
      'usage: eval-claims.ts sample <compare output .json> [--n 130] [--seed 7] [--sample <out.jsonl>] [--exclude <labelled.jsonl>] [--force]\n',
    );
    process.exit(2);
  }
  await drawSample(path);
} else await score();
