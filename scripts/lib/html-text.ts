// Visible text of an HTML document, for the match CLI and the evaluation (Node only: it uses linkedom,
// so it lives in scripts/ and lib/ stays browser-safe). Offsets the CLI prints for .html files are
// offsets into this text.
//
// Rules: script/style/noscript/template/svg/head (and other non-rendered elements) are skipped; block
// elements and <br> become line breaks; runs of white space inside a block become one space, as a
// browser renders them; entities are decoded by the parser.

import { parseHTML } from 'linkedom';
import { BLOCK_TAGS, NOT_TEXT_TAGS } from '../../lib/html-blocks';

const SKIP: ReadonlySet<string> = new Set([...NOT_TEXT_TAGS, 'PICTURE', 'MAP']);
// The content script's blocks, plus <pre>: the CLI reads code as text, the content script never marks it.
const BLOCK: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'PRE']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

export function htmlText(html: string): string {
  const { document } = parseHTML(
    html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`,
  );
  const parts: string[] = [];
  let pendingBreak = false;
  let atLineStart = true;
  const lineBreak = (): void => {
    if (!atLineStart) pendingBreak = true;
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ');
      const trimmed = atLineStart || pendingBreak ? text.replace(/^ /, '') : text;
      if (!trimmed) return;
      if (pendingBreak) parts.push('\n');
      pendingBreak = false;
      parts.push(trimmed);
      atLineStart = false;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) lineBreak();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i];
      if (kid) visit(kid);
    }
    if (block) lineBreak();
  };
  if (document.body) visit(document.body as unknown as DomNode);
  return parts.join('').replace(/ +\n/g, '\n').replace(/[ ]+$/, '');
}
