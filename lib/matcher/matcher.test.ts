// Table-driven tests of the matcher with real sentences (seeds, ant-bbc, /work/shared/pages), copied
// here. Each row lists the expected [entity id, exact original text] pairs in order; expectations were
// written by reading the sentence, not by running the matcher.

import { describe, expect, it } from 'vitest';
import { matchEach, matcherFor } from './index';
import { TEST_ENTITIES, entity } from './test-entities';

const matcher = matcherFor(TEST_ENTITIES);
const run = (text: string): [string, string][] =>
  matcher.match(text).map((m) => [m.entityId, text.slice(m.start, m.end)]);

describe('Arabic proclitics, "ال" and the nisba', () => {
  it.each<[string, [string, string][]]>([
    [
      'وتسعى باكستان وأفغانستان',
      [
        ['pakistan', 'باكستان'],
        ['afghanistan', 'وأفغانستان'],
      ],
    ],
    [
      'تقرير أمريكي يكشف عن تعاون “سرّي” بين طالبان وباكستان',
      [
        ['united-states', 'أمريكي'],
        ['taliban', 'طالبان'],
        ['pakistan', 'وباكستان'],
      ],
    ],
    [
      'وأشار إلى أن لباكستان دورا، وأن بباكستان خلايا',
      [
        ['pakistan', 'لباكستان'],
        ['pakistan', 'بباكستان'],
      ],
    ],
    ['حوّل الأراضي الباكستانية إلى ملاذٍ آمن', [['pakistan', 'الباكستانية']]],
    [
      'عدد من عناصر داعش الباكستانيين أحياء',
      [
        ['islamic-state', 'داعش'],
        ['pakistan', 'الباكستانيين'],
      ],
    ],
    [
      'باكستان؛ ملاذٌ آمنٌ لداعش، ومركز تدريبٍ',
      [
        ['pakistan', 'باكستان'],
        ['islamic-state', 'لداعش'],
      ],
    ],
    [
      'انضمت إلى التحالف الأمريكي ضد القاعدة والطالبان في أفغانستان',
      [
        ['united-states', 'الأمريكي'],
        ['al-qaeda', 'القاعدة'],
        ['taliban', 'والطالبان'],
        ['afghanistan', 'أفغانستان'],
      ],
    ],
    [
      'قبول مزاعمها بدعم الهند لحركة طالبان باكستان',
      [
        ['india', 'الهند'],
        ['ttp', 'لحركة طالبان باكستان'],
      ],
    ],
    ['وقدّمت أدلة للهند', [['india', 'للهند']]],
    ['ثمة تهديدات على الحدود الأفغانية', [['afghanistan', 'الأفغانية']]],
    [
      'بل دول أخرى مثل روسيا، قلقة؛ فروسيا تراه تهديدًا',
      [
        ['russia', 'روسيا'],
        ['russia', 'فروسيا'],
      ],
    ],
    [
      'القوات الروسية والمسؤولين الروسيين',
      [
        ['russia', 'الروسية'],
        ['russia', 'الروسيين'],
      ],
    ],
    ['ندما يقول البعض إن أزمة المياه من أسباب ظهور تنظيمات كداعش في سوريا', [['islamic-state', 'كداعش']]],
    // ant-bbc: the accusative nisba, a nisba without "ال" of an alias that has it, a listed nisba's endings.
    ['بعد ساعات من قتل مسلحيها 19 شرطيا أفغانيا في ولاية قندوز', [['afghanistan', 'أفغانيا']]],
    ['وقالت شوبرا في تغريدة بموقع تويتر إنها "هندية فخورة"', [['india', 'هندية']]],
    [
      'عند مجلتي تايم ولايف الأمريكيتين. وأقر مسؤولون أمريكيون',
      [
        ['united-states', 'الأمريكيتين'],
        ['united-states', 'أمريكيون'],
      ],
    ],
    ['لا يعني الهندوس ولا هندا', []],
    [
      'بالقائد الداعشي الباكستاني المعروف عمر باجوري',
      [
        ['islamic-state', 'الداعشي'],
        ['pakistan', 'الباكستاني'],
        ['omar-bajauri', 'عمر باجوري'],
      ],
    ],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected));
});

