// One-off import of the shipped corpus from ../shared/seeds into data/seeds (the product must not
// depend on ../shared). Re-run after the seed texts change: `npx tsx scripts/import-seeds.ts`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripSiteChrome } from '../lib/site-chrome';

const from = resolve(process.argv[2] ?? '../shared/seeds');
const to = resolve('data/seeds');
for (const name of readdirSync(from)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  const { text } = stripSiteChrome(readFileSync(join(from, name), 'utf8'));
  writeFileSync(join(to, name), text + '\n');
  console.log(`${name}: ${text.length} chars`);
}
