// Characterization part of `npm run bench`: MB/s of lib/characterize over every <TEXT> body of the
// ant-bbc archive plus the five shipped sources, against the matcher alone on the same texts (the
// floor: characterizeSource starts with that very pass), and what indexing a source costs the
// background (one match per source for its mentions and its characterization, as CorpusIndex.rebuild runs them). Prints Markdown.
// Corpus: $SANAD_CORPUS, else ../shared/corpora/ant-bbc next to the repo.
// Run with `tsx --import ./scripts/lib/raw-import.mjs` (the shipped texts are `?raw` imports).

import { existsSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Entity } from '../lib/types';
import { matcherFor } from '../lib/matcher/index';
import { characterizeSource, type CharacterizeInput } from '../lib/characterize/index';
import { extractClaims } from '../lib/characterize/claims';
import { mentionsOfMatches } from '../lib/mentions';
import { sentenceSpans } from '../lib/sentences';
import { SHIPPED_SOURCES } from '../data/shipped-sources';
import { antDocSource } from './lib/source-files';
import { corpusFiles } from './lib/bbc-corpus';

const REPO = resolve(import.meta.dirname, '..');
const CORPUS = resolve(REPO, process.env.SANAD_CORPUS ?? '../shared/corpora/ant-bbc');
const ROUNDS = 5;
const TARGET_MBS = 5;

function loadSources(notes: string[]): { sources: CharacterizeInput[]; label: string } {
  const shipped = SHIPPED_SOURCES.map((s) => ({ id: s.id, title: s.title, text: s.text, lang: s.lang }));
  if (!existsSync(CORPUS)) {
    notes.push(`**Corpus not found at ${CORPUS}** (set SANAD_CORPUS): the five shipped sources only.`);
    return { sources: shipped, label: 'the 5 shipped sources' };
  }
  const files = corpusFiles(CORPUS);
  const docs = files.map((f) => {
    const s = antDocSource(f, readFileSync(f, 'utf8'));
    return { id: f, title: s.title, text: s.text, lang: 'ar' };
  });
  return {
    sources: [...docs, ...shipped],
    label: `ant-bbc <TEXT> bodies (${docs.length} files) + 5 shipped`,
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** CPU time of this process (user + system), in ms: wall time on a shared machine also counts others. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Where characterizeSource spends its time: one extra pass under V8's sampling profiler, each sample
 * charged to the function characterizeSource called (its module's entry point), and the samples in
 * lib/fold.ts also to that caller (how often the same text is folded again). Shares, not times: the
 * profiler slows the pass.
 */
async function profileShares(
  run: () => void,
): Promise<{ byPhase: Map<string, number>; foldBy: Map<string, number>; total: number }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  run();
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) =>
    `${n.callFrame.url.replace(/^.*?\/(lib|scripts|data)\//, '$1/')} ${n.callFrame.functionName || '(anonymous)'}`;
  const byPhase = new Map<string, number>();
  const foldBy = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const leaf = byId.get(id);
    let below: ProfileNode | undefined;
    for (let n = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
      if (n.callFrame.functionName === 'characterizeSource') {
        if (!below) below = n;
        total += dt;
        const key = label(below);
        add(byPhase, key, dt);
        if (leaf?.callFrame.url.endsWith('/lib/fold.ts')) add(foldBy, key, dt);
        return;
      }
      below = n;
    }
  });
  return { byPhase, foldBy, total };
}

const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