describe('spelling variants', () => {
  it.each<[string, [string, string][]]>([
    ['الذي استغل سقوط كابول لتعزيز وجوده', [['kabul', 'كابول']]],
    ['مقتل 26 شخصا على الأقل في "هجوم انتحاري" بكابول', [['kabul', 'بكابول']]],
    ['خلال زيارة إلى كابل', [['kabul', 'كابل']]],
    ['إدارة ترمب', [['donald-trump', 'ترمب']]],
    [
      'الرئيس الأمريكي، دونالد ترامب، للتوسط',
      [
        ['united-states', 'الأمريكي'],
        ['donald-trump', 'دونالد ترامب'],
      ],
    ],
    [
      'پاکستان اور کابل',
      [
        ['pakistan', 'پاکستان'],
        ['kabul', 'کابل'],
      ],
    ],
    [
      'باكِسْتانُ وأفغانِسْتانَ',
      [
        ['pakistan', 'باكِسْتانُ'],
        ['afghanistan', 'وأفغانِسْتانَ'],
      ],
    ],
    ['باكـــستان', [['pakistan', 'باكـــستان']]],
    ['ﺑﺎﻛﺴﺘﺎﻥ', [['pakistan', 'ﺑﺎﻛﺴﺘﺎﻥ']]],
    [
      'نفوذ\u00a0(داعش)\u00a0لا يتنامى في\u00a0باكستان',
      [
        ['islamic-state', 'داعش'],
        ['pakistan', 'باكستان'],
      ],
    ],
    ['قال إن دا\u200cعش ينشط', [['islamic-state', 'دا\u200cعش']]],
    ['الإثنين ٢٥ مارس: ذكرى ١١ سبتمبر', [['september-11-attacks', '١١ سبتمبر']]],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected));
});

describe('longest match and dash variants', () => {
  it.each<[string, [string, string][]]>([
    [
      'في حين تحارب جماعات مثل تحريك طالبان باكستان (TTP) التي تهدد أمنها',
      [
        ['ttp', 'تحريك طالبان باكستان'],
        ['ttp', 'TTP'],
      ],
    ],
    ['وخاصةً حركة طالبان باكستان، الناشطة في مناطقها القبلية', [['ttp', 'حركة طالبان باكستان']]],
    ['عن اثنين من قادة حركة طالبان -لم تسمهما-', [['taliban', 'حركة طالبان']]],
    ['مثل قتل حفيظ سعيد خان في 2016', [['hafiz-saeed-khan', 'حفيظ سعيد خان']]],
    ['The drone strike killed Hafiz Saeed Khan in Nangarhar', [['hafiz-saeed-khan', 'Hafiz Saeed Khan']]],
    [
      'خاصة فرعه في خراسان (ISIS-K). تساعد باكستان',
      [
        ['isis-k', 'ISIS-K'],
        ['pakistan', 'باكستان'],
      ],
    ],
    [
      'ISIS-K, ISIS K, IS-K and ISIS–K are one group',
      [
        ['isis-k', 'ISIS-K'],
        ['isis-k', 'ISIS K'],
        ['isis-k', 'IS-K'],
        ['isis-k', 'ISIS–K'],
      ],
    ],
    ['تقرير: داعش خراسان يذكّر بالقاعدة', [['isis-k', 'داعش خراسان']]],
    [
      'داعش - خراسان وداعش-خراسان',
      [
        ['isis-k', 'داعش - خراسان'],
        ['isis-k', 'وداعش-خراسان'],
      ],
    ],
    [
      'نقلت صحيفة “واشنطن بوست” الأمريكية',
      [
        ['washington-post', 'واشنطن بوست'],
        ['united-states', 'الأمريكية'],
      ],
    ],
    ['the Islamic State group', [['islamic-state', 'Islamic State']]],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected));
});

