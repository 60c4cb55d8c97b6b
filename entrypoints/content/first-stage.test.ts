// The first step's look at a frame: is there readable text, and which text nodes go to the prefilter.
// (Its messaging and the engine's loading are covered in the real browsers: tests/e2e, tests/firefox.)
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { bodyHasReadableText, readableTexts } from './first-stage';

const doc = (body: string) =>
  parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`)
    .document as unknown as Document;

describe('the first step', () => {
  it('finds no readable text in an ad slot, a player or a page of scripts and styles', () => {
    expect(bodyHasReadableText(doc(''))).toBe(false);
    expect(bodyHasReadableText(doc('<div>  \n </div><img src="x.png">'))).toBe(false);
    expect(
      bodyHasReadableText(
        doc('<script>var pakistan = 1;</script><style>p{}</style><noscript>Enable JS</noscript>'),
      ),
    ).toBe(false);
    expect(bodyHasReadableText(doc('<div><span>Kabul</span></div>'))).toBe(true);
  });

  it('sends the text nodes as written, in order, without scripts, styles or textareas', () => {
    const d = doc(
      '<p>The <b>Islamic</b> State</p><script>Pakistan</script><textarea>Pakistan</textarea><li>Kabul</li><li>Tehran</li>',
    );
    expect(readableTexts(d.body, 1000)).toEqual(['The ', 'Islamic', ' State', 'Kabul', 'Tehran']);
  });

  it('gives up (null) past its character budget: such a page goes to the engine without asking', () => {
    const d = doc(`<p>${'word '.repeat(100)}</p>`);
    expect(readableTexts(d.body, 499)).toBeNull();
    expect(readableTexts(d.body, 500)).toHaveLength(1);
  });

  it('reads a single added text node, or nothing when it is blank', () => {
    const d = doc('<p id="x">Late news: Pakistan.</p><p id="y">  </p>');
    expect(readableTexts(d.getElementById('x')!.firstChild!, 100)).toEqual(['Late news: Pakistan.']);
    expect(readableTexts(d.getElementById('y')!.firstChild!, 100)).toEqual([]);
  });
});
