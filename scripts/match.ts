// npm run match -- [--entities <file>] <file or folder>...
// Prints one JSON object per match per line: {"file","entityId","start","end","text"}. Offsets are
// UTF-16 offsets into the file's text (.txt and any file named explicitly: the raw text; .html/.htm: its
// visible text, see scripts/lib/html-text.ts). Each file is its own document for the ambiguity rules.
// Files are read one at a time and output respects stdout back-pressure, so a run over tens of
// thousands of files keeps a flat memory profile.

import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Entity } from '../lib/types';
import { matcherFor } from '../lib/matcher/index';
import { htmlText } from './lib/html-text';

const TEXT_EXT = /\.(txt|text)$/i;
const HTML_EXT = /\.(html?|xhtml)$/i;

function usage(message: string): never {
  process.stderr.write(
    `match: ${message}\nusage: npm run match -- [--entities <file>] <file or folder>...\n`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): { entities: string; paths: string[] } {
  let entities = 'data/entities.json';
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--entities') {
      const v = argv[++i];
      if (!v) usage('--entities needs a file');
      entities = v;
    } else if (a === '--help' || a === '-h') usage('help');
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else paths.push(a);
  }
  if (!paths.length) usage('no file or folder given');
  return { entities, paths };
}

async function* files(path: string, explicit: boolean): AsyncGenerator<string> {
  const s = await stat(path);
  if (s.isDirectory()) {
    const names = (await readdir(path)).sort();
    for (const name of names) yield* files(join(path, name), false);
  } else if (explicit || TEXT_EXT.test(path) || HTML_EXT.test(path)) yield path;
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await once(process.stdout, 'drain');
}

async function main(): Promise<void> {
  const { entities: entitiesPath, paths } = parseArgs(process.argv.slice(2));
  const missing: string[] = [];
  for (const p of paths) {
    try {
      await stat(p);
    } catch {
      missing.push(p);
    }
  }
  if (missing.length) {
    process.stderr.write(`match: no such file or folder: ${missing.join(', ')}\n`);
    process.exit(1);
  }
  let entities: Entity[];
  try {
    entities = JSON.parse(await readFile(entitiesPath, 'utf8')) as Entity[];
  } catch (e) {
    process.stderr.write(`match: cannot read gazetteer ${entitiesPath}: ${(e as Error).message}\n`);
    process.exit(1);
  }
  const matcher = matcherFor(entities);
  let failures = 0;
  let count = 0;
  for (const root of paths) {
    for await (const file of files(root, true)) {
      let text: string;
      try {
        const raw = await readFile(file, 'utf8');
        text = HTML_EXT.test(file) ? htmlText(raw) : raw;
      } catch (e) {
        failures++;
        process.stderr.write(`match: ${file}: ${(e as Error).message}\n`);
        continue;
      }
      count++;
      let out = '';
      for (const m of matcher.match(text, { seen: new Set() })) {
        const rec = {
          file,
          entityId: m.entityId,
          start: m.start,
          end: m.end,
          text: text.slice(m.start, m.end),
        };
        out += JSON.stringify(rec) + '\n';
      }
      if (out) await write(out);
    }
  }
  process.stderr.write(`match: ${count} file(s) read${failures ? `, ${failures} failed` : ''}\n`);
  if (failures) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`match: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
