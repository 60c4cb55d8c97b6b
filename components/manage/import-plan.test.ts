// Reading the chosen files: a file the browser cannot read, or one over the size limit, becomes a
// problem naming that file while the other files are still read. The readable file holds the title
// and first paragraph of ant-bbc culture/BB-culture-1-20180218.txt.
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../lib/import/formats';
import { readImportFiles, type ChosenFile } from './import-plan';

const TEXT =
  'المؤرخ السينمائي أشرف غريب " يحطم الأساطير" المحيطة بالممثلين اليهود في مصر\n\nليست هذه المرة الأولى التي يتحدى فيها أشرف غريب الأفكار الراسخة الشائعة بين الناس، بمن فيهم الفنانون والإعلاميون، عن نجوم الفن في مصر.';

const readable = (name: string): ChosenFile => ({
  name,
  size: 400,
  text: () => Promise.resolve(TEXT),
});

describe('readImportFiles', () => {
  it('turns a file that cannot be read into an unreadable problem naming it', async () => {
    const gone: ChosenFile = {
      name: 'moved-away.txt',
      size: 1200,
      text: () => Promise.reject(new DOMException('A requested file could not be read', 'NotReadableError')),
    };
    const [first, second] = await readImportFiles([gone, readable('ashraf-gharib.txt')]);
    expect(first!.file).toBe('moved-away.txt');
    expect(first!.drafts).toEqual([]);
    expect(first!.problems).toHaveLength(1);
    expect(first!.problems[0]).toMatchObject({ file: 'moved-away.txt', code: 'unreadable', field: null });
    expect(first!.problems[0]!.detail).toContain('A requested file could not be read');
    expect(second!.file).toBe('ashraf-gharib.txt');
    expect(second!.drafts).toHaveLength(1);
    expect(second!.problems).toEqual([]);
  });

  it('refuses a file over the limit without reading it', async () => {
    let read = false;
    const huge: ChosenFile = {
      name: 'archive.jsonl',
      size: MAX_FILE_BYTES + 1,
      text: () => {
        read = true;
        return Promise.resolve('');
      },
    };
    const [only] = await readImportFiles([huge]);
    expect(read).toBe(false);
    expect(only!.problems.map((p) => [p.file, p.code])).toEqual([['archive.jsonl', 'too-large']]);
  });

  it('reads a file exactly at the limit', async () => {
    const atLimit: ChosenFile = { ...readable('at-limit.txt'), size: MAX_FILE_BYTES };
    const [only] = await readImportFiles([atLimit]);
    expect(only!.problems).toEqual([]);
    expect(only!.drafts).toHaveLength(1);
  });
});
