// The outside bench's tables: medians of the loads, "extension minus no extension", the targets of
// issue 9 with a pass/fail mark, and (for the 50,000-alias browser) the ratio to today's gazetteer.
import type { BenchPage, Target } from './bench-outside-pages';

export interface Samples {
  scriptMs: number[];
  heapMb: number[];
  compileMs: number[];
  threadMs: number[];
  /** From the traced loads (Sanad browsers, traced pages only). */
  longestTaskMs: number[];
  /** Our sampled share of that task. */
  longestOursMs: number[];
  taskSpanMs: number[];
  oursMs: number[];
  /** CPU of the extension's processes during each measured load (10 ms ticks). */
  backgroundCpuMs: number[];
}

export const emptySamples = (): Samples => ({
  scriptMs: [],
  heapMb: [],
  compileMs: [],
  threadMs: [],
  longestTaskMs: [],
  longestOursMs: [],
  taskSpanMs: [],
  oursMs: [],
  backgroundCpuMs: [],
});

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

export const median = (xs: readonly number[]): number =>
  xs.length ? ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN) : NaN;

const ms = (n: number) => (Number.isNaN(n) ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const mb = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(2));
const signed = (n: number, f: (n: number) => string) =>
  Number.isNaN(n) ? '—' : `${n >= 0 ? '+' : ''}${f(n)}`;
const mark = (met: boolean) => (met ? '✓' : '✗');

export interface Added {
  scriptMs: number;
  heapMb: number;
  compileMs: number;
  threadMs: number;
  longestTaskMs: number;
  longestOursMs: number;
  oursMs: number;
  /** Mean, not median: one load's figure is a few 10 ms ticks. */
  backgroundCpuMs: number;
}

/** A variant's median minus the no-extension median, per page. */
export function added(
  page: string,
  variant: ReadonlyMap<string, Samples>,
  base: ReadonlyMap<string, Samples>,
): Added {
  const v = variant.get(page) ?? emptySamples();
  const b = base.get(page) ?? emptySamples();
  return {
    scriptMs: median(v.scriptMs) - median(b.scriptMs),
    heapMb: median(v.heapMb) - median(b.heapMb),
    compileMs: median(v.compileMs) - median(b.compileMs),
    threadMs: median(v.threadMs) - median(b.threadMs),
    longestTaskMs: median(v.longestTaskMs),
    longestOursMs: median(v.longestOursMs),
    oursMs: median(v.oursMs),
    backgroundCpuMs: mean(v.backgroundCpuMs),
  };
}

/** The target's text and whether `a` meets it (null: no target for this page). */
export function verdict(target: Target, a: Added): { text: string; met: boolean } | null {
  switch (target.kind) {
    case 'none':
      return null;
    case 'script': {
      const heap = target.heapMaxMb;
      const met = a.scriptMs <= target.maxMs && (heap === undefined || a.heapMb <= heap);
      return { text: `≤ ${target.maxMs} ms${heap === undefined ? '' : `, heap ≤ ${heap} MiB`}`, met };
    }
    case 'huge':
      return {
        text: `≤ ${target.maxMs} ms, longest task ≤ ${target.longestTaskMaxMs} ms`,
        met: a.scriptMs <= target.maxMs && a.longestTaskMs <= target.longestTaskMaxMs,
      };
  }
}

export interface TableInput {
  pages: readonly BenchPage[];
  base: ReadonlyMap<string, Samples>;
  nullExtension: ReadonlyMap<string, Samples>;
  sanad: ReadonlyMap<string, Samples>;
  /** Today's gazetteer, when `sanad` is the 50,000-alias browser: adds the ratio columns. */
  today?: ReadonlyMap<string, Samples>;
  ratioTarget?: number;
}

export function outsideTable(input: TableInput): string[] {
  const { pages, base, nullExtension, sanad, today } = input;
  const ratioTarget = input.ratioTarget ?? 1.5;
  const head = [
    'page',
    'no extension: script ms / heap MiB',
    'null extension: +script ms / +heap MiB',
    'Sanad: +script ms',
    'Sanad: +heap MiB',
    'Sanad: +compile ms',
    'Sanad: +main-thread CPU ms',
    'longest task of ours ms (ours in it)',
    'our time ms (events ∪ samples)',
    'background CPU ms (mean)',
    'target',
    'met',
    ...(today
      ? ['script × today', 'our time × today', 'heap × today', 'task × today', `all ≤ ${ratioTarget}×`]
      : []),
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---|' : '---:|')).join('')}`];
  for (const page of pages) {
    const b = base.get(page.label) ?? emptySamples();
    const n = added(page.label, nullExtension, base);
    const s = added(page.label, sanad, base);
    const v = verdict(page.target, s);
    const cells = [
      page.label,
      `${ms(median(b.scriptMs))} / ${mb(median(b.heapMb))}`,
      `${signed(n.scriptMs, ms)} / ${signed(n.heapMb, mb)}`,
      signed(s.scriptMs, ms),
      signed(s.heapMb, mb),
      signed(s.compileMs, ms),
      signed(s.threadMs, ms),
      Number.isNaN(s.longestTaskMs) ? '—' : `${ms(s.longestTaskMs)} (${ms(s.longestOursMs)})`,
      ms(s.oursMs),
      ms(s.backgroundCpuMs),
      v?.text ?? '—',
      v ? mark(v.met) : '—',
    ];
    if (today) {
      const t = added(page.label, today, base);
      // A ratio over a figure smaller than `floor` says more about noise than about us: not given.
      const ratio = (x: number, y: number, floor: number) =>
        Number.isNaN(x) || Number.isNaN(y) || y < floor ? NaN : x / y;
      // The heap ratio only where the heap has a target (frames without matches).
      const heapTarget = page.target.kind === 'script' && page.target.heapMaxMb !== undefined;
      const ratios = [
        ratio(s.scriptMs, t.scriptMs, 1),
        ratio(s.oursMs, t.oursMs, 1),
        heapTarget ? ratio(s.heapMb, t.heapMb, 0.05) : NaN,
        ratio(s.longestTaskMs, t.longestTaskMs, 1),
      ];
      const shown = ratios.filter((r) => !Number.isNaN(r));
      cells.push(
        ...ratios.map((r) => (Number.isNaN(r) ? '—' : `${r.toFixed(2)}×`)),
        shown.length ? mark(shown.every((r) => r <= ratioTarget)) : '—',
      );
    }
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}