describe('English: case, possessive, plural, demonyms', () => {
  it.each<[string, [string, string][]]>([
    [
      "Pakistan’s army and Pakistan's ISI",
      [
        ['pakistan', 'Pakistan'],
        ['pakistan', 'Pakistan'],
      ],
    ],
    [
      'Pakistanis and Afghans crossed',
      [
        ['pakistan', 'Pakistanis'],
        ['afghanistan', 'Afghans'],
      ],
    ],
    ['the Talibans', []],
    ['IS militants attacked', [['islamic-state', 'IS']]],
    ['What it is: this is a test of IS', []],
    ['WHAT IS NEXT for the militants', []],
    ['FOLLOW US ON SOCIAL MEDIA', []],
    // India Post: an all-caps dateline after the acronym is not an all-caps headline around it.
    [
      'Indian-origin man pleads guilty to fraud scheme in US NEW YORK: An Indian-origin man',
      [
        ['india', 'Indian'],
        ['united-states', 'US'],
        ['india', 'Indian'],
      ],
    ],
    ['deportees return home from US NEW DELHI: Their dream', [['united-states', 'US']]],
    ['referring to the UN Security Council resolutions', [['united-nations', 'UN']]],
    ['he said un moment', []],
    ['US forces left; us and them', [['united-states', 'US']]],
    [
      '“This was the fourth time I have been deported,” said Singh Jabarjung, 24, from Punjab’s Bhatinda.',
      [],
    ],
    // Only real acronyms are refused next to an all-caps word; a cased name is not (Daily Caller page).
    [
      '(RELATED: Forget ISIS, China And Immigrants; Flopping Is The Real Problem)',
      [
        ['islamic-state', 'ISIS'],
        ['china', 'China'],
      ],
    ],
    [
      'fighters of the Islamic State (ISIS) group',
      [
        ['islamic-state', 'Islamic State'],
        ['islamic-state', 'ISIS'],
      ],
    ],
    [
      'BREAKING: Trump arrives in Kabul',
      [
        ['donald-trump', 'Trump'],
        ['kabul', 'Kabul'],
      ],
    ],
    ['Kerman was born in Ohio', []],
    ['a bombing in the Iranian city of Kerman', [['kerman', 'Kerman']]],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected));
});

describe('common words without their rule are not highlighted', () => {
  it.each<[string, [string, string][]]>([
    ['وإثبات هذا لا يحتاج إلى برهان".', []],
    ['وأقر برهان بسيس، القيادي في حزب نداء تونس', []],
    ['وإلى جانب ما يراه البعض قصورا في القانون الانتخابي', []],
    ['حلقت فوق حي يضم قصورا ملكية في العاصمة الرياض', []],
    ['وزار السياح قصور الملوك', []],
    ['وأن القاعدة هي بقاء المنبر في مكانه الأصلي', []],
    ['نظرا لترك القاعدة الأصلية في الأقصر لسوء حالتها', []],
    ['فازت رشيدة التي وقفت بالمرصاد للرئيس', []],
    ['توفي الفنان المصري جميل راتب عن عمر يناهز 92 عاما', []],
    ['ويكشف للمرة الأولى عن أن منير مراد قد دفن بجوار رفيق نجاحه', []],
    ['وأضاف زيد رعد الحسين في مؤتمر صحفي في جنيف', []],
    ['إذ يزيد احتمال ارتباط نتائج البحث بمواقع خبيثة', []],
    ['المدرب الأرجنتيني خوسيه بيكرمان', []],
    ['زيارة مدينة كرمانشاه', []],
    ['الناشطة اليمنية توكل كرمان', []],
    ['ومدنية مشهد هي عاصمة مقاطعة خراسان رضوي', []],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected));
});