async function main(): Promise<void> {
  const notes: string[] = [];
  const { sources, label } = loadSources(notes);
  const entities = JSON.parse(readFileSync(join(REPO, 'data/entities.json'), 'utf8')) as Entity[];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const matcher = matcherFor(entities);
  const mb = sources.reduce((n, s) => n + Buffer.byteLength(s.text, 'utf8'), 0) / 1e6;
  // characterizeSource stops after the matcher when a text names no entity: its later phases run on
  // these texts only, so that is where they are timed.
  const named = sources.filter((s) => matcher.matchDetailed(s.text, { seen: new Set() }).length > 0);

  let rows = 0;
  let claims = 0;
  let matches = 0;
  const measures = {
    match: () => {
      matches = 0;
      for (const s of sources) matches += matcher.matchDetailed(s.text, { seen: new Set() }).length;
    },
    characterize: () => {
      rows = 0;
      claims = 0;
      for (const s of sources)
        for (const c of characterizeSource(s, matcher, byId)) {
          rows++;
          claims += c.claims.length;
        }
    },
    indexing: () => {
      // As CorpusIndex.rebuild: one detailed match per source serves the mentions and the characterization.
      for (const s of sources) {
        const matches = matcher.matchDetailed(s.text, { seen: new Set() });
        mentionsOfMatches(matches, s);
        characterizeSource(s, matcher, byId, matches);
      }
    },
    sentences: () => {
      for (const s of named) sentenceSpans(s.text);
    },
    claims: () => {
      for (const s of named) extractClaims(s.text, sentenceSpans(s.text));
    },
  };
  type Name = keyof typeof measures;
  const runs = Object.fromEntries(Object.keys(measures).map((k) => [k, [] as number[]])) as Record<
    Name,
    number[]
  >;
  // Warm-up (JIT, lazily built tables), then interleaved rounds: load on a shared machine changes during
  // a run, and interleaving spreads it over every measure instead of penalising one.
  measures.characterize();
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of Object.keys(measures) as Name[]) {
      const t = cpuMs();
      measures[name]();
      runs[name].push(cpuMs() - t);
    }
  }
  const ms = (name: Name) => median(runs[name]);
  const mbs = (name: Name) => mb / (ms(name) / 1000);
  const claimsOnly = ms('claims') - ms('sentences');
  const rest = ms('characterize') - ms('match') - ms('claims');

  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  const lines: string[] = [
    `## Characterization (Node ${process.version})`,
    '',
    `Text: ${label}, ${sources.length} sources, ${mb.toFixed(mb < 1 ? 2 : 1)} MB UTF-8. Gazetteer: data/entities.json ` +
      `(${entities.length} entities). CPU time of the process, median of ${ROUNDS} interleaved rounds after one ` +
      `warm-up. Load average at start: ${load} on ${cpus().length} CPUs.`,
    '',
    '| measure | ms | MB/s | ratio vs matcher alone |',
    '|---|---|---|---|',
    `| (a) matcher alone: \`matchDetailed\` (baseline) | ${fmt(ms('match'))} | ${mbs('match').toFixed(1)} | 1.00× |`,
    `| (b) \`characterizeSource\`, whole | ${fmt(ms('characterize'))} | **${mbs('characterize').toFixed(1)}** | ${(ms('characterize') / ms('match')).toFixed(2)}× |`,
    `| (c) what indexing pays per source (one match, \`mentionsOfMatches\` + \`characterizeSource\`, as the background's rebuild) | ${fmt(ms('indexing'))} | ${mbs('indexing').toFixed(1)} | ${(ms('indexing') / ms('match')).toFixed(2)}× |`,
    '',
    `Output: ${matches} matches, ${rows} (entity, source) characterizations, ${claims} claims tied to entities.`,
    '',
    `Phases of (b): the matcher runs on every text; sentence spans and claims only on the ${named.length} texts that name an entity, as in characterizeSource (each phase timed on its own; the remainder is (b) minus the measured phases):`,
    '',
    '| phase | ms | share of (b) |',
    '|---|---|---|',
    `| matcher (\`matchDetailed\`) | ${fmt(ms('match'))} | ${((100 * ms('match')) / ms('characterize')).toFixed(0)}% |`,
    `| sentence spans | ${fmt(ms('sentences'))} | ${((100 * ms('sentences')) / ms('characterize')).toFixed(0)}% |`,
    `| claim extraction (\`extractClaims\`, without the sentence spans) | ${fmt(claimsOnly)} | ${((100 * claimsOnly) / ms('characterize')).toFixed(0)}% |`,
    `| the rest: title match, mentions, tying claims, descriptors, frames, names, salience, quotes | ${fmt(rest)} | ${((100 * rest) / ms('characterize')).toFixed(0)}% |`,
    '',
    `Target: characterizing a source ≥ ${TARGET_MBS} MB/s of text: **${mbs('characterize') >= TARGET_MBS ? 'met' : 'NOT met'}** ` +
      `(${mbs('characterize').toFixed(1)} MB/s whole characterizeSource; ${mbs('indexing').toFixed(1)} MB/s as indexing runs it, mentions included).`,
  ];
  const { byPhase, foldBy, total } = await profileShares(measures.characterize);
  const pct = (v: number) => `${((100 * v) / total).toFixed(0)}%`;
  lines.push(
    '',
    'Where (b) spends its time, by what characterizeSource calls (V8 sampling profile of one extra pass; shares of that pass; "of it folding" = samples inside lib/fold.ts, i.e. the text folded again):',
    '',
    '| called from characterizeSource | share | of it folding |',
    '|---|---|---|',
    ...[...byPhase.entries()]
      .sort((a, b) => b[1] - a[1])
      .filter(([, v]) => v / total >= 0.005)
      .map(([k, v]) => `| \`${k}\` | ${pct(v)} | ${foldBy.get(k) ? pct(foldBy.get(k) ?? 0) : '—'} |`),
    `| all folding inside (b) | ${pct([...foldBy.values()].reduce((a, b) => a + b, 0))} | |`,
  );
  for (const n of notes) lines.push('', n);
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
