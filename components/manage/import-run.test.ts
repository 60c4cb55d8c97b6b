// The import's write loop against a fake background: chunks of 100 under one batch id, progress
// after every chunk, cancel after the chunk in flight, resume with the rest, an error reply (storage
// full) stops with the count written before it. Draft texts are the first sentences of real ant-bbc
// files (culture/BB-culture-1-20180218.txt, internationalNews/BB-internationalNews-1-20180218.txt).
import { describe, expect, it } from 'vitest';
import type { DedupKeys, SourceDraft } from '../../lib/import/types';
import type { AddResult, BackgroundRequest } from '../../lib/messages';
import { ImportRun, lookupExisting, type RunProgress, type Sender } from './import-run';

const SENTENCES = [
  'ليست هذه المرة الأولى التي يتحدى فيها أشرف غريب الأفكار الراسخة الشائعة بين الناس، بمن فيهم الفنانون والإعلاميون، عن نجوم الفن في مصر.',
  'أعلن الطلاب الناجون من المذبحة التي خلفت 17 قتيلا في مدرسة ثانوية بولاية فلوريدا الأمريكية',
];

function drafts(n: number): SourceDraft[] {
  return Array.from({ length: n }, (_, i) => ({
    title: `مسودة ${i + 1}`,
    titleOrigin: 'user',
    outlet: 'BBC',
    author: null,
    date: '2018-02-18',
    url: null,
    lang: 'ar',
    kind: 'news',
    text: `${SENTENCES[i % 2]} (${i + 1})`,
    format: 'ant-doc',
  }));
}

/** A background that stores every draft, except those whose text is in `stored` (duplicates). */
function fakeBackground(opts: { failOnCall?: number; stored?: Set<string> } = {}) {
  const calls: BackgroundRequest[] = [];
  let adds = 0;
  const send = (async (request: BackgroundRequest) => {
    calls.push(request);
    if (request.type === 'source/add') {
      adds++;
      if (adds === opts.failOnCall) throw new Error('Storage is full: nothing of this chunk was written.');
      const result: AddResult = { added: [], duplicates: [], invalid: [] };
      request.drafts.forEach((d, index) => {
        if (opts.stored?.has(d.text)) result.duplicates.push({ index, existingId: 'x', by: 'text' });
        else result.added.push(`id-${d.title}`);
      });
      return result;
    }
    if (request.type === 'source/batch-end') return { ok: true };
    if (request.type === 'source/lookup')
      return {
        existing: request.keys.map((k) => (k.textHash === 'h2' ? { id: 'user-2', by: 'text' } : null)),
      };
    throw new Error(`unexpected ${request.type}`);
  }) as Sender;
  return { send, calls };
}

describe('ImportRun', () => {
  it('writes 250 drafts in chunks of 100, 100 and 50 under one batch, then ends the batch', async () => {
    const bg = fakeBackground();
    const seen: RunProgress[] = [];
    const run = new ImportRun(drafts(250), bg.send, {
      newBatchId: () => 'b1',
      onProgress: (p) => seen.push(p),
    });
    const end = await run.run();
    expect(end).toMatchObject({ phase: 'done', processed: 250, total: 250, added: 250 });
    const adds = bg.calls.filter((c) => c.type === 'source/add');
    expect(adds.map((c) => (c.type === 'source/add' ? [c.drafts.length, c.batch] : null))).toEqual([
      [100, 'b1'],
      [100, 'b1'],
      [50, 'b1'],
    ]);
    expect(bg.calls.at(-1)).toEqual({ type: 'source/batch-end', batch: 'b1' });
    expect(seen.filter((p) => p.phase === 'running').map((p) => p.processed)).toEqual([0, 100, 200, 250]);
  });

  it('counts the duplicates the background skipped apart from what it added', async () => {
    const all = drafts(3);
    const bg = fakeBackground({ stored: new Set([all[1]!.text]) });
    const end = await new ImportRun(all, bg.send).run();
    expect(end).toMatchObject({ phase: 'done', added: 2, duplicates: 1 });
  });

  it('stops after the chunk in flight when cancelled, and resumes with the rest', async () => {
    const bg = fakeBackground();
    let run: ImportRun | null = null;
    let cancelled = false;
    run = new ImportRun(drafts(350), bg.send, {
      onProgress: (p) => {
        if (p.processed === 100 && !cancelled) {
          cancelled = true;
          run?.cancel();
        }
      },
    });
    const stopped = await run.run();
    expect(stopped).toMatchObject({ phase: 'cancelled', processed: 100, added: 100 });
    expect(bg.calls.filter((c) => c.type === 'source/batch-end')).toHaveLength(1);
    const sentBefore = bg.calls.length;
    const resumed = await run.run();
    expect(resumed).toMatchObject({ phase: 'done', processed: 350, added: 350 });
    const resentFirst = bg.calls.slice(sentBefore).find((c) => c.type === 'source/add');
    expect(resentFirst?.type === 'source/add' && resentFirst.drafts[0]!.title).toBe('مسودة 101');
  });

  it('stops at an error reply, says how many were written before, and can resume', async () => {
    const bg = fakeBackground({ failOnCall: 3 });
    const run = new ImportRun(drafts(450), bg.send);
    const failed = await run.run();
    expect(failed).toMatchObject({ phase: 'error', processed: 200, added: 200 });
    expect(failed.error).toBe('Storage is full: nothing of this chunk was written.');
    const resumed = await run.run();
    expect(resumed).toMatchObject({ phase: 'done', processed: 450, added: 450, error: null });
  });

  it('does not end a batch when nothing was written', async () => {
    const bg = fakeBackground({ failOnCall: 1 });
    await new ImportRun(drafts(5), bg.send).run();
    expect(bg.calls.map((c) => c.type)).toEqual(['source/add']);
  });
});

describe('lookupExisting', () => {
  it('asks in chunks of 500 keys, once per distinct key, and answers by key', async () => {
    const bg = fakeBackground();
    const keys: DedupKeys[] = Array.from({ length: 1200 }, (_, i) => ({
      canonicalUrl: null,
      textHash: `h${i}`,
    }));
    keys.push({ canonicalUrl: null, textHash: 'h2' });
    const existing = await lookupExisting(keys, bg.send);
    expect(bg.calls.map((c) => (c.type === 'source/lookup' ? c.keys.length : 0))).toEqual([500, 500, 200]);
    expect(existing({ canonicalUrl: null, textHash: 'h2' })).toEqual({ id: 'user-2', by: 'text' });
    expect(existing({ canonicalUrl: null, textHash: 'h3' })).toBeNull();
  });
});
