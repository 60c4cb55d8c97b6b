// matchBatch: the background's answer to a page's batch of runs. Sentences from the seeds (data/seeds/,
// file named in each row) with the shipped gazetteer, and from the issue (issue 9's Bhakkar example).

import { describe, expect, it } from 'vitest';
import type { Entity } from '../types';
import entities from '../../data/entities.json';
import { matchBatch, matcherFor } from './index';
import type { Match } from './types';
import { entity } from './test-entities';

const matcher = matcherFor(entities as Entity[]);
const named = (texts: string[], ms: Match[][]): string[][] =>
  ms.map((list, t) => list.map((m) => `${m.entityId}:${(texts[t] ?? '').slice(m.start, m.end)}`));

// 002_09a4258c08e6388d.txt: the surname «إقبال» ("turnout" as a common word) only after the full name.
const FULL = 'الزميل الزائر السابق في معهد الشؤون الدولية بكلية لندن للاقتصاد جواد إقبال، الدول الغربية';
const SURNAME = 'وأضاف إقبال أن أجراس الإنذار كانت تدق منذ بعض الوقت';

describe('matchBatch: lookahead inside a batch', () => {
  it('confirms a surname whose full name comes later in the same batch', () => {
    const texts = [SURNAME, FULL];
    const ctx = { seen: new Set<string>() };
    const { matches, undecided } = matchBatch(matcher, texts, ctx);
    expect(named(texts, matches)[0]).toContain('javed-iqbal:إقبال');
    expect(undecided).toEqual([]);
    expect(ctx.seen.has('javed-iqbal')).toBe(true);
  });

  it('gives matchEach the same texts in document order the same result', () => {
    const texts = [FULL, SURNAME];
    const a = matchBatch(matcher, texts, { seen: new Set() }).matches;
    const b = matcher.matchEach(texts, { seen: new Set() });
    expect(a).toEqual(b);
  });

  it('leaves matchEach order-dependent (its contract): the surname before the full name is not confirmed', () => {
    const each = matcher.matchEach([SURNAME, FULL], { seen: new Set() });
    expect(each[0]?.some((m) => m.entityId === 'javed-iqbal')).toBe(false);
  });

  it('counts what earlier batches named (context.seen) and adds what this one named', () => {
    const ctx = { seen: new Set(['javed-iqbal']) };
    const { matches, undecided } = matchBatch(matcher, [SURNAME], ctx);
    expect(named([SURNAME], matches)).toEqual([['javed-iqbal:إقبال']]);
    expect(undecided).toEqual([]);
  });
});

describe('matchBatch: undecided texts', () => {
  it('lists a text whose ruled alias lacked context, and only that one', () => {
    // 002: the surname alone; 000_004bfa6a744bcc35.txt: «باكستان؛ ملاذٌ آمنٌ لداعش» (unambiguous names only).
    const texts = ['باكستان؛ ملاذٌ آمنٌ لداعش، ومركز تدريبٍ وصناعةِ المؤامرات!', SURNAME, 'NEWS'];
    const ctx = { seen: new Set<string>() };
    const { matches, undecided } = matchBatch(matcher, texts, ctx);
    expect(undecided).toEqual([1]);
    expect(matches[1]).toEqual([]);
    expect([...ctx.seen].sort()).toEqual(['islamic-state', 'pakistan']);
    // The page sends it again once its seen set has grown: then it is decided.
    const again = matchBatch(matcher, [SURNAME], { seen: new Set([...ctx.seen, 'javed-iqbal']) });
    expect(again.undecided).toEqual([]);
    expect(named([SURNAME], again.matches)).toEqual([['javed-iqbal:إقبال']]);
  });

  it('does not list a text whose only ruled candidate lost to an exclusion', () => {
    // ant-bbc (BBC Punjabi quoted): «البنجابية» is a nisba of the ruled alias «البنجاب», inside the
    // exclusion «بي بي سي البنجابية» — an exclusion, not a want of context.
    const text = 'وقال جيل لبي بي سي البنجابية إنه رفض خلع عمامته فهي مصنوعة من القماش ولن تؤذي منافسيه';
    const { matches, undecided } = matchBatch(matcher, [text], { seen: new Set() });
    expect(matches).toEqual([[]]);
    expect(undecided).toEqual([]);
    // The control: without Punjab's exclusions the same text is undecided (the ruled nisba lacks context).
    const plain = (entities as Entity[]).map((e) => (e.id === 'punjab' ? { ...e, exclude: [] } : e));
    expect(matchBatch(matcherFor(plain), [text], { seen: new Set() }).undecided).toEqual([0]);
  });

  it('does not list texts without any ruled candidate', () => {
    const texts = ['تقرير أمريكي يكشف عن تعاون “سرّي” بين طالبان وباكستان في مجالٍ هام', 'no names here'];
    expect(matchBatch(matcher, texts, { seen: new Set() }).undecided).toEqual([]);
  });
});

describe('matchBatch: context.seen holds what the final matches name', () => {
  it('drops a name that pass 1 read inside a span pass 2 gave to a ruled alias', () => {
    // A gazetteer written for the test (the 1940 Lahore Resolution): «Lahore Resolution» only after
    // its full name, which the second text gives.
    const own = matcherFor([
      entity('lahore', 'place', ['Lahore']),
      entity('lahore-resolution', 'organization', [
        'Resolution of the All-India Muslim League',
        { text: 'Lahore Resolution', rule: {} },
      ]),
    ]);
    const texts = [
      'The Lahore Resolution was adopted in March 1940.',
      'It was the Resolution of the All-India Muslim League, moved by Fazlul Huq.',
    ];
    const ctx = { seen: new Set<string>() };
    const { matches } = matchBatch(own, texts, ctx);
    expect(named(texts, matches)).toEqual([
      ['lahore-resolution:Lahore Resolution'],
      ['lahore-resolution:Resolution of the All-India Muslim League'],
    ]);
    expect([...ctx.seen]).toEqual(['lahore-resolution']);
  });
});
