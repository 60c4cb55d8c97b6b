import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import entities from '../../data/entities.json';
import { SHIPPED_SOURCES } from '../../data/shipped-sources';
import { matcherFor } from '../matcher/index';
import type { Entity } from '../types';
import type { EntityMention } from './names';
import { salience } from './salience';

const matcher = matcherFor(entities as Entity[]);
const seed = (file: string): string =>
  readFileSync(new URL(`../../data/seeds/${file}`, import.meta.url), 'utf8');
const titleOf = (id: string): string => SHIPPED_SOURCES.find((s) => s.id === id)?.title ?? '';

function mentionsOf(text: string, entityId: string): EntityMention[] {
  return matcher
    .match(text, { seen: new Set() })
    .filter((m) => m.entityId === entityId)
    .map((m) => ({ entityId, type: 'place', start: m.start, end: m.end }));
}

describe('salience on the seeds', () => {
  // 000 has 13 lines: the headline (= the title), the by-line, two section heads and 9 body paragraphs.
  const t000 = seed('000_004bfa6a744bcc35.txt');
  const title000 = titleOf('seed-000');

  it('000: Pakistan is named in all 9 body paragraphs and in the lead (the headline is not the lead)', () => {
    // 21 words hold «باكستان»; two are inside longer names («بإقليم البنجاب الباكستاني», «الاستخبارات الباكستانية»).
    const s = salience(t000, title000, mentionsOf(t000, 'pakistan'), true);
    expect(s).toEqual({ mentions: 19, inTitle: true, inLead: true, paragraphShare: 1 });
  });

  it('000: the Islamic Emirate in 4 of 9 paragraphs; Kasur in 1, not in the lead', () => {
    expect(salience(t000, title000, mentionsOf(t000, 'islamic-emirate'), false)).toEqual({
      mentions: 4,
      inTitle: false,
      inLead: true,
      paragraphShare: 4 / 9,
    });
    expect(salience(t000, title000, mentionsOf(t000, 'kasur'), false)).toEqual({
      mentions: 1,
      inTitle: false,
      inLead: false,
      paragraphShare: 1 / 9,
    });
  });

  // 002: a dateline, the headline, four section heads and 15 body paragraphs.
  const t002 = seed('002_09a4258c08e6388d.txt');
  const title002 = titleOf('seed-002');
  it('002: ISIS-K in 7 of 15 body paragraphs (its mention in the headline counts as a mention only)', () => {
    expect(salience(t002, title002, mentionsOf(t002, 'isis-k'), true)).toEqual({
      mentions: 8,
      inTitle: true,
      inLead: true,
      paragraphShare: 7 / 15,
    });
  });
  it('002: Kurilla in 2 of 15, not in the lead', () => {
    expect(salience(t002, title002, mentionsOf(t002, 'michael-kurilla'), false)).toEqual({
      mentions: 2,
      inTitle: false,
      inLead: false,
      paragraphShare: 2 / 15,
    });
  });

  it('001: three paragraphs; Lashkar-e-Jhangvi only in the third', () => {
    const t = seed('001_8d22fc41447babf4.txt');
    expect(salience(t, titleOf('seed-001'), mentionsOf(t, 'lashkar-e-jhangvi'), false)).toEqual({
      mentions: 1,
      inTitle: false,
      inLead: false,
      paragraphShare: 1 / 3,
    });
  });

  it('one paragraph: the lead is its first two sentences (seed 004, three sentences on one line)', () => {
    const t =
      'وقال أحد القياديين في طالبان للصحيفة: “باكستان دولة شقيقة وهم يدعموننا بعدّة طرق لمواجهة داعش”. ولفتت “واشنطن بوست” أنه من غير الواضح حجم المعلومات الاستخباراتية التي يمكن أن تشاركها الدول الغربية. إلى ذلك، أوضح مسؤولون أمريكيون حاليون وسابقون للصحيفة، إن هناك تحديات مستمرة في إعادة إنشاء شبكة استخبارات فعالة في المنطقة.';
    expect(salience(t, '', mentionsOf(t, 'washington-post'), false).inLead).toBe(true);
    expect(salience(t, '', mentionsOf(t, 'united-states'), false)).toEqual({
      mentions: 1,
      inTitle: false,
      inLead: false,
      paragraphShare: 1,
    });
  });

  it('000 without its title: the 8-word headline ending in «!» is still no paragraph', () => {
    expect(salience(t000, '', mentionsOf(t000, 'islamic-emirate'), false).paragraphShare).toBe(4 / 9);
  });

  it('an entity with no mention has share 0 and no lead', () => {
    expect(salience(t000, title000, [], false)).toEqual({
      mentions: 0,
      inTitle: false,
      inLead: false,
      paragraphShare: 0,
    });
  });
});
