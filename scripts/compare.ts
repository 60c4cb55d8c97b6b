// npm run compare -- [--no-shipped] [--entities <file>] <file or folder>...
// The characterization engine (lib/characterize) from the command line: every file given (folders
// recursively: .txt, .md, .html) is one source, beside the five shipped ones. Prints one JSON object:
// {sources, entities, comparisons}; the format is in the README ("npm run compare").
//
// Memory: files are read and characterized one at a time and their text is dropped at once; what stays
// is only what the output prints (per entity and source: names, descriptors, claims, stance, summary)
// plus the claims the comparisons need. Output is written with stdout back-pressure, sources as they
// are read, so 3,815 BBC files stream instead of piling up.

import { readFile, stat } from 'node:fs/promises';
import { once } from 'node:events';
import type { Entity } from '../lib/types';
import { matcherFor, type SanadMatcher } from '../lib/matcher/index';
import { characterizeSource } from '../lib/characterize/index';
import { compareEntity, type ComparedRow } from '../lib/characterize/compare';
import { computedSummary, curatedSummary, stanceFor, type ClaimWords } from '../lib/characterize/summary';
import type { Characterization } from '../lib/characterize/types';
import { SHIPPED_SOURCES } from '../data/shipped-sources';
import { curatedNote } from '../data/curated-notes';
import { claimValueText } from '../components/comparison/format';
import { readSource, sourceFiles, type FileSource } from './lib/source-files';
import {
  comparisonRecord,
  entityRow,
  sourceRecord,
  type EntityRow,
  type SourceRecord,
} from './lib/compare-records';

const USAGE = 'usage: npm run compare -- [--no-shipped] [--entities <file>] <file or folder>...';

function usage(message: string): never {
  process.stderr.write(`compare: ${message}\n${USAGE}\n`);
  process.exit(2);
}

interface Args {
  shipped: boolean;
  entities: string;
  paths: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { shipped: true, entities: 'data/entities.json', paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--no-shipped') args.shipped = false;
    else if (a === '--entities') {
      const v = argv[++i];
      if (!v) usage('--entities needs a file');
      args.entities = v;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a === '--') continue;
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else args.paths.push(a);
  }
  if (!args.paths.length && !args.shipped) usage('--no-shipped and no file or folder: nothing to compare');
  return args;
}

async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** A characterization reduced to what compareEntity reads: its ids and claims. */
function forComparison(c: Characterization): Characterization {
  return {
    entityId: c.entityId,
    sourceId: c.sourceId,
    claims: c.claims,
    names: [],
    descriptors: [],
    frames: [],
    quotes: [],
    salience: { mentions: c.salience.mentions, inTitle: false, inLead: false, paragraphShare: 0 },
  };
}

class Run {
  readonly rows = new Map<string, EntityRow[]>();
  readonly compared = new Map<string, ComparedRow[]>();
  sourceCount = 0;

  constructor(
    readonly matcher: SanadMatcher,
    readonly entities: ReadonlyMap<string, Entity>,
  ) {}

  async add(record: SourceRecord, text: string, shipped: boolean): Promise<void> {
    await write(`${this.sourceCount++ ? ',\n' : '\n'}${JSON.stringify(record)}`);
    const lang = record.lang.split('-')[0] ?? record.lang;
    const found = characterizeSource(
      { id: record.id, title: record.title, text, lang },
      this.matcher,
      this.entities,
    );
    for (const c of found) {
      if (!this.entities.has(c.entityId)) continue;
      const curated = shipped ? curatedNote(c.entityId, record.id) : undefined;
      const summary = curated ? curatedSummary(curated) : computedSummary(c, claimWords);
      push(this.rows, c.entityId, entityRow(c, stanceFor(curated, undefined), summary));
      push(this.compared, c.entityId, { characterization: forComparison(c), date: record.date });
    }
  }

  /** Entities named by the most sources first, then by id. */
  async finish(): Promise<void> {
    const ids = [...this.rows.keys()].sort(
      (a, b) => (this.rows.get(b)?.length ?? 0) - (this.rows.get(a)?.length ?? 0) || a.localeCompare(b),
    );
    await write('\n],\n"entities": [');
    let first = true;
    for (const id of ids) {
      await write(`${first ? '\n' : ',\n'}${JSON.stringify({ id, sources: this.rows.get(id) })}`);
      first = false;
    }
    await write('\n],\n"comparisons": [');
    first = true;
    for (const id of ids) {
      const rows = this.compared.get(id) ?? [];
      if (new Set(rows.map((r) => r.characterization.sourceId)).size < 2) continue;
      for (const cmp of compareEntity(id, rows, this.entities)) {
        await write(`${first ? '\n' : ',\n'}${JSON.stringify(comparisonRecord(cmp))}`);
        first = false;
      }
    }
    await write('\n]\n}\n');
  }
}

// The figures of a computed summary in the same words the extension's views use.
const claimWords: ClaimWords = (claim, lang) => claimValueText(claim, lang);

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function loadEntities(path: string): Promise<Entity[]> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Entity[];
  } catch (e) {
    process.stderr.write(`compare: cannot read gazetteer ${path}: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  // A reader that stops early (`| head`) is not an error of ours: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const args = parseArgs(process.argv.slice(2));
  const list = await loadEntities(args.entities);
  const run = new Run(matcherFor(list), new Map(list.map((e) => [e.id, e])));
  let failures = 0;
  const fail = (what: string, e: unknown): void => {
    failures++;
    const message = (e as Error).message ?? String(e);
    // FrontMatterError messages already start with the file and line.
    process.stderr.write(`compare: ${message.startsWith(what) ? message : `${what}: ${message}`}\n`);
  };

  await write('{\n"sources": [');
  if (args.shipped)
    for (const s of SHIPPED_SOURCES) await run.add(sourceRecord({ ...s, origin: 'shipped' }), s.text, true);
  let files = 0;
  for (const root of args.paths) {
    try {
      await stat(root);
    } catch (e) {
      fail(root, e);
      continue;
    }
    for await (const file of sourceFiles(root)) {
      let source: FileSource;
      try {
        source = await readSource(file);
      } catch (e) {
        fail(file, e);
        continue;
      }
      files++;
      await run.add(sourceRecord({ ...source, origin: 'file' }), source.text, false);
    }
  }
  await run.finish();
  process.stderr.write(
    `compare: ${args.shipped ? `${SHIPPED_SOURCES.length} shipped + ` : ''}${files} file(s) read` +
      `${failures ? `, ${failures} could not be read` : ''}, ${run.rows.size} entities\n`,
  );
  if (failures) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`compare: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
