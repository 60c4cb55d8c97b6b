// The precision traps of issue 9, with the shipped gazetteer (data/entities.json). Each class has real
// sentences that must NOT be marked and real sentences of the same words that must; the source of
// each sentence is named (ant-bbc: /work/shared/corpora/ant-bbc; seeds: data/seeds/).

import { describe, expect, it } from 'vitest';
import type { Entity } from '../types';
import entities from '../../data/entities.json';
import { compileGazetteer, createMatcher, matchBatch, matcherFor } from './index';

const matcher = matcherFor(entities as Entity[]);
const marks = (text: string): string[] =>
  matcher.match(text, { seen: new Set() }).map((m) => `${m.entityId}:${text.slice(m.start, m.end)}`);

describe('a proclitic reading that is a word of its own (the stop list)', () => {
  it.each([
    // ant-bbc: a Tehran park with a restaurant and a riding club.
    ['أو مطعم الحديقة، وناديا للفروسية، كما أظهر وجود مسجد', []],
    // The same word bare and in other forms (constructed from the ant-bbc word «الفروسية»).
    ['وتشتهر المنطقة بسباقات فروسية تقليدية', []],
    ['ونظم نادي فروسي عرضا للخيول العربية', []],
  ])('no Russia in «%s»', (text, expected) => expect(marks(text)).toEqual(expected));

  it.each([
    // ant-bbc: ف + روسيا, "so Russia" — the alias as written with a proclitic is kept.
    ['فروسيا ليست قوة عظمى كالاتحاد السوفييتي', 'russia:فروسيا'],
    // ant-bbc: ب + روسيا, "in Russia".
    ['للمشاركة مع منتخب ألمانيا في نهائيات كأس العالم بروسيا الشهر المقبل', 'russia:بروسيا'],
    // ant-bbc (the adjective with ال is untouched).
    ['وقالت وزارة الخارجية الروسية إن', 'russia:الروسية'],
  ])('Russia in «%s»', (text, mark) => expect(marks(text)).toContain(mark));

  it('is what turns the reading off: without the stop list «فروسية» is read as ف + روسية', () => {
    const plain = createMatcher(compileGazetteer(entities as Entity[], { stopWords: [] }));
    const text = 'وتشتهر المنطقة بسباقات فروسية تقليدية';
    expect(plain.match(text).map((m) => m.entityId)).toEqual(['russia']);
  });
});

describe('a phrase of its own starting with a proclitic reading: Borussia, Prussia', () => {
  it.each([
    // ant-bbc, sport.
    'بولت، الذي اعتزل سباقات السرعة عام 2017، مع نادي بروسيا دورتموند الألماني',
    'أمام فريق ألماني آخر هو بروسيا دورتموند عام 2013 وفاز باللقب هذه المرة',
    'ستشهد منافسة ثلاثية بين أتليتكو مدريد وبروسيا دورتموند وموناكو',
  ])('no Russia in «%s»', (text) => expect(marks(text).filter((m) => m.startsWith('russia'))).toEqual([]));
});

