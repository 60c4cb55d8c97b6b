// The inside phases beside the outside figures: the probe build (`wxt build --mode probe`) writes its
// own timings into <meta name="sanad-bench"> of pages that carry one (entrypoints/content/bench-probe.ts).
// The probe's result changed shape when matching moved to the background (createMatcherMs and
// phases.matchMs before; matchWaitMs, matchRequests and phases.sendMs after): both are read, and a
// column is shown when any page reports it.
import type { BrowserContext } from 'playwright-core';
import type { BenchPage } from './bench-outside-pages';

/** Column label → where it is in the probe's result (top level or in `phases`). */
const COLUMNS: readonly [label: string, key: string, inPhases: boolean][] = [
  ['scan ms', 'scanMs', false],
  ['our slices ms', 'sliceTotalMs', false],
  ['longest slice ms', 'longestSliceMs', false],
  ['walk ms', 'walkMs', true],
  ['build matcher ms', 'createMatcherMs', false],
  ['match ms', 'matchMs', true],
  ['send ms', 'sendMs', true],
  ['wait for background ms', 'matchWaitMs', false],
  ['requests', 'matchRequests', false],
  ['visibility ms', 'visibilityMs', true],
  ['paint ms', 'paintMs', true],
  ['shadow scan ms', 'shadowScanMs', true],
  ['marks', 'marks', false],
];

export type InsideRow = Map<string, number>;

const withBenchMeta = (html: string) =>
  /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}<meta name="sanad-bench">`)
    : `<meta name="sanad-bench">${html}`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function pick(result: Record<string, unknown>): Map<string, number> {
  const phases = (result.phases ?? {}) as Record<string, unknown>;
  const out = new Map<string, number>();
  for (const [label, key, inPhases] of COLUMNS) {
    const value = (inPhases ? phases : result)[key];
    if (typeof value === 'number') out.set(label, value);
  }
  return out;
}

/** Median of `rounds` probe results per page (pages whose probe says nothing are left out). */
export async function insidePhases(
  context: BrowserContext,
  pages: readonly BenchPage[],
  addPage: (pathname: string, html: string) => string,
  rounds: number,
): Promise<Map<string, InsideRow>> {
  const rows = new Map<string, InsideRow>();
  for (const [i, benchPage] of pages.entries()) {
    const url = addPage(`/o/probe/${i}.html`, withBenchMeta(benchPage.html));
    const results: Map<string, number>[] = [];
    for (let r = 0; r < rounds; r++) {
      const page = await context.newPage();
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        const handle = await page
          .waitForFunction(
            () => document.querySelector('meta[name="sanad-bench"]')?.getAttribute('data-sanad-result'),
            undefined,
            { timeout: 5_000, polling: 50 },
          )
          .catch(() => null);
        // A frame with no text asks nothing and the probe writes nothing: once is enough to know.
        if (!handle) break;
        results.push(pick(JSON.parse((await handle.jsonValue()) as string) as Record<string, unknown>));
      } finally {
        await page.close();
      }
    }
    if (results.length === 0) continue;
    const row: InsideRow = new Map();
    for (const [label] of COLUMNS) {
      const values = results.flatMap((r) => (r.has(label) ? [r.get(label)!] : []));
      if (values.length) row.set(label, median(values));
    }
    rows.set(benchPage.label, row);
  }
  return rows;
}

/** The columns that some page reported, in the fixed order. */
export function insideColumns(rows: ReadonlyMap<string, InsideRow>): string[] {
  return COLUMNS.map(([label]) => label).filter((label) => [...rows.values()].some((row) => row.has(label)));
}
