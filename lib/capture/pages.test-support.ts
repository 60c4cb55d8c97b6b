// Real pages for the capture tests, read from ../shared/pages (MANIFEST.tsv says where each comes
// from) and parsed with linkedom, the way the popup parses a snapshot with DOMParser.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

const PAGES = new URL('../../../shared/pages/', import.meta.url);

export function pageHtml(path: string): string {
  return readFileSync(new URL(path, PAGES), 'utf8');
}

export function pageDoc(pathOrHtml: string, inline = false): Document {
  const { document } = parseHTML(inline ? pathOrHtml : pageHtml(pathOrHtml));
  return document as unknown as Document;
}
