// Engine evaluation: precision/recall on three hand-labelled samples — Arabic (ant-bbc articles,
// tests/eval/ant-bbc-sample.jsonl), English (news pages, tests/eval/en-pages-sample.jsonl) and events
// (tests/eval/events-sample.jsonl) — per language and overall; the clitic audit (every derived form of every
// one-word Arabic alias against the archive's words) and the context rules (contrary, page, given names),
// each before/after with the samples' P/R on both sides (docs/decisions/precision-traps.md); and the
// common-words audit over the whole ant-bbc archive and over every English page. Needs the texts outside the repo: $SANAD_CORPUS (else
// ../shared/corpora/ant-bbc) and $SANAD_SHARED (else ../shared). Not part of `npm test`.
//
//   npx tsx scripts/eval-engine.ts [--entities data/entities.json] [--top 6]
//
// Labelling methods and their bias: the header line of each sample file; docs/decisions/engine-evaluation.md.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Entity, EntityType } from '../lib/types';
import { matcherFor, type SanadMatcher } from '../lib/matcher/index';
import { htmlText } from './lib/html-text';
import { audit, type Audit } from './lib/eval-audit';
import { HEAD, errors, row, score, sum, table, type Sample } from './lib/eval-score';
import { archiveDocs, cliticReport, contextReport } from './lib/eval-clitics-report';

const REPO = resolve(import.meta.dirname, '..');
const SHARED = resolve(REPO, process.env.SANAD_SHARED ?? '../shared');
const CORPUS = resolve(REPO, process.env.SANAD_CORPUS ?? join(SHARED, 'corpora/ant-bbc'));
const PAGES = join(SHARED, 'pages');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const entitiesPath = resolve(REPO, arg('--entities', 'data/entities.json'));
const TOP = Number(arg('--top', '6'));
if (!existsSync(CORPUS) || !existsSync(PAGES)) {
  process.stderr.write(`eval-engine: texts not found at ${CORPUS} / ${PAGES} (set SANAD_SHARED)\n`);
  process.exit(2);
}
const entities = JSON.parse(readFileSync(entitiesPath, 'utf8')) as Entity[];
const typeOf = new Map<string, EntityType>(entities.map((e) => [e.id, e.type]));
const matcher = matcherFor(entities);
const predict = (text: string) => matcher.match(text, { seen: new Set() });

