import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { snapshotOf } from './snapshot';

// The headline and first words of data/seeds/000_004bfa6a744bcc35.txt, as a page would show them.
const PAGE_HEAD = '<head><title>باكستان؛ ملاذٌ آمنٌ لداعش</title></head>';
const ORIGINAL = '<p>باكستان؛ ملاذٌ آمنٌ لداعش، ومركز تدريبٍ وصناعةِ المؤامرات!</p>';
const MARKED =
  '<p><sanad-mark data-entity-id="pakistan" data-via="alias" tabindex="0" role="mark">باكستان</sanad-mark>؛ ملاذٌ آمنٌ ' +
  '<sanad-mark data-entity-id="islamic-state" data-via="alias" tabindex="0">لداعش</sanad-mark>، ومركز تدريبٍ وصناعةِ المؤامرات!</p>';

function page(body: string, lang = 'ar') {
  return parseHTML(
    `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''} dir="rtl">${PAGE_HEAD}<body>${body}</body></html>`,
  ).document as unknown as Document;
}

describe('page snapshot', () => {
  it('serializes the page with its doctype, URL, lang and title', () => {
    const snap = snapshotOf(page(ORIGINAL), 'https://example.com/a#top');
    expect(snap.url).toBe('https://example.com/a#top');
    expect(snap.lang).toBe('ar');
    expect(snap.title).toBe('باكستان؛ ملاذٌ آمنٌ لداعش');
    expect(snap.html.startsWith('<!DOCTYPE html><html lang="ar" dir="rtl">')).toBe(true);
    expect(snap.html).toContain(ORIGINAL);
  });

  it('leaves our marks, our card host and our fallback style out of the copy, and the page untouched', () => {
    const doc = page(`${MARKED}<style data-sanad-style="">sanad-mark{}</style>`);
    const host = doc.createElement('sanad-ui');
    host.textContent = 'card';
    doc.documentElement.append(host);
    const snap = snapshotOf(doc, 'https://example.com/a');
    expect(snap.html).toContain(ORIGINAL);
    expect(snap.html).not.toContain('sanad-mark');
    expect(snap.html).not.toContain('sanad-ui');
    expect(snap.html).not.toContain('data-sanad-style');
    // The same text as the page without marks: the stored text does not depend on our highlighting.
    expect(snap.html).toBe(snapshotOf(page(ORIGINAL), 'https://example.com/a').html);
    expect(doc.querySelectorAll('sanad-mark').length).toBe(2);
    expect(doc.querySelector('sanad-ui')).not.toBeNull();
  });

  it('keeps the page’s own elements that only look like ours', () => {
    const snap = snapshotOf(page('<sanad-mark class="theirs">x</sanad-mark>', ''), 'https://example.com/');
    expect(snap.lang).toBe('');
    expect(snap.html).toContain('<sanad-mark class="theirs">x</sanad-mark>');
  });
});
