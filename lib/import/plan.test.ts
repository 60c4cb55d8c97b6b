// The dry run over real BBC Arabic files (fixtures/read.ts): 331 and 332 are one article under two
// URLs (a duplicate by text), culture-207 and internationalNews-694 one URL with two edits of its
// text (a duplicate by URL). In the archive both pairs are separate files, as a user would import them.
import { describe, expect, it } from 'vitest';
import { dedupKeys } from './dedup';
import { parseImportFile } from './formats';
import { BBC_207, BBC_331, BBC_332, BBC_37, BBC_694, fixture } from './fixtures/read';
import { planImport, type ExistingLookup } from './plan';
import type { ParsedFile } from './types';

async function parsed(...names: string[]): Promise<ParsedFile[]> {
  return Promise.all(names.map(async (n) => parseImportFile(n, fixture(n))));
}
const none: ExistingLookup = () => null;
const at = (file: string) => ({ file, line: 1, record: 1 });

describe('planImport', () => {
  it('counts every file new when nothing repeats', async () => {
    const plan = planImport(await parsed(BBC_37, BBC_331, BBC_207), none);
    expect(plan.fresh.map((d) => d.at.file)).toEqual([BBC_37, BBC_331, BBC_207]);
    expect(plan.duplicates).toEqual([]);
    expect(plan.invalid).toEqual([]);
  });

  it('finds the repeats inside the import: by text (331/332) and by URL (207/694); the first wins', async () => {
    const plan = planImport(await parsed(BBC_331, BBC_207, BBC_332, BBC_694), none);
    expect(plan.fresh.map((d) => d.at.file)).toEqual([BBC_331, BBC_207]);
    expect(plan.duplicates).toEqual([
      {
        at: at(BBC_332),
        // The file writes shadda before fatha (U+0651 U+064E).
        title: '"أرامل" ستيف ماكوين يفتتحن\u0651\u064e مهرجان لندن السينمائي',
        existingId: null,
        firstAt: at(BBC_331),
        by: 'text',
      },
      {
        at: at(BBC_694),
        title: 'ممثلة أمريكية تعتذر عن وصف مساعدة أوباما بـ " قردة صغيرة "',
        existingId: null,
        firstAt: at(BBC_207),
        by: 'url',
      },
    ]);
  });

  it('reports a file imported twice as a duplicate of the first copy', async () => {
    const plan = planImport(await parsed(BBC_37, BBC_37), none);
    expect(plan.fresh).toHaveLength(1);
    expect(plan.duplicates.map((d) => [d.by, d.firstAt])).toEqual([['url', at(BBC_37)]]);
  });

  it('asks the store with each draft’s keys and names the stored source', async () => {
    const stored = dedupKeys({
      url: 'https://www.bbc.co.uk/arabic/art-and-culture-43116616?utm_source=twitter',
      text: 'نص آخر',
    });
    const asked: string[] = [];
    const existing: ExistingLookup = (keys) => {
      asked.push(keys.canonicalUrl ?? '-');
      return keys.canonicalUrl === stored.canonicalUrl ? { id: 'user-0042', by: 'url' } : null;
    };
    const plan = planImport(await parsed(BBC_37, BBC_331), existing);
    expect(asked).toEqual([
      'https://bbc.co.uk/arabic/art-and-culture-43116616',
      'https://bbc.co.uk/arabic/art-and-culture-45818750',
    ]);
    expect(plan.duplicates).toEqual([
      {
        at: at(BBC_37),
        title: 'معرض "كنوز الفرعون الصغير" يثير خلافا أثريا في مصر',
        existingId: 'user-0042',
        firstAt: null,
        by: 'url',
      },
    ]);
    expect(plan.fresh.map((d) => d.at.file)).toEqual([BBC_331]);
  });

  it('reports a draft both stored and repeated as stored, and does not let it shadow later drafts', async () => {
    const existing: ExistingLookup = (keys) =>
      keys.canonicalUrl === 'https://bbc.co.uk/arabic/art-and-culture-45818750'
        ? { id: 'user-7', by: 'url' }
        : null;
    // 331 is stored; 332 has 331's text but 331 never became "fresh", so 332 is new.
    const plan = planImport(await parsed(BBC_331, BBC_332), existing);
    expect(plan.duplicates.map((d) => [d.at.file, d.existingId])).toEqual([[BBC_331, 'user-7']]);
    expect(plan.fresh.map((d) => d.at.file)).toEqual([BBC_332]);
  });

  it('collects every file’s problems as invalid, keeping the good drafts', async () => {
    const files = [
      ...(await parsed(BBC_37)),
      await parseImportFile('notes.pdf', 'x'),
      await parseImportFile('a.jsonl', '{"text": 1}\n'),
    ];
    const plan = planImport(files, none);
    expect(plan.fresh).toHaveLength(1);
    expect(plan.invalid.map((p) => [p.file, p.code])).toEqual([
      ['notes.pdf', 'unknown-format'],
      ['a.jsonl', 'invalid'],
    ]);
  });
});
