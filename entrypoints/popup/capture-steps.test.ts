// What the popup says when a capture stops short of a new source. Expected texts written by hand
// from lib/import/problem-text.ts's wording and components/i18n-capture.ts.
import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../lib/import/types';
import { refusalLines, snapshotThenExtract, step, storedName } from './capture-steps';

// A date the background refused in a source/add of the alyaum page (htmldate/1784190729) edited by hand.
const refused: ImportProblem = {
  file: 'source/add',
  line: null,
  record: 1,
  field: 'date',
  code: 'invalid',
  detail: '"2020-02-30": day 30 does not exist in that month',
};

describe('refusalLines', () => {
  it('says the refusal in English about "this page", not the request name and record', () => {
    expect(refusalLines([refused], 'en')).toEqual([
      [
        {
          text: 'This page, field date: "2020-02-30": day 30 does not exist in that month',
          technical: false,
        },
      ],
    ]);
  });

  it('says it in Arabic, with the field name and the detail apart as technical (English) text', () => {
    expect(refusalLines([refused], 'ar')).toEqual([
      [
        { text: 'هذه الصفحة، الحقل ', technical: false },
        { text: 'date', technical: true },
        { text: ': قيمة غير صالحة، المتوقع تاريخ موجود في التقويم بالصيغة YYYY-MM-DD (', technical: false },
        { text: '"2020-02-30": day 30 does not exist in that month', technical: true },
        { text: ')', technical: false },
      ],
    ]);
  });
});

describe('the step that failed', () => {
  it('is the snapshot when the tab gives none or the request throws', async () => {
    expect(
      await snapshotThenExtract(
        async () => null,
        async () => 'x',
      ),
    ).toEqual({
      ok: false,
      step: 'snapshot',
      detail: 'the page gave no snapshot',
    });
    const noReceiver = async (): Promise<string> => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await snapshotThenExtract(noReceiver, async () => 'x')).toEqual({
      ok: false,
      step: 'snapshot',
      detail: 'Could not establish connection. Receiving end does not exist.',
    });
  });

  it('is the extraction when the snapshot came and reading it threw', async () => {
    const r = await snapshotThenExtract(
      async () => '<html></html>',
      async () => {
        throw new TypeError('doc.body is null');
      },
    );
    expect(r).toEqual({ ok: false, step: 'extraction', detail: 'doc.body is null' });
  });

  it('is none when both steps ran', async () => {
    expect(
      await snapshotThenExtract(
        async () => 'html',
        async (s) => s.length,
      ),
    ).toEqual({ ok: true, value: 4 });
  });

  it('is the save for what the background request throws', async () => {
    const r = await step('save', () => Promise.reject(new Error('IndexedDB: QuotaExceededError')));
    expect(r).toEqual({ ok: false, step: 'save', detail: 'IndexedDB: QuotaExceededError' });
  });
});

describe('storedName', () => {
  it('is the stored title when the source could be read', () => {
    expect(storedName({ title: 'طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله' }, 'u-1')).toEqual({
      kind: 'title',
      title: 'طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله',
    });
  });
  it('is the id, never posing as a title, when the source is missing', () => {
    expect(storedName(null, 'u-1')).toEqual({ kind: 'id', id: 'u-1' });
    expect(storedName(undefined, 'u-1')).toEqual({ kind: 'id', id: 'u-1' });
  });
});
