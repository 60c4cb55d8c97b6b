import { describe, expect, it } from 'vitest';
import { foldString } from '../fold';
import { assignInSentence, clauseAround, isLocative, type PlacedMention } from './assign';
import type { RawClaim } from './types';

/** A mention of `entityId` at the first occurrence of `surface` in `text`, with the alias `alias`. */
function at(
  text: string,
  surface: string,
  entityId: string,
  type: PlacedMention['type'],
  alias?: string,
): PlacedMention {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`${surface} not in text`);
  return { entityId, type, start, end: start + surface.length, key: alias ? foldString(alias) : undefined };
}

function claimOf(text: string, expression: string, attribute: RawClaim['attribute']): RawClaim {
  const start = text.indexOf(expression);
  return {
    attribute,
    min: 1,
    max: 1,
    qualifier: 'exact',
    unit: null,
    text: expression,
    start,
    end: start + expression.length,
    sentenceStart: 0,
    sentenceEnd: text.length,
    attributedTo: null,
    hedge: null,
  } as RawClaim;
}

describe('which entity a figure is about', () => {
  it('004: ISIS 2,000 and the Taliban 70,000 in one sentence, each to its own clause', () => {
    // data/seeds/004, its last but one paragraph.
    const text =
      'ولدى تنظيم داعش في أفغانستان حوالي 2000 مسلح، وفقًا لأحدث تقديرات الأمم المتحدة، بينما يزيد عدد عناصر حركة طالبان عن 70 ألف مقاتل.';
    const mentions = [
      at(text, 'تنظيم داعش', 'islamic-state', 'organization', 'تنظيم داعش'),
      at(text, 'أفغانستان', 'afghanistan', 'place', 'أفغانستان'),
      at(text, 'الأمم المتحدة', 'united-nations', 'organization', 'الأمم المتحدة'),
      at(text, 'حركة طالبان', 'taliban', 'organization', 'حركة طالبان'),
    ];
    expect(
      assignInSentence(text, claimOf(text, 'حوالي 2000 مسلح', 'fighters'), mentions).map((m) => m.entityId),
    ).toEqual(['islamic-state']);
    expect(
      assignInSentence(text, claimOf(text, '70 ألف مقاتل', 'fighters'), mentions).map((m) => m.entityId),
    ).toEqual(['taliban']);
  });

  it('002: the toll is the attack of its clause, not the bombing named earlier in the sentence', () => {
    const text =
      'كما أعلنت الجماعة مسؤوليتها عن هجمات عدة في باكستان، شملت تفجيراً انتحارياً استهدف مسجداً شيعياً في بيشاور سنة 2022، وهجوماً آخر في منطقة باجور الباكستانية أسفر عن مقتل 60 شخصاً وإصابة أكثر من 100 آخرين.';
    const mentions = [
      at(text, 'باكستان', 'pakistan', 'place', 'باكستان'),
      at(text, 'تفجيراً انتحارياً استهدف مسجداً شيعياً في بيشاور', 'peshawar-mosque-bombing', 'event', ''),
      at(text, 'وهجوماً آخر في منطقة باجور', 'bajaur-attack', 'event', ''),
    ];
    expect(
      assignInSentence(text, claimOf(text, 'مقتل 60 شخصاً', 'killed'), mentions).map((m) => m.entityId),
    ).toEqual(['bajaur-attack']);
    expect(
      assignInSentence(text, claimOf(text, 'سنة 2022', 'date'), mentions).map((m) => m.entityId),
    ).toEqual(['peshawar-mosque-bombing']);
  });

  it('003: money in a clause that names no recipient is nobody’s, not the Islamic State’s named later', () => {
    const text =
      'منذ 2011، انخفضت المساعدات من (3.5) مليار دولار إلى أقل من مليار بسبب الإحباط، لكنها استؤنفت جزئيًا في 2024 لمواجهة داعش، بما في ذلك التدريب والمعدات.';
    const mentions = [at(text, 'داعش', 'islamic-state', 'organization', 'داعش')];
    expect(assignInSentence(text, claimOf(text, '(3.5) مليار دولار', 'money'), mentions)).toEqual([]);
  });

  it('a toll goes to a place only where the sentence locates it', () => {
    const located = 'At least 12 people were killed in Quetta on Monday.';
    const q = at(located, 'Quetta', 'quetta', 'place', 'Quetta');
    expect(isLocative(located, q)).toBe(true);
    expect(
      assignInSentence(located, claimOf(located, 'At least 12 people were killed', 'killed'), [q]),
    ).toHaveLength(1);
    // A BBC "Related" headline: the adjective names the attacker, not the place.
    const headline = 'Seven dead in major Russian attack on Ukraine';
    const r = at(headline, 'Russian', 'russia', 'place', 'Russian');
    expect(isLocative(headline, r)).toBe(false);
    // Still Russia's toll when no place locates it: the perpetrator (the claims evaluation's reading).
    expect(assignInSentence(headline, claimOf(headline, 'Seven dead', 'killed'), [r])).toHaveLength(1);
    const both = 'Seven dead in Kabul after a Russian strike';
    const kabul = at(both, 'Kabul', 'kabul', 'place', 'Kabul');
    const russian = at(both, 'Russian', 'russia', 'place', 'Russian');
    expect(
      assignInSentence(both, claimOf(both, 'Seven dead', 'killed'), [kabul, russian]).map((m) => m.entityId),
    ).toEqual(['kabul']);
    // «بمدينة كويتا» and a glued preposition «بكويتا» locate; «باكستان» starts with its own ب.
    const ar = 'قُتل 5 أشخاص بمدينة كويتا، ولقي 3 مصرعهم بكابل، وتقول باكستان إن 2 قتلوا.';
    expect(isLocative(ar, at(ar, 'كويتا', 'quetta', 'place', 'كويتا'))).toBe(true);
    expect(isLocative(ar, at(ar, 'بكابل', 'kabul', 'place', 'كابل'))).toBe(true);
    expect(isLocative(ar, at(ar, 'باكستان', 'pakistan', 'place', 'باكستان'))).toBe(false);
  });

  it('never ties a figure to the country of its currency, to whom it is attributed, or to the other side', () => {
    // ant-bbc-style sentences (the claims evaluation's error classes 1–3).
    const money = 'وبلغت ديون مصر 82 مليار دولار أمريكي في نهاية العام.';
    const us = at(money, 'أمريكي', 'united-states', 'place', 'أمريكي');
    expect(assignInSentence(money, claimOf(money, '82 مليار دولار', 'money'), [us])).toEqual([]);
    const said = 'وتقول الأمم المتحدة إن نحو 400 ألف شخص نزحوا منذ بداية العام.';
    const un = at(said, 'الأمم المتحدة', 'united-nations', 'organization', 'الأمم المتحدة');
    const claim = {
      ...claimOf(said, '400 ألف شخص', 'arrested'),
      attributedTo: { text: 'وتقول الأمم المتحدة إن', start: 0, end: 22 },
    };
    expect(assignInSentence(said, claim, [un])).toEqual([]);
    const against = 'وشن التحالف ضد تنظيم الدولة أكثر من 200 غارة.';
    const is = at(against, 'تنظيم الدولة', 'islamic-state', 'organization', 'تنظيم الدولة');
    expect(assignInSentence(against, claimOf(against, 'أكثر من 200 غارة', 'attacks'), [is])).toEqual([]);
  });

  it('a place named by its adjective holds only tolls; an organization a date only when it was founded', () => {
    const firm = 'وبلغت قيمة الشركة الأمريكية نحو 190 مليون دولار.';
    const american = { ...at(firm, 'الأمريكية', 'united-states', 'place', 'أمريكي'), adjective: true };
    expect(assignInSentence(firm, claimOf(firm, 'نحو 190 مليون دولار', 'money'), [american])).toEqual([]);
    const plane = 'ولقي 176 شخصا مصرعهم في تحطم طائرة مدنية إيرانية.';
    const iranian = { ...at(plane, 'إيرانية', 'iran', 'place', 'إيراني'), adjective: true };
    expect(assignInSentence(plane, claimOf(plane, '176 شخصا', 'killed'), [iranian])).toHaveLength(1);
    const career = 'وعمل بوستاني في الأمم المتحدة حتى عام 2015.';
    const un = at(career, 'الأمم المتحدة', 'united-nations', 'organization', 'الأمم المتحدة');
    expect(assignInSentence(career, claimOf(career, 'عام 2015', 'date'), [un])).toEqual([]);
    // data/seeds/002: «الفرع من تنظيم داعش …، والذي تشكل سنة 2015».
    const formed = 'تمت الاستهانة بهذا الفرع من تنظيم داعش المتخذ من أفغانستان مقراً له، والذي تشكل سنة 2015.';
    const is = at(formed, 'تنظيم داعش', 'islamic-state', 'organization', 'تنظيم داعش');
    expect(
      assignInSentence(formed, claimOf(formed, 'سنة 2015', 'date'), [is]).map((m) => m.entityId),
    ).toEqual(['islamic-state']);
  });

  it('a relative clause after a comma stays with its antecedent', () => {
    const text = 'امتد التهديد إلى جنوب آسيا عبر فرع خوراسان، الذي أعلن وجوده في يناير (كانون الثاني) 2015.';
    const [from, to] = clauseAround(text, claimOf(text, 'يناير (كانون الثاني) 2015', 'date'));
    expect(text.slice(from, to)).toContain('فرع خوراسان');
  });
});