describe('the same name on both sides of a border: a contrary context wins over a weak positive', () => {
  it.each([
    // ant-bbc (middleEast): Jaish al-Adl in Iran's province (spelled with و and without it).
    'وجماعة جيش العدل هي جماعة سنية إيرانية، تنشط في محافظة سيستان وبلوشستان على الحدود مع باكستان',
    'بعد مسافة 150 كيلومترا جنوب شرقي مدينة زاهدان، عاصمة محافظة سيستان بلوشستان',
    // The spellings: Arabic with تش, Persian (ی, چ) with a separate و, English.
    'محافظة سيستان وبلوتشستان جنوب شرقي إيران',
    'استان سیستان و بلوچستان',
    'in Iran’s Sistan-Balochistan province',
    'the Sistan and Baluchistan province of Iran',
    'Iranian Baluchistan',
  ])('no Pakistani Balochistan in «%s»', (text) =>
    expect(marks(text).filter((m) => m.startsWith('balochistan'))).toEqual([]),
  );

  it.each([
    // ant-bbc (internationalNews-196, -1218, technology-111, -1163): India's Punjab.
    'وينحدر 31 من هؤلاء العمال من ولاية البنجاب شمالي الهند',
    'وغرد رئيس وزراء إقليم البنجاب، أماريندر سينغ، قائلا',
    'بعدما دهس قطار حشدا من الناس بالقرب من مدينة أمريتسار بولاية البنجاب، شمالي الهند',
    'ولكن في الهند، يقتصر برنامج التلقيح هذا على منطقة البنجاب ودلهي',
    'وقدمت فتيات هوى طعونا مماثلة في دلهي والبنجاب وبومباي',
    // A positive farther than the contrary loses: Pakistan five words after «ولاية البنجاب الهندية».
    'في ولاية البنجاب الهندية المتاخمة للحدود مع باكستان',
    // English pages of /work/shared/pages: timesofindia (a states menu), indiapost (a deportee's home).
    'Jharkhand Kerala Manipur Meghalaya Mizoram Nagaland Odisha Punjab Sikkim Tripura — Pakistan',
    '“This was the fourth time I have been deported,” said Singh Jabarjung, 24, from Punjab’s Bhatinda. Pakistan',
    // The forms.
    'وقالت الشرطة في البنجاب الهندية إن باكستان',
    'Farmers in Indian Punjab protested, Pakistan’s Dawn reported',
    'Ludhiana, Punjab, India — a Pakistani delegation arrived',
    'Five people were killed in the Indian state of Punjab, Pakistan said',
    'Chandigarh, the capital of Punjab and Haryana, near Lahore',
    'Amritsar, Punjab, India and Lahore',
  ])('no Pakistani Punjab in «%s»', (text) =>
    expect(marks(text).filter((m) => m.startsWith('punjab'))).toEqual([]),
  );

  it.each<[string, string]>([
    // ant-bbc (internationalNews-5): Kasur, south of Lahore.
    ['بالقرب من حاوية قمامة بمدينة قصور جنوبي مدينة لاهور في إقليم البنجاب.', 'punjab:إقليم البنجاب'],
    // ant-bbc (internationalNews-806): Nawaz Sharif's province.
    [
      'أحد أبرز القادة السياسيين في باكستان طوال الثلاثين عاما الماضية،وظل يحظى بشعبية كبيرة، في البنجاب على وجه الخصوص',
      'punjab:البنجاب',
    ],
    // ant-bbc (internationalNews-956): Pakistan closer than India.
    ['ولدت ديانة السيخ في إقليم البنجاب الذي يقع حاليا في باكستان والهند', 'punjab:إقليم البنجاب'],
    // seeds 000: the explicit alias.
    ['في منطقة قصور بإقليم البنجاب الباكستاني', 'punjab:بإقليم البنجاب الباكستاني'],
    // ant-bbc (middleEast): Balochistan with its own capital, and the Chinese couple.
    ['وقال مسؤول في كويتا عاصمة إقليم بلوشستان الباكستاني', 'balochistan:بلوشستان'],
    ['مقتل الزوجين الصينيين في كويتا بإقليم بلوشستان', 'balochistan:بلوشستان'],
    // Pakistan adjacent beats India farther away.
    ['the border between India and Pakistan’s Punjab', 'punjab:Punjab'],
  ])('«%s» → %s', (text, mark) => expect(marks(text)).toContain(mark));
});

describe('the contrary does not win too easily: ties, the possessive, India right next to it only', () => {
  // The reviewer's sentences (English: Pakistan's Punjab; Arabic: in the BBC's style, «المحاذي للهند»).
  const punjab = (text: string, seen: string[]): string[] =>
    matcher
      .match(text, { seen: new Set(seen) })
      .filter((m) => m.entityId === 'punjab')
      .map((m) => text.slice(m.start, m.end));
  it.each<[string, string[], string]>([
    ["Pakistan's Punjab borders India", [], 'Punjab'],
    ["Punjab, which borders India, is Pakistan's most populous province.", ['pakistan'], 'Punjab'],
    ['وفي إقليم البنجاب المحاذي للهند', ['pakistan', 'lahore'], 'إقليم البنجاب'],
  ])('«%s» (seen %j) keeps %s', (text, seen, mark) => expect(punjab(text, seen)).toEqual([mark]));

  it('in a batch, India in the alias’s own sentence does not void what another text names', () => {
    const texts = [
      'وفي إقليم البنجاب المحاذي للهند',
      'Pakistan’s health ministry said the outbreak was under control.',
    ];
    const { matches } = matchBatch(matcher, texts, { seen: new Set() });
    expect(matches[0]?.map((m) => m.entityId)).toEqual(['punjab', 'india']);
  });

  it.each([
    // India adjacent still says India's Punjab (window 1), with Pakistan on the page.
    'وقالت الشرطة في البنجاب الهندية إن',
    'Ludhiana, Punjab, India — the farmers said',
    "India's Punjab saw protests on Monday",
  ])('«%s» is still India’s Punjab', (text) => expect(punjab(text, ['pakistan'])).toEqual([]));
});

