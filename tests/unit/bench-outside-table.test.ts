// The outside bench's tables: "browser minus no extension" medians, the targets of issue 9 with their
// mark, and the 50,000-alias ratios (none over a figure too small to be more than noise).
import { describe, expect, it } from 'vitest';
import type { BenchPage } from '../../scripts/lib/bench-outside-pages';
import {
  added,
  emptySamples,
  outsideTable,
  verdict,
  type Samples,
} from '../../scripts/lib/bench-outside-table';

const samples = (patch: Partial<Samples>): Samples => ({ ...emptySamples(), ...patch });
const page = (label: string, target: BenchPage['target']): BenchPage => ({
  label,
  url: 'http://127.0.0.1/x',
  html: '',
  settleMs: 500,
  target,
  traced: false,
});

describe('added', () => {
  it('subtracts the medians of no extension from the medians of the browser', () => {
    const base = new Map([['p', samples({ scriptMs: [10, 30, 11], heapMb: [1, 1, 1] })]]);
    const sanad = new Map([
      ['p', samples({ scriptMs: [14, 13, 90], heapMb: [1.2, 1.25, 1.3], longestTaskMs: [7] })],
    ]);
    const a = added('p', sanad, base);
    // medians 14 − 11 and 1.25 − 1
    expect(a.scriptMs).toBeCloseTo(3, 6);
    expect(a.heapMb).toBeCloseTo(0.25, 6);
    expect(a.longestTaskMs).toBe(7);
  });
});

describe('verdict', () => {
  const figures = {
    scriptMs: 1.5,
    heapMb: 0.31,
    compileMs: NaN,
    threadMs: NaN,
    longestTaskMs: NaN,
    longestOursMs: NaN,
    oursMs: NaN,
    backgroundCpuMs: NaN,
  };

  it('needs both the script and the heap under a target that has both', () => {
    expect(verdict({ kind: 'script', maxMs: 2, heapMaxMb: 0.3 }, figures)?.met).toBe(false);
    expect(verdict({ kind: 'script', maxMs: 2, heapMaxMb: 0.3 }, { ...figures, heapMb: 0.3 })?.met).toBe(
      true,
    );
  });

  it('needs the longest task under its bound on the 5 MB page', () => {
    const huge = { kind: 'huge', maxMs: 60, longestTaskMaxMs: 50 } as const;
    expect(verdict(huge, { ...figures, scriptMs: 40, longestTaskMs: 51 })?.met).toBe(false);
    expect(verdict(huge, { ...figures, scriptMs: 40, longestTaskMs: 50 })?.met).toBe(true);
  });

  it('gives no verdict for a page without a target', () => {
    expect(verdict({ kind: 'none' }, figures)).toBeNull();
  });
});

describe('outsideTable with the 50,000-alias ratios', () => {
  it('gives no ratio over less than 1 ms, and fails a ratio above 1.5×', () => {
    const pages = [page('empty', { kind: 'script', maxMs: 2, heapMaxMb: 0.3 })];
    const base = new Map([['empty', samples({ scriptMs: [0], heapMb: [0.5] })]]);
    const nul = new Map([['empty', samples({ scriptMs: [0], heapMb: [0.6] })]]);
    // Today: +0.5 ms (under 1 ms: no script ratio), +0.2 MiB. With 50,000 aliases: +0.9 ms, +0.4 MiB (2×).
    const today = new Map([['empty', samples({ scriptMs: [0.5], heapMb: [0.7] })]]);
    const big = new Map([['empty', samples({ scriptMs: [0.9], heapMb: [0.9] })]]);
    const lines = outsideTable({ pages, base, nullExtension: nul, sanad: big, today });
    const cells = lines[2]!.split(' | ');
    const [scriptRatio, sampledRatio, heapRatio, taskRatio, all] = cells.slice(-5);
    expect(scriptRatio).toBe('—');
    expect(sampledRatio).toBe('—');
    expect(heapRatio).toBe('2.00×');
    expect(taskRatio).toBe('—');
    expect(all).toBe('✗ |');
  });
});