describe('nisba forms that are surnames or other words', () => {
  it.each<[string, [string, string][]]>([
    // BBC Arabic, ANERCorp: the surname Talabani is not the Taliban's nisba …
    ['الاتحاد الوطني الكردستاني بزعامة رئيس العراق السابق جلال طالباني وحركة التغيير', []],
    ['زعيمه رئيس العراق السابق جلال الطالباني وانشق أحد قيادييه', []],
    ['تصريحات الرئيس طالباني وقال', []],
    // … but "the Australian Taliban" is.
    ['ديفيد هيكس الذي يعرف باسم « الطالباني الاسترالي »', [['taliban', 'الطالباني']]],
    ['وألفا عمر كوناري رئيس مفوضية الاتحاد الأفريقي', []],
    ['قبل أن يعزز دانييلي دي روسي التقدم بهدف من ضربة جزاء', []],
    ['مسألة تسميم جاسوس روسي وابنته', [['russia', 'روسي']]],
    ['شخص في دول المحيط الهندي، بينهم أكثر', []],
    ['إلى أن الباديشي لغة تنتمي إلى الأسرة الهندية- الآرية', []],
    ['بينما قال الرئيس الهندي "رام ناث كوفيند"', [['india', 'الهندي']]],
    [
      'في ولاية كونار الأفغانية',
      [
        ['kunar', 'كونار'],
        ['afghanistan', 'الأفغانية'],
      ],
    ],
    // Seed 000, then the surname alone: the person's own alias beats Bajaur's nisba on the same word.
    [
      'بالقائد الداعشي الباكستاني المعروف عمر باجوري. وقُتل باجوري في كونار',
      [
        ['islamic-state', 'الداعشي'],
        ['pakistan', 'الباكستاني'],
        ['omar-bajauri', 'عمر باجوري'],
        ['omar-bajauri', 'باجوري'],
        ['kunar', 'كونار'],
      ],
    ],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected));
});

describe('ambiguity rules', () => {
  it.each<[string, [string, string][]]>([
    // Seed 000: the full name first, then the bare name near داعش.
    [
      'مقتل برهان زيد: دليل على وجود داعش. مسؤولاً رفيعاً في داعش يُدعى برهان، والمعروف باسم زيد',
      [
        ['burhan-zaid', 'برهان زيد'],
        ['islamic-state', 'داعش'],
        ['islamic-state', 'داعش'],
        ['burhan-zaid', 'برهان'],
        ['burhan-zaid', 'زيد'],
      ],
    ],
    // A qualifier next to it.
    [
      'قد قُتل برصاص مسلحين مجهولين في منطقة قصور بإقليم البنجاب',
      [
        ['kasur', 'قصور'],
        ['punjab', 'البنجاب'],
      ],
    ],
    ['متورطة بدرجة كبيرة، وهي التابعة لتنظيم القاعدة', [['al-qaeda', 'لتنظيم القاعدة']]],
    ['إلا أنّ وكالة المرصاد نشرت صورة', [['al-mirsad', 'وكالة المرصاد']]],
    ['تشير تقارير المرصاد إلى ذلك', [['al-mirsad', 'المرصاد']]],
    [
      'وكان داعش خراسان وراء التفجيرين اللذين وقعا في كرمان الإيرانية',
      [
        ['isis-k', 'داعش خراسان'],
        ['kerman', 'كرمان'],
      ],
    ],
    ['ونقلت إلى سجن كرمان في جنوب شرق إيران', [['kerman', 'كرمان']]],
    // A related entity nearby: القاعدة next to طالبان.
    [
      'ضد القاعدة والطالبان في أفغانستان',
      [
        ['al-qaeda', 'القاعدة'],
        ['taliban', 'والطالبان'],
        ['afghanistan', 'أفغانستان'],
      ],
    ],
    // Surname after the full name only.
    [
      'لا سيما ان المشير منير عاصم يرى ذلك. وقال منير إن',
      [
        ['asim-munir', 'منير عاصم'],
        ['asim-munir', 'منير'],
      ],
    ],
    ['وقال منير إن المشير منير عاصم يرى ذلك', [['asim-munir', 'منير عاصم']]],
    [
      'الجنرال مايكل كوريلا قال. وكان كوريلا يتحدث',
      [
        ['michael-kurilla', 'مايكل كوريلا'],
        ['michael-kurilla', 'كوريلا'],
      ],
    ],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected));

  it("an entity's `related` ids do not confirm a rule that does not name them", () => {
    const text = 'تراجع إقبال الشباب على الانضمام إلى داعش خراسان';
    expect(run(text)).toEqual([['isis-k', 'داعش خراسان']]);
  });

  it('carries the full name across blocks of one document through the context', () => {
    const context = { seen: new Set<string>() };
    matcher.match('المشير عاصم منير، قائد الجيش', context);
    expect(context.seen.has('asim-munir')).toBe(true);
    const text = 'وقال منير إن الجيش مستعد';
    expect(matcher.match(text, context).map((m) => [m.entityId, text.slice(m.start, m.end), m.via])).toEqual([
      ['asim-munir', 'منير', 'rule'],
    ]);
    expect(matcher.match(text)).toEqual([]);
  });
});

