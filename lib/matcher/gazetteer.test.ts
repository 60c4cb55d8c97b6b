// Integration: the shipped gazetteer (data/entities.json) over sentences copied from the five seed
// articles. These pin what the product must find with the real data; the engine's own behaviour is
// tested with a fixed gazetteer in matcher.test.ts.

import { describe, expect, it } from 'vitest';
import type { Entity } from '../types';
import entities from '../../data/entities.json';
import { matcherFor } from './index';

const matcher = matcherFor(entities as Entity[]);
const ids = (text: string): [string, string][] =>
  matcher.match(text).map((m) => [m.entityId, text.slice(m.start, m.end)]);
const has = (text: string, id: string, surface: string): boolean =>
  ids(text).some(([e, s]) => e === id && s === surface);

describe('data/entities.json compiles cleanly', () => {
  it('refers only to entity ids it defines', () => {
    expect(matcher.compiled.warnings.filter((w) => w.includes('unknown entity id'))).toEqual([]);
  });
});

describe('seed sentences with the shipped gazetteer', () => {
  it.each<[string, string, string]>([
    ['باكستان؛ ملاذٌ آمنٌ لداعش، ومركز تدريبٍ وصناعةِ المؤامرات!', 'islamic-state', 'لداعش'],
    ['قد فرّ من أفغانستان، وحوّل الأراضي الباكستانية إلى ملاذٍ آمن', 'pakistan', 'الباكستانية'],
    ['القبض على عدد من عناصر داعش الباكستانيين أحياء', 'pakistan', 'الباكستانيين'],
    ['تقرير أمريكي يكشف عن تعاون “سرّي” بين طالبان وباكستان في مجالٍ هام', 'pakistan', 'وباكستان'],
    ['انضمت إلى التحالف الأمريكي ضد القاعدة والطالبان في أفغانستان', 'taliban', 'والطالبان'],
    ['قبول مزاعمها بدعم الهند لحركة طالبان باكستان وانفصاليي البلوش', 'ttp', 'لحركة طالبان باكستان'],
    [
      'في حين تحارب جماعات مثل تحريك طالبان باكستان (TTP) التي تهدد أمنها الداخلي',
      'ttp',
      'تحريك طالبان باكستان',
    ],
    ['تقرير: داعش خراسان يذكّر بالقاعدة قبل 11 سبتمبر', 'isis-k', 'داعش خراسان'],
    ['خاصة فرعه في خوراسان (ISIS-K). تساعد باكستان الغرب', 'isis-k', 'ISIS-K'],
    ['مثل قتل حفيظ سعيد خان في 2016', 'killing-of-hafiz-saeed-khan', 'قتل حفيظ سعيد خان'],
    ['يقول الفريق أحمد شريف شودري، المتحدث العسكري الباكستاني', 'ahmed-sharif-chaudhry', 'أحمد شريف شودري'],
    ['الذي استغل سقوط كابول لتعزيز وجوده', 'us-withdrawal-from-afghanistan', 'سقوط كابول'],
    ['نقلت صحيفة “واشنطن بوست” الأمريكية', 'washington-post', 'واشنطن بوست'],
    ['لا سيما ان المشير منير عاصم، قائد الجيش الباكستاني', 'asim-munir', 'منير عاصم'],
    ['في منطقة قصور بإقليم البنجاب الباكستاني', 'kasur', 'قصور'],
    ['إلا أنّ وكالة المرصاد نشرت صورة مشتركة', 'al-mirsad', 'وكالة المرصاد'],
    ['قُتل في 20 أكتوبر 2024 في مديرية ماڼوګي بولاية كونار', 'manogai', 'ماڼوګي'],
  ])('%s → %s', (text, id, surface) => expect(ids(text)).toContainEqual([id, surface]));

  it.each([
    'وإثبات هذا لا يحتاج إلى برهان',
    'وإلى جانب ما يراه البعض قصورا في القانون الانتخابي',
    'وأن القاعدة هي بقاء المنبر في مكانه الأصلي',
    'فازت رشيدة التي وقفت بالمرصاد للرئيس',
    'توفي الفنان المصري جميل راتب عن عمر يناهز 92 عاما',
    'إذ يزيد احتمال ارتباط نتائج البحث بمواقع خبيثة',
    'المدرب الأرجنتيني خوسيه بيكرمان',
    'ومدنية مشهد هي عاصمة مقاطعة خراسان رضوي',
    'ارتفع عدد الإصابات بفيروس كورونا في موسكو إلى ألف',
  ])('no trap word highlighted: %s', (text) => {
    const found = ids(text).filter(([id]) => id !== 'moscow');
    expect(found).toEqual([]);
  });

  it.each<[string, [string, string][]]>([
    // BBC Arabic: Trump's family is not Donald Trump.
    ['نشر عدد من المشاهير التماسا على موقع إنستغرام يحث إيفانكا ترامب على المساعدة', []],
    ['في إشارة إلى قرار السيدة الأولى ميلانيا ترامب المثير للجدل', []],
    ['وقال ترامب إن', [['donald-trump', 'ترامب']]],
    // BBC Arabic: bare أمريكا is the United States; its regions are not.
    ['تعلق اختبار سيارات ذاتية القيادة بأمريكا بعد مقتل امرأة', [['united-states', 'بأمريكا']]],
    ['وبحلول عام 1968 بلغت شهرتها آفاق أمريكا وأوروبا', [['united-states', 'أمريكا']]],
    ['ستصبح الارجنتين ثالث دولة في أمريكا اللاتينية، بعد أوروجواي', [['latin-america', 'أمريكا اللاتينية']]],
    ['في أمريكا الشمالية وأوروبا', [['north-america', 'أمريكا الشمالية']]],
    [
      'the poorest country in Latin America and South America',
      [
        ['latin-america', 'Latin America'],
        ['south-america', 'South America'],
      ],
    ],
    // BBC Arabic: الأفغان (the Afghans) with the article.
    ['ويعارض الكثير من الأفغان عمل النساء', [['afghanistan', 'الأفغان']]],
    [
      'لعبة ومؤامرة بين المخابرات الباكستانية والأمريكان والبريطانيين.والأفغان هم من يدفعون الثمن',
      [
        ['isi', 'المخابرات الباكستانية'],
        ['united-states', 'والأمريكان'],
        ['afghanistan', 'والأفغان'],
      ],
    ],
    // Seed 002 and 003: the Peshawar mosque bombing needs an attack word and a mosque word.
    [
      'شملت تفجيراً انتحارياً استهدف مسجداً شيعياً في بيشاور سنة 2022',
      [['peshawar-mosque-bombing', 'تفجيراً انتحارياً استهدف مسجداً شيعياً في بيشاور']],
    ],
    ['وأدى صلاة الجمعة في مسجد في بيشاور', [['peshawar', 'بيشاور']]],
    // The concert-hall attack needs a hall/concert word or its perpetrator in the sentence (seed 002).
    [
      'في عام 2024، أدى هجوم موسكو الذي نفذه داعش إلى تجديد الاهتمام',
      [
        ['moscow-concert-hall-attack', 'هجوم موسكو'],
        ['islamic-state', 'داعش'],
      ],
    ],
    ['Ukrainian drones attack Moscow for a second night', [['moscow', 'Moscow']]],
    ['وأعلنت الدفاعات الجوية صد هجوم موسكو بالطائرات المسيرة', [['moscow', 'موسكو']]],
    // English demonyms name the country, as the Arabic nisba does (pages: WaPo, Independent, India Post).
    ['Aside from Russian President Vladimir Putin, few', [['russia', 'Russian']]],
    ['alleging the Chinese online retailer allows sales', [['china', 'Chinese']]],
    ['nearly 150 Indians returned home broke on Wednesday', [['india', 'Indians']]],
    ['Their American dream shattered', [['united-states', 'American']]],
    [
      'South Asian Summit discusses issues since 9/11',
      [
        ['south-asia', 'South Asian'],
        ['september-11-attacks', '9/11'],
      ],
    ],
    ['the Indian Ocean and American Indian tribes', []],
    ['Latin American leaders', [['latin-america', 'Latin American']]],
    // BBC Arabic: "the September attacks" is how the press names 9/11.
    [
      'ورغم إدانة السعودية لهجمات سبتمبر وتعرضها أيضا لهجمات دموية',
      [['september-11-attacks', 'لهجمات سبتمبر']],
    ],
    // Bare حقاني is a person's surname, not the network.
    ['جلال الدين حقاني مؤسس الشبكة', []],
  ])('gazetteer: %s', (text, expected) => expect(ids(text)).toEqual(expected));

  it('a COVID sentence naming Moscow is not the concert-hall attack', () => {
    expect(
      has('ارتفع عدد الإصابات بفيروس كورونا في موسكو إلى ألف', 'moscow-concert-hall-attack', 'موسكو'),
    ).toBe(false);
  });
});
