// Engine part of `npm run bench`: throughput over the whole ant-bbc archive, build and match time as the
// gazetteer grows from 100 to 50k aliases, and two regex baselines on the same text, in one run.
// Prints Markdown. Corpus: $SANAD_CORPUS, else ../shared/corpora/ant-bbc next to the repo.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Entity } from '../lib/types';
import { fold, foldString } from '../lib/fold';
import { decodeFoldTables } from '../lib/fold-tables';
import { buildFoldTables } from '../lib/fold-tables-build';
import { compileGazetteer, createMatcher } from '../lib/matcher/index';
import { TEST_ENTITIES } from '../lib/matcher/test-entities';

const REPO = resolve(import.meta.dirname, '..');
const CORPUS = resolve(REPO, process.env.SANAD_CORPUS ?? '../shared/corpora/ant-bbc');
const SIZES = [100, 1_000, 10_000, 50_000];
const RUNS = 5;
/** Per-alias regexes are measured on this many aliases and extrapolated linearly beyond. */
const PER_ALIAS_MEASURED = 100;
/** The combined regex is measured on a prefix of the text when the full text would take too long. */
const COMBINED_BUDGET_MS = 20_000;

const notes: string[] = [];

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

function loadTexts(): { texts: string[]; label: string } {
  if (existsSync(CORPUS)) {
    const files = listFiles(CORPUS);
    return { texts: files.map((f) => readFileSync(f, 'utf8')), label: `ant-bbc, ${files.length} files` };
  }
  notes.push(
    `**Corpus not found at ${CORPUS}** (set SANAD_CORPUS): measured on the seed articles in data/seeds instead.`,
  );
  const dir = join(REPO, 'data/seeds');
  const files = existsSync(dir) ? listFiles(dir).filter((f) => /\.txt$/.test(f)) : [];
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  if (!texts.length)
    texts.push('وتسعى باكستان وأفغانستان إلى مواجهة داعش خراسان. Pakistan and ISIS-K. '.repeat(2000));
  return { texts: Array.from({ length: 50 }, () => texts).flat(), label: 'seed articles ×50 (fallback)' };
}

function loadEntities(): { entities: Entity[]; label: string } {
  const p = join(REPO, 'data/entities.json');
  if (existsSync(p)) {
    const entities = JSON.parse(readFileSync(p, 'utf8')) as Entity[];
    return { entities, label: `data/entities.json (${entities.length} entities)` };
  }
  notes.push('data/entities.json not found: the real gazetteer is the engine tests\u2019 small one.');
  return { entities: TEST_ENTITIES, label: 'lib/matcher/test-entities.ts' };
}

/** Mulberry32: the same synthetic aliases on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Synthetic aliases look like a user's own gazetteer: multi-word proper names (2–3 names of 2–3
// syllables, "Kavelo Dumari", "كاروني زيتالو"), not random letter strings. Random 3–8-letter strings
// coincide with real words (مثل، قال، bank) and turn the bench into a measure of extra output; a real
// gazetteer's names mostly do not occur in a given text. The table prints how many matches the synthetic
// aliases themselves produce, so this stays checked.
const LA_C = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'sh', 'kh'];
const LA_V = ['a', 'e', 'i', 'o', 'u'];
const AR_C = [...'بتجدرزسشطفقكلمنهخغ'];
const AR_V = ['ا', 'و', 'ي', ''];

function syntheticEntities(count: number, rand: () => number): Entity[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const name = (ar: boolean): string => {
    const syllables = 2 + Math.floor(rand() * 2);
    let w = '';
    for (let i = 0; i < syllables; i++) w += ar ? pick(AR_C) + pick(AR_V) : pick(LA_C) + pick(LA_V);
    // Arabic names end on a letter, Latin ones get a closing consonant half the time: Kavelon, Dumar.
    if (!ar && rand() < 0.5) w += pick(['n', 'r', 's', 'l', 'v']);
    return ar ? w : (w[0] ?? '').toUpperCase() + w.slice(1);
  };
  const types = ['person', 'organization', 'place'] as const;
  const out: Entity[] = [];
  for (let i = 0; i < count; i++) {
    const ar = rand() < 0.6;
    const words = 2 + Math.floor(rand() * 2);
    const text = Array.from({ length: words }, () => name(ar)).join(' ');
    out.push({
      id: `synthetic-${i}`,
      type: types[i % 3] ?? 'person',
      names: { en: text, ar: text },
      description: { en: '', ar: '' },
      aliases: [{ text, lang: ar ? 'ar' : 'en' }],
    });
  }
  return out;
}

/** The first `n` aliases of the real gazetteer (whole entities), filled up with synthetic ones. */
function gazetteerOf(real: Entity[], n: number): Entity[] {
  const out: Entity[] = [];
  let count = 0;
  for (const e of real) {
    if (count >= n) break;
    const aliases = e.aliases.slice(0, n - count);
    out.push({ ...e, aliases });
    count += aliases.length;
  }
  return [...out, ...syntheticEntities(n - count, prng(42))];
}

