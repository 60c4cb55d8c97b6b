// The opening of the article as the page shows it, where bylines and datelines sit: the text of
// the article element that holds the headline (else the body, when the headline is outside any) from a
// little before the headline on. Page furniture (nav, aside, forms) is left out; <header> and
// <footer> stay, because sites put the byline and the date there (Assabah's date is in the
// article's <footer class="submitted">).
import { blockText } from './dom-text';

const FURNITURE: ReadonlySet<string> = new Set(['NAV', 'ASIDE', 'FORM']);
/** How much text before the headline still counts (a dateline printed above it). */
const BEFORE_HEADLINE = 300;

export function articleWindow(doc: Document, length = 2000): string {
  const h1 = doc.querySelector('article h1, main h1, h1');
  // A headline outside every <article> (alyaum: h1, then byline and date, then <article> with the
  // body) means the article's opening is in the body around it.
  const root =
    (h1 ? (h1.closest('article, main, [role="main"]') ?? doc.body) : null) ??
    doc.querySelector('article, main, [role="main"]') ??
    doc.body ??
    doc.documentElement;
  if (!root) return '';
  const text = blockText(root, { skip: FURNITURE });
  const headline = h1 ? blockText(h1) : '';
  const at = headline ? text.indexOf(headline) : -1;
  if (at < 0) return text.slice(0, length);
  // Start on a paragraph boundary, so that a byline line is still the start of its line.
  const p = text.lastIndexOf('\n\n', Math.max(0, at - BEFORE_HEADLINE));
  const start = p < 0 ? 0 : p + 2;
  return text.slice(Math.min(start, at), at + length);
}
