// Fills `start`/`end` of every quote in data/notes/*.json from its text, so the notes can be drafted
// with quote texts only. A quote must occur exactly once in its seed: if it is missing (not verbatim)
// or ambiguous (occurs twice), nothing is written and the quote is reported, so it can be fixed or
// lengthened. Usage: npx tsx scripts/fill-note-offsets.ts [data/notes/seed-00N.json ...]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface DraftQuote {
  text: string;
  start?: number;
  end?: number;
}
interface DraftNote {
  entityId: string;
  sourceId: string;
  stance: string;
  points: { en: string; ar: string; quotes: DraftQuote[] }[];
}

const SEEDS = 'data/seeds';
const NOTES = 'data/notes';
const MAX_QUOTE = 300;

function occurrences(haystack: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) at.push(i);
  return at;
}

async function seedTexts(): Promise<Map<string, string>> {
  // Source ids follow file order (data/shipped-sources.ts): seed-000 is the first file, and so on.
  const files = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort();
  const texts = new Map<string, string>();
  for (const [i, f] of files.entries()) {
    texts.set(`seed-${String(i).padStart(3, '0')}`, await readFile(join(SEEDS, f), 'utf8'));
  }
  return texts;
}

async function main(): Promise<void> {
  const texts = await seedTexts();
  const args = process.argv.slice(2);
  const paths = args.length
    ? args
    : (await readdir(NOTES)).filter((f) => f.endsWith('.json')).map((f) => join(NOTES, f));
  let problems = 0;
  for (const path of paths) {
    const notes = JSON.parse(await readFile(path, 'utf8')) as DraftNote[];
    const errors: string[] = [];
    for (const note of notes) {
      const text = texts.get(note.sourceId);
      if (text === undefined) {
        errors.push(`${note.entityId}: unknown source ${note.sourceId}`);
        continue;
      }
      note.points.forEach((point, p) => {
        if (!point.quotes.length) errors.push(`${note.entityId} point ${p}: no quote`);
        point.quotes = point.quotes.map((q) => {
          const at = occurrences(text, q.text);
          if (at.length !== 1) {
            errors.push(
              `${note.entityId} point ${p}: ${at.length ? `occurs ${at.length} times` : 'not verbatim'}: «${q.text}»`,
            );
            return q;
          }
          if (q.text.length > MAX_QUOTE) {
            errors.push(
              `${note.entityId} point ${p}: ${q.text.length} characters: «${q.text.slice(0, 40)}…»`,
            );
          }
          const start = at[0]!;
          return { text: q.text, start, end: start + q.text.length };
        });
      });
    }
    if (errors.length) {
      problems += errors.length;
      process.stderr.write(`${path}:\n  ${errors.join('\n  ')}\n`);
      continue;
    }
    await writeFile(path, JSON.stringify(notes, null, 2) + '\n');
    process.stdout.write(`${path}: ${notes.length} notes filled\n`);
  }
  if (problems) {
    process.stderr.write(`fill-note-offsets: ${problems} problem(s); files with problems were not written\n`);
    process.exit(1);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`fill-note-offsets: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
