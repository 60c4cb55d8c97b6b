// Tests scripts/lib/html-text.ts (Node-only, it uses linkedom); kept here because vitest runs lib/**.
import { describe, expect, it } from 'vitest';
import { htmlText } from '../scripts/lib/html-text';

describe('htmlText', () => {
  it('keeps visible text, one line per block, and decodes entities', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><h1>باكستان&nbsp;و<b>داعش</b></h1>' +
      '<p>Hello &amp; <i>world</i>&#x21;</p><script>var isis = 1</script><noscript>no</noscript>' +
      '<template><p>hidden</p></template><svg><text>Pakistan</text></svg><div>a<br>b</div> tail</body></html>';
    expect(htmlText(html)).toBe('باكستان\u00a0وداعش\nHello & world!\na\nb\ntail');
  });

  it('collapses white space inside a block as a browser renders it', () => {
    expect(htmlText('<p>  one\n   two  </p><p>three</p>')).toBe('one two\nthree');
  });

  it('accepts a fragment', () => {
    expect(htmlText('<span>ISIS-K</span> in <em>Kabul</em>')).toBe('ISIS-K in Kabul');
  });
});