describe('a page plainly about Pakistan: its own unambiguous entities confirm Punjab', () => {
  const bhakkar = 'Two people died in a hospital in Bhakkar district of Punjab on Monday.';
  const pakistan = 'Pakistan’s health ministry said the outbreak was under control.';
  it.each([
    ['Pakistan after the sentence', [bhakkar, pakistan]],
    ['Pakistan before the sentence', [pakistan, bhakkar]],
  ])('marks Punjab in a batch with %s', (_label, texts) => {
    const { matches, undecided } = matchBatch(matcher, texts, { seen: new Set() });
    const i = texts.indexOf(bhakkar);
    expect(matches[i]?.map((m) => m.entityId)).toEqual(['punjab']);
    expect(undecided).toEqual([]);
  });

  it('keeps it when India opens the next sentence: a contrary does not cross a sentence end', () => {
    const text = `${bhakkar.replace(' on Monday.', '.')} India sent condolences.`;
    expect(matcher.match(text, { seen: new Set(['pakistan']) }).map((m) => m.entityId)).toEqual([
      'punjab',
      'india',
    ]);
  });

  it('marks it in one text naming Lahore anywhere, and in a later batch once seen holds Pakistan', () => {
    expect(
      marks(`${bhakkar} Officials in Lahore and doctors in the district were alerted the same day.`),
    ).toContain('punjab:Punjab');
    const later = matchBatch(matcher, [bhakkar], { seen: new Set(['pakistan']) });
    expect(later.matches[0]?.map((m) => m.entityId)).toEqual(['punjab']);
  });

  it('does not lend the page to a menu label: «Punjab» alone (timesofindia.indiatimes.com states menu)', () => {
    const texts = [
      'Haryana',
      'Punjab',
      'Sikkim',
      'Kashmir issue: China snubs Imran Khan, says resolve it with Pakistan',
    ];
    const { matches } = matchBatch(matcher, texts, { seen: new Set() });
    expect(matches[1]).toEqual([]);
    expect(matches[3]?.map((m) => m.entityId)).toContain('pakistan');
  });

  it('does not lend an Indian page’s menu to Punjab: one-word texts, and India named on the page', () => {
    // The reviewer's batch: an Indian page's menu (India, Pakistan, World) and a news line about India's
    // Punjab (Bhagwant Mann is its chief minister; Ludhiana is too far from «Punjab» for the contrary).
    const line =
      'Punjab Chief Minister Bhagwant Mann visited the flood-hit villages in Ludhiana district on Monday.';
    const { matches } = matchBatch(matcher, ['India', 'Pakistan', 'World', line], { seen: new Set() });
    expect(matches[3]).toEqual([]);
    // Without India on the page, a one-word «Pakistan» still does not make it a Pakistani page.
    expect(matchBatch(matcher, ['Pakistan', 'World', line], { seen: new Set() }).matches[1]).toEqual([]);
    // India in another text voids what Pakistan in running text would lend (both named on the page).
    const both = [line, 'Pakistan’s health ministry said the outbreak was under control.', 'India'];
    expect(matchBatch(matcher, both, { seen: new Set() }).matches[0]).toEqual([]);
    // The same when an earlier batch named Pakistan: the line is confirmed first, then undone by India.
    expect(matchBatch(matcher, [line, 'India'], { seen: new Set(['pakistan']) }).matches[0]).toEqual([]);
  });

  it('leaves it undecided on a page that has named nothing Pakistani yet', () => {
    const { matches, undecided } = matchBatch(matcher, [bhakkar], { seen: new Set() });
    expect(matches).toEqual([[]]);
    expect(undecided).toEqual([0]);
  });

  it('does not mark India’s Punjab on a page that names Pakistan, and that text is not undecided', () => {
    // ant-bbc (internationalNews-196) beside a sentence naming Pakistan.
    const texts = ['وينحدر 31 من هؤلاء العمال من ولاية البنجاب شمالي الهند', 'وقالت باكستان إن'];
    const { matches, undecided } = matchBatch(matcher, texts, { seen: new Set() });
    expect(matches[0]?.map((m) => m.entityId)).toEqual(['india']);
    expect(undecided).toEqual([]);
  });
});

