// npx tsx scripts/bench-import-lib.ts — the import library over the BBC Arabic archive (3,815 <DOC>
// files): parse (lib/import/ant-doc.ts, validation included), then validateDraft and dedupKeys alone
// over every draft, first pass and the median of 5 warm passes; then the options page's path
// (parseImportFile on every file, planImport against an empty store) and what the dry run finds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAntDocs } from '../lib/import/ant-doc';
import { parseBackup, serializeBackup } from '../lib/import/backup';
import { dedupKeys } from '../lib/import/dedup';
import { parseImportFile } from '../lib/import/formats';
import { planImport } from '../lib/import/plan';
import { validateDraft } from '../lib/import/schema';
import type { BackupData, ParsedDraft, ParsedFile } from '../lib/import/types';
import { DEFAULT_SETTINGS } from '../lib/types';
import { BBC_CORPUS, corpusFiles } from './lib/bbc-corpus';

const files = corpusFiles(BBC_CORPUS).map((f) => ({ name: path.basename(f), raw: readFileSync(f, 'utf8') }));

function time(run: () => void): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

const drafts: ParsedDraft[] = [];
let problems = 0;
const parseMs = time(() => {
  for (const f of files) {
    const r = parseAntDocs(f.name, f.raw);
    drafts.push(...r.drafts);
    problems += r.problems.length;
  }
});

function passes(run: () => void): { first: number; median: number } {
  const first = time(run);
  const warm = Array.from({ length: 5 }, () => time(run)).sort((a, b) => a - b);
  return { first, median: warm[2] as number };
}

let invalid = 0;
const validate = passes(() => {
  invalid = 0;
  for (const d of drafts) if ('problems' in validateDraft(d.draft, d.at)) invalid++;
});
const hashes = new Set<string>();
const urls = new Set<string>();
const dedup = passes(() => {
  for (const d of drafts) {
    // A new object each pass: dedupKeys remembers keys per object, and this measures the work.
    const k = dedupKeys({ url: d.draft.url, text: d.draft.text });
    hashes.add(k.textHash);
    if (k.canonicalUrl) urls.add(k.canonicalUrl);
  }
});
const chars = drafts.reduce((n, d) => n + d.draft.text.length, 0);
const ms = (n: number): string => `${n.toFixed(1)} ms`;
console.log(`files ${files.length}, drafts ${drafts.length}, problems ${problems}, text ${chars} chars`);
console.log(`parse + validate (ant-doc.ts): ${ms(parseMs)}`);
console.log(
  `validateDraft: first ${ms(validate.first)}, warm median ${ms(validate.median)}, invalid ${invalid}`,
);
console.log(`dedupKeys: first ${ms(dedup.first)}, warm median ${ms(dedup.median)}`);
// The options page's path: every file through parseImportFile, then the dry run against an empty store.
const parsed: ParsedFile[] = [];
const t0 = performance.now();
for (const f of files) parsed.push(await parseImportFile(f.name, f.raw));
const readMs = performance.now() - t0;
// As components/manage/import-plan.ts does: the keys for source/lookup first, then the plan (which
// finds them remembered).
const keysMs = time(() => {
  for (const f of parsed) for (const d of f.drafts) dedupKeys(d.draft);
});
let plan = planImport([], () => null);
const planMs = time(() => {
  plan = planImport(parsed, () => null);
});
const byText = plan.duplicates.filter((d) => d.by === 'text').length;
console.log(
  `parseImportFile ${ms(readMs)}, keys for the lookup ${ms(keysMs)}, planImport ${ms(planMs)}: ${plan.fresh.length} new, ` +
    `${plan.duplicates.length} duplicate (${plan.duplicates.length - byText} by URL, ${byText} by text), ${plan.invalid.length} invalid`,
);
console.log(`distinct text hashes ${hashes.size}, distinct canonical URLs ${urls.size}`);

// A backup of the whole archive as user sources: written, read back, written again (must be the same).
const backup: BackupData = {
  format: 'sanad-backup',
  version: 1,
  sources: plan.fresh.map((d, i) => ({
    id: `user-${String(i).padStart(5, '0')}`,
    ...d.draft,
    titleOrigin: d.draft.titleOrigin === 'file-name' ? undefined : d.draft.titleOrigin,
    ...dedupKeys(d.draft),
    origin: 'user',
    addedAt: 1764583200000,
    updatedAt: 1764583200000,
  })),
  entities: [],
  mutes: [],
  notes: [],
  disabledSites: [],
  globalEnabled: true,
  settings: DEFAULT_SETTINGS,
};
let json = '';
const writeMs = time(() => {
  json = serializeBackup(backup);
});
let read: BackupData = backup;
const readBackMs = time(() => {
  read = parseBackup(json);
});
const same = serializeBackup(read) === json;
console.log(
  `backup of ${backup.sources.length} sources (${(json.length / 1e6).toFixed(1)} M chars): ` +
    `serialize ${ms(writeMs)}, parse ${ms(readBackMs)}, re-export identical: ${same}`,
);