const load = (name: string): Sample[] =>
  readFileSync(join(REPO, 'tests/eval', name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Sample | { header: string })
    .filter((s): s is Sample => 'file' in s);

const pageText = new Map<string, string>();
const textOfPage = (file: string): string => {
  let t = pageText.get(file);
  if (t === undefined) {
    t = htmlText(readFileSync(join(PAGES, file), 'utf8'));
    pageText.set(file, t);
  }
  return t;
};
const textOfEvent = (file: string): string => {
  const [root, ...rest] = file.split('/');
  const base = root === 'data' ? join(REPO, 'data') : join(SHARED, root ?? '');
  return readFileSync(join(base, ...rest), 'utf8');
};

const ar = load('ant-bbc-sample.jsonl');
const en = load('en-pages-sample.jsonl');
const ev = load('events-sample.jsonl');
const arText = (f: string): string => readFileSync(join(CORPUS, f), 'utf8');

const out: string[] = [`## Engine evaluation (gazetteer ${entitiesPath.replace(REPO + '/', '')})`, ''];
const arAll = score(ar, arText, predict, typeOf, { withNisba: true });
const arNames = score(ar, arText, predict, typeOf, { withNisba: false });
const enAll = score(en, textOfPage, predict, typeOf, { withNisba: true });
const enNames = score(en, textOfPage, predict, typeOf, { withNisba: false });
const events = score(ev, textOfEvent, predict, typeOf, { withNisba: true, types: ['event'] });

out.push('### Summary: per language and overall', '', ...HEAD);
out.push(row(`Arabic, ${ar.length} ant-bbc articles: all mentions`, arAll.all));
out.push(row('Arabic: names only (nisba left out)', arNames.all));
out.push(row(`English, ${en.length} news pages: all mentions`, enAll.all));
out.push(row('English: names only (demonyms left out)', enNames.all));
out.push(row('**overall: all mentions**', sum(arAll.all, enAll.all)));
out.push(row('**overall: names only**', sum(arNames.all, enNames.all)));
out.push(row(`Events, ${ev.length} files (event predictions only)`, events.all), '');
out.push(...table('Arabic, all mentions, by type', arAll));
out.push(...table('English, all mentions, by type', enAll));
out.push(...table('Events, by type', events));
out.push('### Errors (all mentions)', '', '#### Arabic', '', ...errors(arAll), '', '#### English', '');
out.push(...errors(enAll), '', '#### Events', '', ...errors(events), '');

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? listFiles(join(dir, n)) : [join(dir, n)]));
}
function* archive(): Generator<{ name: string; text: string }> {
  for (const f of listFiles(CORPUS))
    yield { name: f.slice(CORPUS.length + 1), text: readFileSync(f, 'utf8') };
}
function* englishPages(): Generator<{ name: string; text: string }> {
  const rows = readFileSync(join(PAGES, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1);
  for (const r of rows) {
    const [path, , , lang] = r.split('\t');
    if (path && lang === 'en') yield { name: path, text: textOfPage(path) };
  }
}
const report = (title: string, a: Audit): void => {
  out.push(`### Common-words audit: ${title}`, '');
  out.push(
    `${a.files} files, ${a.total} matches; ${a.ruled} from ruled aliases; **${a.unconfirmed.length} of them not confirmed by an independent re-check of their rule** (must be 0).`,
    '',
  );
  for (const u of a.unconfirmed.slice(0, 50)) out.push(`- ${u}`);
};
const samples = (m: SanadMatcher, set: Sample[], textOf: (f: string) => string) =>
  score(set, textOf, (t) => m.match(t, { seen: new Set() }), typeOf, { withNisba: true }).all;
const archiveSet = archiveDocs(listFiles(CORPUS));
const checks = [
  {
    name: `Arabic sample (${ar.length} articles), all mentions`,
    score: (m: SanadMatcher) => samples(m, ar, arText),
  },
  {
    name: `English sample (${en.length} pages), all mentions`,
    score: (m: SanadMatcher) => samples(m, en, textOfPage),
  },
];
const clitics = cliticReport(archiveSet, entities, checks);
out.push(...clitics.lines);
out.push(
  ...contextReport(
    [
      { name: `ant-bbc (${archiveSet.length})`, docs: archiveSet },
      { name: 'English pages', docs: [...englishPages()] },
    ],
    entities,
    checks,
    ['punjab', 'balochistan', 'kerman', 'kasur', 'quetta', 'kabul'],
  ),
);
const bbc = audit(archive(), matcher, entities);
report(`the whole ant-bbc archive`, bbc);
report('every English page of /work/shared/pages (visible text)', audit(englishPages(), matcher, entities));
out.push('', `Most matched surface forms per entity in ant-bbc (folded; top ${TOP}):`, '');
for (const [id, counts] of [...bbc.perEntity].sort(
  (a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]),
)) {
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  out.push(`- \`${id}\`: ${top.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
}
process.stdout.write(out.join('\n') + '\n');
// The report's "must be none" / "must be 0" lines are checks: a gap fails the run, not only the reader.
const failures = [
  ...(clitics.uncovered.length
    ? [
        `forms of a flagged word missing from the stop list (lib/matcher/common-words.ts): ${clitics.uncovered.join(', ')}`,
      ]
    : []),
];
if (failures.length) {
  for (const f of failures) process.stderr.write(`eval: ${f}\n`);
  process.exitCode = 1;
}
