// Text of a DOM subtree as paragraphs: every block element ends one ("\n\n" between them), <br> is a
// line break inside one, runs of white space collapse as a browser renders them. Walking the tree
// (instead of collapsing textContent) keeps a byline or a dateline on its own line, which is what
// lets arabic-byline.ts and text-dates.ts tell «كتب: فلان» from «كتب على حسابه» in running prose.
import { BLOCK_TAGS, NOT_TEXT_TAGS } from '../html-blocks';

/** Never rendered as text; buttons are controls, not article text. */
const NOT_TEXT: ReadonlySet<string> = new Set([...NOT_TEXT_TAGS, 'BUTTON']);

/** Page furniture the fallback (no article found) leaves out. */
export const CHROME: ReadonlySet<string> = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);

const BLOCK: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'PRE']);
const ELEMENT = 1;
const TEXT = 3;

export interface TextOptions {
  /** Element names (upper case) skipped with everything inside them, on top of the never-text ones. */
  skip?: ReadonlySet<string>;
}

/** Paragraphs of `root`'s text, joined with "\n\n"; lines inside a paragraph joined with "\n". */
export function blockText(root: Node, options: TextOptions = {}): string {
  const skip = options.skip;
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line = '';
  const endLine = (): void => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const name = node.nodeName.toUpperCase();
    if (NOT_TEXT.has(name) || skip?.has(name)) return;
    if ((node as Element).hasAttribute('hidden')) return;
    if (name === 'BR') {
      endLine();
      return;
    }
    const block = BLOCK.has(name);
    if (block) endParagraph();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) endParagraph();
  };
  walk(root);
  endParagraph();
  return paragraphs.join('\n\n');
}