describe('events', () => {
  it.each<[string, [string, string][]]>([
    [
      'في عام 2024، أدى هجوم موسكو الذي نفذه داعش إلى تجديد الاهتمام',
      [
        ['moscow-concert-hall-attack', 'هجوم موسكو'],
        ['islamic-state', 'داعش'],
      ],
    ],
    [
      'نفذ داعش هجمات في باكستان، مثل تفجير مسجد في بيشاور، مما دفع',
      [
        ['islamic-state', 'داعش'],
        ['pakistan', 'باكستان'],
        ['peshawar-mosque-bombing', 'تفجير مسجد في بيشاور'],
      ],
    ],
    ['the Crocus City Hall attack', [['moscow-concert-hall-attack', 'Crocus City Hall attack']]],
    ['وتخرجت بالمعهد العالي للموسيقى في موسكو.', [['moscow', 'موسكو']]],
    // BBC Arabic (Skripal): the attack word ends one sentence, Moscow opens the next.
    [
      'إلى اتهام الحكومة الروسية بالضلوع في الهجوم. وتنفي موسكو أي علاقة لها بالحادث',
      [
        ['russia', 'الروسية'],
        ['moscow', 'موسكو'],
      ],
    ],
    ['وقع الهجوم\nموسكو تنفي', [['moscow', 'موسكو']]],
    ['ارتفع عدد الإصابات بفيروس كورونا في موسكو إلى ألف', [['moscow', 'موسكو']]],
    ['بعد هجمات 11 سبتمبر (أيلول)', [['september-11-attacks', 'هجمات 11 سبتمبر']]],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected));
});

describe('entities inside an event', () => {
  const local = matcherFor([
    entity('burhan-zaid', 'person', ['برهان زيد', { text: 'برهان', rule: {} }]),
    entity('killing-of-burhan-zaid', 'event', ['مقتل برهان زيد']),
  ]);
  // Seed 000: the title names him only inside the event, the body by his first name.
  const text =
    'مقتل برهان زيد: دليل مُوثّق على وجود داعش داخل الأراضي الباكستانية\nوكان برهان أحد عناصر الهيكل التنظيمي المهمّ لدى داعش';
  const inner = (m: { inner?: { entityId: string; start: number; end: number }[] }): [string, string][] =>
    (m.inner ?? []).map((i) => [i.entityId, text.slice(i.start, i.end)]);

  it('lists the entity named inside an event alias, and counts it as seen for its surname rule', () => {
    const ms = local.match(text);
    expect(ms.map((m) => [m.entityId, text.slice(m.start, m.end)])).toEqual([
      ['killing-of-burhan-zaid', 'مقتل برهان زيد'],
      ['burhan-zaid', 'برهان'],
    ]);
    expect(inner(ms[0]!)).toEqual([['burhan-zaid', 'برهان زيد']]);
    const context = { seen: new Set<string>() };
    local.match('مقتل برهان زيد', context);
    expect([...context.seen].sort()).toEqual(['burhan-zaid', 'killing-of-burhan-zaid']);
  });

  it('lists the place of a proximity event', () => {
    const t = 'في عام 2024، أدى هجوم موسكو الذي نفذه داعش إلى تجديد الاهتمام';
    const m = matcher.match(t).find((x) => x.entityId === 'moscow-concert-hall-attack');
    expect((m?.inner ?? []).map((i) => [i.entityId, t.slice(i.start, i.end)])).toEqual([['moscow', 'موسكو']]);
  });
});