describe('a person who shares a name with a place: a given name before a ruled place alias', () => {
  // The example (Tawakkol Karman, Yemeni Nobel laureate), on a page that already named Kerman
  // and Iran: the rule is confirmed, and still the surname is not the city. Neither the archive nor the
  // pages name her: these sentences are written for the test in the style of the BBC's.
  const seen = (): { seen: Set<string> } => ({ seen: new Set(['kerman', 'iran', 'kerman-bombings']) });
  it.each([
    'وانتقدت الناشطة اليمنية توكل كرمان، الحائزة على جائزة نوبل للسلام، إيران',
    'وقالت توكل كرمان إن الهجوم على إيران عمل إرهابي',
    'ومنحت الجائزة للرئيسة الليبيرية إلين جونسون سيرليف ومواطنتها ليما غبوي وتوكل كرمان',
    'Professor Joseph Kerman wrote about opera',
  ])('no Kerman in «%s»', (text) => {
    const found = matcher.match(text, seen()).filter((m) => m.entityId === 'kerman');
    expect(found).toEqual([]);
  });

  it('gives the text no undecided status: the name is refused for a reason, not for want of context', () => {
    const text = 'وقالت توكل كرمان إن الثورة مستمرة في اليمن';
    expect(matchBatch(matcher, [text], { seen: new Set() }).undecided).toEqual([]);
  });

  it.each<[string, string]>([
    // The city itself, after a qualifier or the event's trigger (CORPUS.md: the January 2024 bombings).
    ['قتل العشرات في تفجيرين بمدينة كرمان جنوب شرقي إيران', 'kerman-bombings'],
    ['وصل المحققون إلى مدينة كرمان صباح اليوم', 'kerman'],
    ['The Kerman province of Iran', 'kerman'],
    // A given name before an unambiguous country is a verb-first sentence's subject: the country stays.
    ['واتهم ولي العهد السعودي الأمير محمد بن سلمان إيران بتزويد الحوثيين بالصواريخ', 'iran'],
    // «لصالح» (in favour of) is not ل + the given name صالح.
    ['وصوت البرلمان لصالح باكستان', 'pakistan'],
  ])('«%s» → %s', (text, id) => expect(matcher.match(text, seen()).map((m) => m.entityId)).toContain(id));
});

describe('given names that are also common words are not on the list', () => {
  it('keeps America after the verb "mark" (the English alias America is ruled)', () => {
    // The rule of "America" (nearby Pakistan … within 3 words) is confirmed here by Pakistan.
    const text = 'Pakistan will mark America’s withdrawal with a statement';
    expect(marks(text)).toContain('united-states:America');
  });
});

describe('a given name is never a function word, and guards only a place written bare', () => {
  // The reviewer's sentences (issue 9 review), in the BBC's style: «على» folds to «علي» (ى → ي), and
  // the given name «علي» used to make the place after it a surname.
  const ids = (text: string, seen: string[] = []): string[] =>
    matcher
      .match(text, { seen: new Set(seen) })
      .flatMap((m) => [m.entityId, ...(m.inner ?? []).map((i) => i.entityId)]);
  it.each<[string, string]>([
    ['وسيطرت حركة طالبان على كابل', 'kabul'],
    ['الهجوم على كرمان في إيران', 'kerman'],
    ['وقع تفجير على كويتا في باكستان', 'quetta'],
  ])('«%s» keeps %s', (text, id) => expect(ids(text)).toContain(id));

  it('drops a given name that folds to a function word even from a caller’s list', () => {
    const own = createMatcher(compileGazetteer(entities as Entity[], { givenNames: ['علي', 'توكل'] }));
    const seen = { seen: new Set(['taliban']) };
    expect(own.match('وسيطرت حركة طالبان على كابل', seen).map((m) => m.entityId)).toContain('kabul');
    expect(own.compiled.givenNames).toEqual(['توكل']);
  });
});

describe('the surname rule needs the place written bare', () => {
  // The reviewer's sentence: «بكابل» after the given name «محمد» is "in Kabul" (Afghanistan nearby).
  it.each<[string, string]>([
    ['وولد محمد بكابل عام 1990 في أفغانستان', 'kabul:بكابل'],
    ['وعاد أحمد لكابل بعد سنوات في أفغانستان', 'kabul:لكابل'],
  ])('«%s» → %s', (text, mark) => expect(marks(text)).toContain(mark));

  it('still reads the bare place after the name as a surname (توكل كرمان)', () => {
    const text = 'وقالت توكل كرمان إن الهجوم على إيران عمل إرهابي';
    expect(matcher.match(text, { seen: new Set(['kerman', 'iran']) }).map((m) => m.entityId)).not.toContain(
      'kerman',
    );
  });
});
