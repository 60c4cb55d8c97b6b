import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectRuns, RunWalker } from './runs';
import { piecesOf } from './ranges';

function body(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document
    .body as unknown as HTMLElement;
}
const texts = (root: Node, descend = true) =>
  collectRuns(root, { descendIntoBlocks: descend }).map((r) => r.text);

describe('runs: the inline text of a block', () => {
  it('joins text across inline tags and splits at blocks', () => {
    const root = body(
      '<p>The <b>Islamic</b> <a href="#">State</a> said</p><div>In <i>Kabul</i><p>nested</p>after</div>',
    );
    expect(texts(root)).toEqual(['The Islamic State said', 'In Kabul', 'nested', 'after']);
  });

  it('never reads form fields, code, scripts, editable areas or hidden subtrees, and they end runs', () => {
    const root = body(
      '<p>Pak<code>x</code>istan</p><input value="Pakistan"><textarea>Pakistan</textarea><select><option>Pakistan</option></select>' +
        '<div contenteditable="true">Pakistan</div><div contenteditable="false">ok</div><script>Pakistan</script>' +
        '<style>p{}</style><pre>Pakistan</pre><svg><text>Pakistan</text></svg><p hidden>Pakistan</p><span aria-hidden="true">x</span>',
    );
    expect(texts(root)).toEqual(['Pak', 'istan', 'ok']);
  });

  it('treats <br> as a boundary and drops runs without letters or digits', () => {
    expect(texts(body('<p>Kabul<br>Pakistan</p><p> — </p>'))).toEqual(['Kabul', 'Pakistan']);
  });

  it('reads only the direct runs of a block when asked', () => {
    const root = body('<div id="d">before<p>inner</p>after</div>').firstChild as Node;
    expect(texts(root, false)).toEqual(['before', 'after']);
  });

  it('ends runs at text-less blocks and fields between inline text, not at empty inline tags', () => {
    expect(texts(body('<p>Kab<img src="x.png">ul</p><p>Pak<span><input></span>istan</p>'))).toEqual([
      'Kab',
      'ul',
      'Pak',
      'istan',
    ]);
    expect(
      texts(body('<p>The <b></b><i><!-- c -->Islamic</i> <a href="#"><span>State</span></a></p>')),
    ).toEqual(['The Islamic State']);
  });

  it('skips whitespace between blocks and reads each nested block once', () => {
    const runs = collectRuns(body('<div>\n  <p>one</p>\n  <p>two <b>three</b></p>\n</div>'), {
      descendIntoBlocks: true,
    });
    expect(runs.map((r) => r.text)).toEqual(['one', 'two three']);
    expect(runs.map((r) => (r.unit as Element).localName)).toEqual(['p', 'p']);
  });

  it('reports subtrees the page hides by attribute, once each', () => {
    const hidden: string[] = [];
    collectRuns(
      body('<div hidden id="a"><p>x</p><p>y</p></div><p aria-hidden="true" id="b">z</p><p>ok</p>'),
      {
        descendIntoBlocks: true,
        onHiddenSubtree: (element) => hidden.push(element.id),
      },
    );
    expect(hidden).toEqual(['a', 'b']);
  });

  it('keeps the offset of every text node', () => {
    const [run] = collectRuns(body('<p>ab<b>cd</b>ef</p>'), { descendIntoBlocks: true });
    expect(run?.starts).toEqual([0, 2, 4]);
    expect(run?.nodes.map((n) => n.data)).toEqual(['ab', 'cd', 'ef']);
  });

  it('stops when out of time and resumes where it stopped', () => {
    const html = Array.from({ length: 400 }, (_, i) => `<p>para ${i}</p>`).join('');
    const walker = new RunWalker(body(html), { descendIntoBlocks: true });
    let checks = 0;
    const first = walker.nextRun(() => ++checks > 0 && checks < 3);
    expect(first?.text).toBe('para 0');
    const rest: string[] = [];
    for (;;) {
      const run = walker.nextRun(() => false);
      if (!run) break;
      rest.push(run.text);
    }
    expect(rest).toHaveLength(399);
    expect(walker.done).toBe(true);
  });
});

describe('piecesOf: a match back to its text nodes', () => {
  const run = collectRuns(body('<p>the <b>Islamic</b> State</p>'), { descendIntoBlocks: true })[0]!;

  it('maps a match across an inline tag to one piece per node', () => {
    const pieces = piecesOf(run, 4, 17);
    expect(pieces.map((p) => [p.node.data, p.start, p.end])).toEqual([
      ['Islamic', 0, 7],
      [' State', 0, 6],
    ]);
  });

  it('maps a match inside one node', () => {
    expect(piecesOf(run, 12, 17).map((p) => [p.node.data.slice(p.start, p.end)])).toEqual([['State']]);
  });

  it('skips empty nodes and returns nothing for empty ranges', () => {
    const withEmpty = { nodes: run.nodes, starts: run.starts };
    expect(piecesOf(withEmpty, 5, 5)).toEqual([]);
  });
});
