import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { selectedSpan, textOffset } from './selection';

// From data/seeds/002_09a4258c08e6388d.txt (seed-002), marked as the reader marks it.
const SENTENCE =
  'وتتزايد قوة هذا الفرع في أفغانستان تحت قيادة طالبان منذ انسحاب الأمريكيين من البلاد سنة 2021';

function reader() {
  const { document } = parseHTML(
    '<main><h1>title</h1><div id="text">وتتزايد قوة هذا الفرع في ' +
      '<sanad-mark data-entity-id="afghanistan">أفغانستان</sanad-mark> تحت قيادة ' +
      '<mark class="passage"><sanad-mark data-entity-id="taliban">طالبان</sanad-mark> منذ انسحاب</mark>' +
      ' الأمريكيين من البلاد سنة 2021</div><p id="after">x</p></main>',
  );
  const container = document.getElementById('text') as unknown as Node;
  const title = document.querySelector('h1') as unknown as Node;
  const after = document.getElementById('after') as unknown as Node;
  const marks = Array.from(document.querySelectorAll('sanad-mark')) as unknown as Node[];
  return { container, title, after, afghanistan: marks[0] as Node, taliban: marks[1] as Node };
}

describe('selection offsets', () => {
  it('the container holds the source text exactly', () => {
    expect(reader().container.textContent).toBe(SENTENCE);
  });

  it('counts the text before a position inside a mark', () => {
    const { container, taliban } = reader();
    const offset = textOffset(container, { node: taliban.firstChild as Node, offset: 2 });
    expect(offset).toBe(SENTENCE.indexOf('طالبان') + 2);
  });

  it('maps a selection across marks to a verbatim span, without the spaces at its edges', () => {
    const { container, afghanistan, taliban } = reader();
    const span = selectedSpan(
      container,
      {
        startContainer: afghanistan.firstChild as Node,
        startOffset: 0,
        // The element boundary after the Taliban mark: one child of the passage.
        endContainer: taliban.parentNode as Node,
        endOffset: 1,
      },
      SENTENCE,
    );
    expect(span).toEqual({
      text: 'أفغانستان تحت قيادة طالبان',
      start: SENTENCE.indexOf('أفغانستان'),
      end: SENTENCE.indexOf('طالبان') + 'طالبان'.length,
    });
    const spaced = selectedSpan(
      container,
      {
        startContainer: afghanistan.nextSibling as Node,
        startOffset: 0,
        endContainer: afghanistan.nextSibling as Node,
        endOffset: ' تحت '.length,
      },
      SENTENCE,
    );
    expect(spaced?.text).toBe('تحت');
  });

  it('cuts a selection that reaches outside the text to the text', () => {
    const { container, title, after, taliban } = reader();
    const fromTitle = selectedSpan(
      container,
      { startContainer: title, startOffset: 0, endContainer: taliban.firstChild as Node, endOffset: 6 },
      SENTENCE,
    );
    expect(fromTitle?.text).toBe('وتتزايد قوة هذا الفرع في أفغانستان تحت قيادة طالبان');
    const toAfter = selectedSpan(
      container,
      { startContainer: taliban.firstChild as Node, startOffset: 0, endContainer: after, endOffset: 1 },
      SENTENCE,
    );
    expect(toAfter?.text).toBe('طالبان منذ انسحاب الأمريكيين من البلاد سنة 2021');
  });

  it('has no passage when only white space or nothing outside the text is selected', () => {
    const { container, afghanistan, title } = reader();
    const space = afghanistan.nextSibling as Node;
    expect(
      selectedSpan(
        container,
        { startContainer: space, startOffset: 0, endContainer: space, endOffset: 1 },
        SENTENCE,
      ),
    ).toBeNull();
    expect(
      selectedSpan(
        container,
        { startContainer: title, startOffset: 0, endContainer: title, endOffset: 1 },
        SENTENCE,
      ),
    ).toBeNull();
  });
});