describe('matches cover whole words', () => {
  // Paragraphs copied from the five seed articles.
  const paragraphs = [
    'وبعد مقتله، حاولت المؤسسات الباكستانية نفي أي علاقة له بداعش، إلا أنّ وكالة المرصاد نشرت صورة مشتركة تجمعه بالقائد الداعشي الباكستاني المعروف عمر باجوري. وهذا الأخير هو نفسه الذي قُتل في 20 أكتوبر 2024 في مديرية ماڼوګي بولاية كونار خلال عملية نفّذتها قوات الأمن التابعة لإمارة أفغانستان الإسلامية ضد عناصر داعش.',
    'وفي تصريح لـ«الشرق الأوسط»، أشار المنسق العام لـ«الهيئة الوطنية لمكافحة الإرهاب» إلى أن تنامي تهديدات تنظيم داعش في المنطقة يعنى أن التنظيم بات أكثر قدرة على تنفيذ عملياته في المنطقة، ورغم ذلك دأبت السلطات في أوقات سابقة على نفي وجود «داعش» في باكستان.',
    'كما أعلنت الجماعة مسؤوليتها عن هجمات عدة في باكستان، شملت تفجيراً انتحارياً استهدف مسجداً شيعياً في بيشاور سنة 2022، وهجوماً آخر في منطقة باجور الباكستانية أسفر عن مقتل 60 شخصاً وإصابة أكثر من 100 آخرين.',
    'في هذا السياق، تؤدي باكستان دورًا حاسمًا في الحرب العالمية ضد تنظيم الدولة الإسلامية (داعش)، خاصة فرعه في خوراسان (ISIS-K). تساعد باكستان الغرب، وخاصة الولايات المتحدة، في جهود مكافحة الإرهاب.',
    'وأكد مسؤول بوزارة الخارجية الباكستانية إن “إسلام آباد ناقشت بالفعل التعاون في مكافحة الإرهاب مع حركة طالبان الأفغانية، خلال زيارة قام بها مؤخرًا رئيس المخابرات الباكستانية ووزير الخارجية إلى كابل”',
  ];
  const word = /[\p{L}\p{M}\p{N}]/u;
  it.each(paragraphs)('%s', (text) => {
    const matches = matcher.match(text);
    expect(matches.length).toBeGreaterThan(2);
    let last = 0;
    for (const m of matches) {
      expect(m.start).toBeGreaterThanOrEqual(last);
      last = m.end;
      expect(word.test(text[m.start - 1] ?? ' ')).toBe(false);
      expect(word.test(text[m.end] ?? ' ')).toBe(false);
      expect(word.test(text[m.start] ?? '')).toBe(true);
      expect(word.test(text[m.end - 1] ?? '')).toBe(true);
    }
  });
});

describe('matchEach: several texts in one call', () => {
  const texts = [
    'NEWS',
    'US',
    'ضد القاعدة',
    'والطالبان في أفغانستان',
    'لا سيما ان المشير منير عاصم يرى ذلك.',
    'وقال منير إن',
    'the Islamic\nState, in US NEW YORK: ISIS',
    '',
    'مقتل برهان زيد',
  ];
  it('gives what match() gives on each text in turn, offsets in each text, context included', () => {
    const m = matcherFor(TEST_ENTITIES);
    const one = { seen: new Set<string>() };
    const each = { seen: new Set<string>() };
    const expected = texts.map((t) => m.match(t, one));
    expect(expected.flat().length).toBeGreaterThan(5);
    // However the texts are grouped: a rule window, the all-caps test or "seen" never reach across.
    for (const size of [1, 2, 3, texts.length]) {
      each.seen.clear();
      const got = [];
      for (let i = 0; i < texts.length; i += size) got.push(...matchEach(m, texts.slice(i, i + size), each));
      expect(got).toEqual(expected);
      expect([...each.seen]).toEqual([...one.seen]);
    }
  });

  it('falls back to match() for another Matcher', () => {
    const other = {
      match: (text: string) => [{ entityId: text, start: 0, end: text.length, via: 'alias' as const }],
    };
    expect(matchEach(other, ['a', 'b'])).toEqual([other.match('a'), other.match('b')]);
  });
});