/** The same 100 real aliases at every size, filled up with synthetic ones: the output stays the same. */
function fixedRealGazetteerOf(real: Entity[], n: number): Entity[] {
  return [...gazetteerOf(real, SIZES[0] ?? 100), ...syntheticEntities(n - (SIZES[0] ?? 100), prng(7))];
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * CPU time of this process in ms (user + system): on a shared machine wall time also counts the time
 * other processes hold the CPU, which says nothing about the engine.
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function time(fn: () => void, runs = RUNS): number {
  const ts: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = cpuMs();
    fn();
    ts.push(cpuMs() - t);
  }
  return median(ts);
}

const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function main(): void {
  const { texts, label } = loadTexts();
  const { entities, label: gLabel } = loadEntities();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const mb = bytes / 1e6;

  // Throughput with the real gazetteer.
  const compiled = compileGazetteer(entities);
  const aliasCount = entities.reduce((n, e) => n + e.aliases.length, 0);
  const json = JSON.stringify(compiled);
  const createMs = time(() => createMatcher(JSON.parse(json) as typeof compiled), 5);
  const matcher = createMatcher(compiled);
  let matches = 0;
  const foldMs = time(() => {
    for (const t of texts) fold(t);
  });
  const matchMs = time(() => {
    matches = 0;
    for (const t of texts) matches += matcher.match(t, { seen: new Set() }).length;
  });

  const lines: string[] = [];
  lines.push('## Engine (Node ' + process.version + ')', '');
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  lines.push(
    `Text: ${label}, ${mb.toFixed(1)} MB UTF-8. Gazetteer: ${gLabel}, ${aliasCount} aliases. ` +
      `Times are CPU time of the process, median of ${RUNS} runs. Load average at start: ${load} on ${cpus().length} CPUs.`,
    '',
  );
  lines.push('| measure | value |', '|---|---|');
  lines.push(
    `| fold + match, all texts | ${fmt(matchMs)} ms — **${(mb / (matchMs / 1000)).toFixed(1)} MB/s** (target ≥ 30) |`,
  );
  lines.push(`| fold only | ${fmt(foldMs)} ms — ${(mb / (foldMs / 1000)).toFixed(0)} MB/s |`);
  lines.push(`| matches found | ${matches} |`);
  lines.push(`| compiled gazetteer (JSON) | ${(json.length / 1024).toFixed(1)} KB |`);
  lines.push(`| createMatcher from JSON (content-script cost) | ${fmt(createMs)} ms |`);
  const buildTablesMs = time(() => buildFoldTables());
  const decodeTablesMs = time(() => decodeFoldTables());
  lines.push(
    `| fold tables at load: decoded runs (what every frame pays) vs built from Unicode properties | ${fmt(decodeTablesMs)} ms vs ${fmt(buildTablesMs)} ms |`,
    '',
  );

  // Scaling and baselines on the same text.
  const folded = texts.map((t) => foldString(t));
  lines.push(
    `### Alias scaling (same ${mb.toFixed(1)} MB; first aliases real, the rest synthetic multi-word proper names from a seeded syllable generator, 60% Arabic script, 40% Latin; median of ${RUNS} interleaved rounds)`,
    '',
  );
  lines.push(
    '| aliases | matches found | of them synthetic | build ms (compile + createMatcher) | match ms (fold + match) | ratio vs 100 | ratio vs 1,000 (same matches) | combined regex ms | one regex per alias ms |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|');
  let perAliasMsEach = 0;
  // Build every size first, then time them in interleaved rounds: on a shared machine the load changes
  // during a run, and interleaving spreads it over all sizes instead of penalising one.
  const built = SIZES.map((n) => {
    const es = gazetteerOf(entities, n);
    let m = createMatcher(compileGazetteer(es));
    const buildMs = time(() => {
      m = createMatcher(compileGazetteer(es));
    });
    let found = 0;
    let synthetic = 0;
    for (const t of texts) {
      for (const x of m.match(t, { seen: new Set() })) {
        found++;
        if (x.entityId.startsWith('synthetic-')) synthetic++;
      }
    }
    return { n, es, m, buildMs, found, synthetic, runs: [] as number[] };
  });
  // The second series keeps the same 100 real aliases at every size: what grows is only the lookup.
  const fixed = SIZES.map((n) => {
    const m = createMatcher(compileGazetteer(fixedRealGazetteerOf(entities, n)));
    let found = 0;
    for (const t of texts) found += m.match(t, { seen: new Set() }).length;
    return { n, m, found, runs: [] as number[] };
  });
  for (let r = 0; r < RUNS; r++) {
    for (const b of [...built, ...fixed]) {
      const t0 = cpuMs();
      for (const t of texts) b.m.match(t, { seen: new Set() });
      b.runs.push(cpuMs() - t0);
    }
  }
  const base = median(built[0]?.runs ?? []);
  // 100 aliases find fewer real matches than the full gazetteer (1,000 and up): vs 1,000 isolates lookup cost.
  const base1k = median(built[1]?.runs ?? []);
  for (const { n, es, buildMs, found, synthetic, runs } of built) {
    const ms = median(runs);
    const keys = [
      ...new Set(es.flatMap((e) => e.aliases.map((a) => foldString(a.text).trim())).filter(Boolean)),
    ];
    keys.sort((a, b) => b.length - a.length);
    const B = '[\\p{L}\\p{M}\\p{N}]';
    // Combined regex over the folded text (folding itself excluded: this is the matching core only).
    const combined = new RegExp(`(?<!${B})(?:${keys.map(escapeRe).join('|')})(?!${B})`, 'gu');
    let combinedCell: string;
    const probe = folded.slice(0, Math.max(1, Math.floor(folded.length / 50)));
    const tProbe = time(() => {
      for (const t of probe) for (const _ of t.matchAll(combined)) void _;
    }, 1);
    const estimate = (tProbe * folded.length) / probe.length;
    if (estimate <= COMBINED_BUDGET_MS) {
      const t = time(() => {
        for (const f of folded) for (const _ of f.matchAll(combined)) void _;
      }, 1);
      combinedCell = fmt(t);
    } else combinedCell = `~${fmt(estimate)} (extrapolated from ${probe.length} files)`;
    let perAliasCell: string;
    if (n <= PER_ALIAS_MEASURED) {
      const res = keys.map((k) => new RegExp(`(?<!${B})${escapeRe(k)}(?!${B})`, 'gu'));
      const t = time(() => {
        for (const re of res) for (const f of folded) for (const _ of f.matchAll(re)) void _;
      }, 1);
      perAliasMsEach = t / keys.length;
      perAliasCell = fmt(t);
    } else
      perAliasCell = `~${fmt(perAliasMsEach * keys.length)} (extrapolated: ${fmt(perAliasMsEach)} ms/alias × ${keys.length})`;
    lines.push(
      `| ${n.toLocaleString('en')} | ${found} | ${synthetic} | ${fmt(buildMs)} | ${fmt(ms)} | ${(ms / base).toFixed(2)}× | ${(ms / base1k).toFixed(2)}× | ${combinedCell} | ${perAliasCell} |`,
    );
  }
  lines.push('');
  lines.push(
    `Per-alias regexes were run for ${PER_ALIAS_MEASURED} aliases and extrapolated linearly for more (each is one full scan of the text). ` +
      `The combined regex is run on the whole text when a probe on 1/50 of the files predicts ≤ ${COMBINED_BUDGET_MS / 1000} s, else extrapolated from the probe. ` +
      'Regex baselines match the folded text, without proclitics, suffixes or rules, so they do less work than the engine. ' +
      'Synthetic aliases are 2–3-word names of 2–3 syllables each (the "of them synthetic" column is how many matches they produce: it must stay small, or the bench measures output instead of lookup).',
  );
  const fixedBase = median(fixed[0]?.runs ?? []);
  lines.push(
    '',
    `### Lookup scaling alone (the same 100 real aliases at every size, the rest synthetic: the same matches, so only the cost of a bigger automaton shows; target ≤ 1.5× at 50k)`,
    '',
    '| aliases | matches found | match ms (fold + match) | ratio vs 100 |',
    '|---|---|---|---|',
    ...fixed.map(
      ({ n, found, runs }) =>
        `| ${n.toLocaleString('en')} | ${found} | ${fmt(median(runs))} | ${(median(runs) / fixedBase).toFixed(2)}× |`,
    ),
  );
  for (const n of notes) lines.push('', n);
  process.stdout.write(lines.join('\n') + '\n');
}

main();
