import { describe, expect, it } from 'vitest';
import { fold, foldInto, foldString, newFoldBuffers, toOriginal } from './fold';

describe('foldString', () => {
  it.each([
    ['harakat dropped', 'ملاذٌ آمنٌ', 'ملاذ امن'],
    ['shadda and sukun', 'تُخطَّط', 'تخطط'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['tatweel', 'لـ«داعش» الـــدولة', 'ل«داعش» الدوله'],
    ['alef variants', 'أإآٱ', 'اااا'],
    ['alef maqsura and ta marbuta', 'مستشفى الإمارة', 'مستشفي الاماره'],
    ['hamza seats', 'رؤية رئيس', 'رويه رييس'],
    ['Urdu Pakistan', 'پاکستان', 'باكستان'],
    ['Persian kaf and yeh', 'کابل ی', 'كابل ي'],
    ['Urdu heh', 'ہ ۀ ە ھ', 'ه ه ه ه'],
    ['Pashto letters', 'ماڼوګي ټ ډ ړ ږ ښ', 'مانوكي ت د ر ز ش'],
    ['gaf', 'گ', 'ك'],
    ['Arabic-Indic digits', '١١ سبتمبر ۲۰۲۴', '11 سبتمبر 2024'],
    ['Latin case and accents', 'Pékerman ÇAĞ İstanbul', 'pekerman cag istanbul'],
    ['sharp s', 'Straße', 'strasse'],
    ['ligature', 'ﬁnal', 'final'],
    ['presentation forms', 'ﻻ ﷲ ﺑﺎﻛﺴﺘﺎﻥ', 'لا الله باكستان'],
    ['zero-width and bidi marks', 'دا\u200cعش\u200f \u202bPak\u00adistan\u202c\ufeff', 'داعش pakistan'],
    ['NBSP and thin spaces collapse', 'a\u00a0\u00a0b\u2009c', 'a b c'],
    ['dash variants become one space', 'ISIS-K ISIS–K IS—K داعش - خراسان', 'isis k isis k is k داعش خراسان'],
    ['line breaks stay hard', 'واشنطن\nبوست', 'واشنطن\nبوست'],
    ['curly apostrophe', 'Pakistan’s', "pakistan's"],
    ['full-width Latin', 'ＩＳＩＳ', 'isis'],
  ])('%s', (_name, input, expected) => {
    expect(foldString(input)).toBe(expected);
  });
});

describe('offset map', () => {
  it('maps every folded unit back to its original character', () => {
    const text = 'باكستانَ ملاذٌ';
    const f = fold(text);
    expect(foldString(text)).toBe('باكستان ملاذ');
    // "باكستان" is folded [0,7); the fatha after it belongs to the word.
    expect(toOriginal(f, 0, 7)).toEqual([0, 8]);
    // "ملاذ" is folded [8,12); the tanween after ذ is included.
    expect(text.slice(...toOriginal(f, 8, 12))).toBe('ملاذٌ');
  });

  it('keeps harakat inside a span and a collapsed separator inside a phrase', () => {
    const text = 'قال: داعشُ  -  خراسانَ.';
    const f = fold(text);
    const folded = foldString(text);
    const s = folded.indexOf('داعش خراسان');
    expect(s).toBeGreaterThan(0);
    expect(text.slice(...toOriginal(f, s, s + 'داعش خراسان'.length))).toBe('داعشُ  -  خراسانَ');
  });

  it('maps expansions to the whole original character', () => {
    const text = 'x ﷲ y';
    const f = fold(text);
    const s = foldString(text).indexOf('الله');
    expect(text.slice(...toOriginal(f, s, s + 4))).toBe('ﷲ');
  });

  it('round-trips: each word of the folded text maps to exactly one original word', () => {
    const text = 'وَقَدْ قُتِلَ عمر باجوري في 20 أكتوبر 2024 في مديرية ماڼوګي بولاية كونار، Pakistan’s ISIS‑K.';
    const f = fold(text);
    const folded = foldString(text);
    const originalWords = text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
    const mapped: string[] = [];
    for (const m of folded.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
      mapped.push(text.slice(...toOriginal(f, m.index, m.index + m[0].length)));
    }
    expect(mapped).toEqual(originalWords);
  });

  it('ends map to the end of the text', () => {
    const f = fold('ab\u200b');
    expect(f.length).toBe(2);
    expect(f.starts[f.length]).toBe(3);
  });

  it('foldInto reuses its buffers and gives what fold gives', () => {
    const buf = newFoldBuffers(4);
    const same = (text: string) => {
      const a = fold(text);
      const b = foldInto(text, buf);
      expect(b.length).toBe(a.length);
      expect([...b.codes.subarray(0, b.length + 1)]).toEqual([...a.codes.subarray(0, a.length + 1)]);
      expect([...b.starts.subarray(0, b.length + 1)]).toEqual([...a.starts.subarray(0, a.length + 1)]);
      expect([...b.ends.subarray(0, b.length)]).toEqual([...a.ends.subarray(0, a.length)]);
    };
    same('ﷺ Pakistans — باكستانيَّة 😀 \ud800 ﬁne'.repeat(8)); // grows, expands, surrogates
    same('Pakistan'); // shorter: stale units after the end read 0, as in fresh arrays
    same('');
    const kept = fold('Kabul');
    foldInto('Lahore', buf);
    expect(foldString('Kabul')).toBe(String.fromCharCode(...kept.codes.subarray(0, kept.length)));
  });
});
