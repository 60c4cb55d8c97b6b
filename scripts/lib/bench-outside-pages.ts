// The pages of the outside bench and the targets of issue 9 for each. Served from 127.0.0.1 by the
// harness's fixture server; the real pages come from ../shared/pages (MANIFEST.tsv).
import type { FixtureServer } from '../../tests/e2e/harness';
import { readSharedPage } from '../../tests/e2e/harness';

export type Target =
  | { kind: 'script'; maxMs: number; heapMaxMb?: number }
  | { kind: 'huge'; maxMs: number; longestTaskMaxMs: number }
  | { kind: 'none' };

export interface BenchPage {
  label: string;
  url: string;
  /** The page as served, for the probe's copy (which adds <meta name="sanad-bench">). */
  html: string;
  /** Wait after the load event before reading the metrics: the same in every browser. */
  settleMs: number;
  target: Target;
  /** Its loads are also traced for the longest task of ours. */
  traced: boolean;
}

const wrap = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

const NO_ENTITY_TEXT = `<p>${'The committee met on Tuesday to discuss the budget for the coming year. '.repeat(60)}</p>`;
const FEW_ENTITIES =
  '<p>Officials in Pakistan and Afghanistan met in Kabul; the Taliban sent a delegation.</p>';

/** A top page with ten 300×250 ad-slot frames: eight empty (four pages, two about:blank, two srcdoc), two with text. */
function framesPage(server: FixtureServer): string {
  const slot = server.addPage('/o/frames/slot.html', wrap(''));
  const text = server.addPage('/o/frames/text.html', wrap(NO_ENTITY_TEXT));
  const few = server.addPage('/o/frames/few.html', wrap(FEW_ENTITIES));
  const frame = (attrs: string) => `<iframe width="300" height="250" ${attrs}></iframe>`;
  const frames = [
    ...[1, 2, 3, 4].map((n) => frame(`src="${slot}?slot=${n}"`)),
    frame('src="about:blank"'),
    frame('src="about:blank"'),
    frame('srcdoc="<!doctype html><html><body></body></html>"'),
    frame('srcdoc="<!doctype html><html><body><div></div></body></html>"'),
    frame(`src="${text}"`),
    frame(`src="${few}"`),
  ];
  return wrap(`<h1>Front page</h1><p>Today's stories.</p>${frames.join('\n')}`);
}

export function benchPages(server: FixtureServer): BenchPage[] {
  const page = (
    file: string,
    html: string,
    p: Omit<BenchPage, 'url' | 'html' | 'traced'> & { traced?: boolean },
  ) => ({
    ...p,
    url: server.addPage(`/o/${file}`, html),
    html,
    traced: p.traced ?? false,
  });
  const article = { kind: 'script', maxMs: 15 } as const;
  const small = 500;
  return [
    page('empty.html', wrap(''), {
      label: 'empty page',
      settleMs: small,
      target: { kind: 'script', maxMs: 2, heapMaxMb: 0.3 },
    }),
    page('text.html', wrap(NO_ENTITY_TEXT), {
      label: 'text, no entity',
      settleMs: small,
      target: { kind: 'script', maxMs: 5, heapMaxMb: 0.3 },
    }),
    page('few.html', wrap(FEW_ENTITIES), {
      label: 'short page, 4 entities',
      settleMs: small,
      target: { kind: 'script', maxMs: 8 },
    }),
    page('wapo-1.html', readSharedPage('readability/wapo-1/source.html'), {
      label: 'wapo-1 (typical article)',
      settleMs: 800,
      target: article,
      traced: true,
    }),
    page('cnn-arabic.html', readSharedPage('newspaper/arabic_article.html'), {
      label: 'CNN Arabic article (ar)',
      settleMs: 800,
      target: article,
      traced: true,
    }),
    page('wceb-0588.html', readSharedPage('wceb-2026/0588.html'), {
      label: 'wceb 0588 (5.3 MB)',
      settleMs: 1000,
      target: { kind: 'huge', maxMs: 60, longestTaskMaxMs: 50 },
      traced: true,
    }),
    // Sanad runs in every frame: its work there ends later than on a single page.
    page('frames.html', framesPage(server), {
      label: '10 ad-slot iframes, 2 with text',
      settleMs: 1000,
      target: { kind: 'none' },
    }),
  ];
}
