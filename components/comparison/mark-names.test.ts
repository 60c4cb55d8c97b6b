// The entity's names marked inside real quotes: whole words as written, clitics and nisba included,
// harakat kept, and the quote given back exactly.
import { describe, expect, it } from 'vitest';
import { markNames } from './mark-names';

const marked = (text: string, names: string[]) =>
  markNames(text, names)
    .filter((s) => s.marked)
    .map((s) => s.text);

describe('names inside quotes', () => {
  it.each([
    // seed-001 (001_8d22fc41447babf4.txt)
    [
      'تنظيم داعش في باكستان إثر انضمام كبار مسؤولي حركة طالبان إلى صفوف التنظيم الإرهابي',
      ['باكستان'],
      ['باكستان'],
    ],
    [
      'تنظيم داعش في باكستان إثر انضمام كبار مسؤولي حركة طالبان إلى صفوف التنظيم الإرهابي',
      ['طالبان', 'حركة طالبان'],
      ['حركة طالبان'],
    ],
    // seed-000: the nisba form is the whole word «الباكستانية»
    ['وحوّل الأراضي الباكستانية إلى ملاذٍ آمن', ['باكستان'], ['الباكستانية']],
    // seed-000: the quote has tanween, the name does not; the mark keeps the harakat
    ['وحوّل الأراضي الباكستانية إلى ملاذٍ آمن', ['ملاذ'], ['ملاذٍ']],
    // shared/pages/newspaper/ap_meta_refresh.html
    [
      'the long disputed border established by the British between Afghanistan and Pakistan',
      ['Pakistan', 'Afghanistan'],
      ['Afghanistan', 'Pakistan'],
    ],
    // shared/pages/readability/wapo-1: letter case differs from the name as listed
    [
      'raised fears that militants linked to the Islamic State were expanding',
      ['islamic state'],
      ['Islamic State'],
    ],
  ])('%s', (text, names, expected) => {
    expect(marked(text, names)).toEqual(expected);
    expect(
      markNames(text, names)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('does not take a short Latin name inside another word', () => {
    // shared/pages/readability/wapo-1: "IS" must not light up inside "ISLAMIC" or "this"
    expect(
      marked('including the Islamic State, making the country one of the major sources', ['IS']),
    ).toEqual([]);
  });

  it('gives back the quote unmarked when no name is in it', () => {
    expect(markNames('مقتل 130 شخصا.', ['باكستان'])).toEqual([{ text: 'مقتل 130 شخصا.', marked: false }]);
  });
});
