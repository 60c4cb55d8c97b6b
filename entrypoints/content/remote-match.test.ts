// The page's side of page/match, with a hand-driven background: batching, one request in flight, the
// seen set carried from one batch to the next, answers of a past generation dropped, undecided runs
// read again once the seen set grows.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Match } from '../../lib/matcher/types';
import type { PageMatchResult } from '../../lib/messages';
import { MAX_BATCH_CHARS, RemoteMatching } from './remote-match';
import { collectRuns, type TextRun } from './runs';

function runsOf(html: string): TextRun[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return collectRuns(document.body as unknown as Node, { descendIntoBlocks: true });
}

interface Sent {
  texts: string[];
  seen: string[];
  answer(result: Partial<PageMatchResult>): void;
  fail(error: Error): void;
}

function harness() {
  const sent: Sent[] = [];
  const matched: [string, Match[]][] = [];
  const rechecked: Node[][] = [];
  let settled = 0;
  let changed = 0;
  const failed: unknown[] = [];
  const remote = new RemoteMatching(
    (texts, seen) =>
      new Promise((resolve, reject) =>
        sent.push({
          texts,
          seen: [...seen],
          answer: (r) =>
            resolve({
              version: 'v1',
              matches: texts.map(() => []),
              seen,
              undecided: [],
              labels: [],
              ...r,
            }),
          fail: reject,
        }),
      ),
    {
      matched: (run, matches) => matched.push([run.text, matches]),
      recheck: (units) => rechecked.push(units),
      settled: () => settled++,
      failed: (error) => failed.push(error),
      gazetteerChanged: () => changed++,
    },
  );
  return { remote, sent, matched, rechecked, failed, settled: () => settled, changed: () => changed };
}

const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
const pakistan = (start: number): Match => ({ entityId: 'pakistan', start, end: start + 8, via: 'alias' });

describe('remote matching', () => {
  it('sends what waits in one request, and the rest only once the answer is in, with the grown seen set', async () => {
    const h = harness();
    const [first, second, third] = runsOf('<p>Talks in Pakistan.</p><p>Kabul said.</p><p>Nothing here.</p>');
    h.remote.enqueue([first!, second!]);
    h.remote.flush();
    h.remote.enqueue([third!]);
    h.remote.flush(); // one in flight: waits
    expect(h.sent.map((s) => s.texts)).toEqual([['Talks in Pakistan.', 'Kabul said.']]);
    h.sent[0]!.answer({ matches: [[pakistan(9)], []], seen: ['pakistan'] });
    await flushPromises();
    expect(h.matched).toEqual([['Talks in Pakistan.', [pakistan(9)]]]);
    expect(h.sent[1]).toMatchObject({ texts: ['Nothing here.'], seen: ['pakistan'] });
    expect(h.remote.idle).toBe(false);
    h.sent[1]!.answer({ seen: ['pakistan'] });
    await flushPromises();
    expect(h.remote.idle).toBe(true);
    expect(h.settled()).toBe(1);
    expect(h.remote.version).toBe('v1');
  });

  it('cuts batches at MAX_BATCH_CHARS (a run longer than that still goes, alone)', () => {
    const h = harness();
    const long = 'Pakistan '.repeat(Math.ceil(MAX_BATCH_CHARS / 9) + 1);
    h.remote.enqueue(runsOf(`<p>${long}</p><p>short</p>`));
    h.remote.flush();
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]!.texts).toHaveLength(1);
  });

  it('drops an answer that comes after a reset (the page was read again from scratch)', async () => {
    const h = harness();
    h.remote.enqueue(runsOf('<p>Talks in Pakistan.</p>'));
    h.remote.flush();
    h.remote.reset();
    h.sent[0]!.answer({ matches: [[pakistan(9)]], seen: ['pakistan'] });
    await flushPromises();
    expect(h.matched).toEqual([]);
    // The next batch starts with an empty seen set again.
    h.remote.enqueue(runsOf('<p>Kabul said.</p>'));
    h.remote.flush();
    expect(h.sent[1]!.seen).toEqual([]);
  });

  it('reads undecided runs again once a later answer grows the seen set, not before', async () => {
    const h = harness();
    const [cable] = runsOf('<p>Officials in Kabul said.</p>');
    h.remote.enqueue([cable!]);
    h.remote.flush();
    h.sent[0]!.answer({ undecided: [0] });
    await flushPromises();
    h.remote.enqueue(runsOf('<p>Nothing new.</p>'));
    h.remote.flush();
    h.sent[1]!.answer({});
    await flushPromises();
    expect(h.rechecked).toEqual([]);
    h.remote.enqueue(runsOf('<p>Afghanistan.</p>'));
    h.remote.flush();
    h.sent[2]!.answer({ seen: ['afghanistan'] });
    await flushPromises();
    expect(h.rechecked).toHaveLength(1);
    expect(h.rechecked[0]).toHaveLength(1);
    expect(h.rechecked[0]![0]).toBe(cable!.unit); // the <p> of «Officials in Kabul said.»
    expect((cable!.unit as Element).localName).toBe('p');
  });

  it('sends a failed batch once more after a moment, and reports it only when it fails again', async () => {
    const h = harness();
    h.remote.enqueue(runsOf('<p>One.</p>'));
    h.remote.flush();
    h.sent[0]!.fail(new Error('worker restarting'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(h.failed).toHaveLength(0);
    expect(h.sent[1]!.texts).toEqual(['One.']);
    h.remote.enqueue(runsOf('<p>Two.</p>'));
    h.sent[1]!.fail(new Error('still failing'));
    await flushPromises();
    expect(h.failed).toHaveLength(1);
    expect(h.sent[2]!.texts).toEqual(['Two.']);
  });

  it('says when an answer comes from another gazetteer than the earlier ones', async () => {
    const h = harness();
    h.remote.enqueue(runsOf('<p>One.</p>'));
    h.remote.flush();
    h.sent[0]!.answer({ version: 'v1' });
    await flushPromises();
    h.remote.enqueue(runsOf('<p>Two.</p>'));
    h.remote.flush();
    h.sent[1]!.answer({ version: 'v2' });
    await flushPromises();
    expect(h.changed()).toBe(1);
  });
});
