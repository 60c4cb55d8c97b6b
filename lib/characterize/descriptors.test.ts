import { describe, expect, it } from 'vitest';
import { foldString } from '../fold';
import type { EntityType } from '../types';
import { findDescriptors } from './descriptors';

/**
 * The descriptors of `surface` (the matcher's mark: proclitics included; `alias` is the part that is the
 * alias, when the mark carries a proclitic) in `sentence`, as [kind, text] pairs.
 */
function describe_(
  sentence: string,
  surface: string,
  type: EntityType,
  alias = surface,
  nth = 0,
): [string, string][] {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = sentence.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`«${surface}» not in the sentence`);
  const mention = { entityId: 'x', type, start, end: start + surface.length, key: foldString(alias) };
  const found = findDescriptors(sentence, mention, [0, sentence.length]);
  for (const d of found) expect(sentence.slice(d.start, d.end)).toBe(d.text);
  return found.map((d) => [d.kind, d.text]);
}

describe('findDescriptors: the five seeds', () => {
  it.each([
    // 003: rank before, office between commas after.
    [
      'لا سيما ان المشير منير عاصم، قائد الجيش الباكستاني، يرى أن ذلك جزءٌ مهمٌ من حساباته للتقرب من إدارة ترمب',
      'منير عاصم',
      [
        ['title', 'المشير'],
        ['apposition', 'قائد الجيش الباكستاني'],
      ],
    ],
    // 003
    [
      'ويقول الفريق أحمد شريف شودري، المتحدث العسكري الباكستاني، إنه ينبغي للولايات المتحدة إعادة شراء هذه الأسلحة من السوق السوداء في أفغانستان',
      'أحمد شريف شودري',
      [
        ['title', 'الفريق'],
        ['apposition', 'المتحدث العسكري الباكستاني'],
      ],
    ],
    // 003
    [
      'على سبيل المثال، في يونيو (حزيران) 2025، وصف الجنرال مايكل كوريلا، الرئيس السابق القيادة المركزية الأمريكية، التعاون الباكستاني في مكافحة الإرهاب بأنه “وثيق”، مشيرًا إلى أهميته في مواجهة داعش.',
      'مايكل كوريلا',
      [
        ['title', 'الجنرال'],
        ['apposition', 'الرئيس السابق القيادة المركزية الأمريكية'],
      ],
    ],
    // 002: an office title, then a rank; «لجنة القوات المسلحة …» after the comma is the verb's object.
    [
      'وفي مارس (آذار) 2023، أخبر قائد القيادة المركزية الأمريكية الجنرال مايكل كوريلا، لجنة القوات المسلحة في مجلس الشيوخ أن داعش خراسان سيكون قادراً على القيام بعمليات خارجية',
      'مايكل كوريلا',
      [
        ['title', 'قائد القيادة المركزية الأمريكية'],
        ['title', 'الجنرال'],
      ],
    ],
    // 004: «باسم طالبان» closes the title; «رفض تصريحات …» after the comma is a verb.
    [
      'وبحسب الصحيفة، فإن المتحدث باسم طالبان بلال كريمي، رفض تصريحات القياديين بأن الجماعة بحاجة إلى تعاون دُوَليّ لمحاربة المسلحين الآخرين.',
      'بلال كريمي',
      [['title', 'المتحدث باسم طالبان']],
    ],
    // 000: the title starts after the preposition بـ of «بالقائد».
    [
      'إلا أنّ وكالة المرصاد نشرت صورة مشتركة تجمعه بالقائد الداعشي الباكستاني المعروف عمر باجوري.',
      'عمر باجوري',
      [['title', 'القائد الداعشي الباكستاني المعروف']],
    ],
    // 000: «يُدعى» joins a describing phrase to the name; «والمعروف …» after the comma opens with و.
    [
      'تشير تقارير المرصد، المستندة إلى مصادر أمنية موثوقة، إلى أنّ مسؤولاً رفيعاً في داعش يُدعى برهان، والمعروف في صفوف الخوارج باسم زيد، قد قُتل برصاص مسلحين مجهولين',
      'برهان',
      [['apposition', 'مسؤولاً رفيعاً في داعش']],
    ],
    // 002: a long title; «الدول الغربية إلى الاستيقاظ …» (11 words to the next comma) is the verb's object.
    [
      'دعا الزميل الزائر السابق في معهد الشؤون الدولية بكلية لندن للاقتصاد جواد إقبال، الدول الغربية إلى الاستيقاظ على التهديد الدولي المتزايد لتنظيم داعش خراسان، الذي يُعتقد أنه يقف خلف الهجوم',
      'جواد إقبال',
      [['title', 'الزميل الزائر السابق في معهد الشؤون الدولية بكلية لندن للاقتصاد']],
    ],
  ])('%s', (sentence, surface, expected) => {
    expect(describe_(sentence, surface, 'person')).toEqual(expected);
  });

  it('001: «تنظيم داعش الإرهابي» gives the epithet «الإرهابي»; «تنظيم» is part of the name', () => {
    const s =
      'كشف مسؤولون باكستانيون بارزون أن السلطات الأمنية توصلت إلى أدلة دامغة على وجود أنشطة لتنظيم داعش الإرهابي في كبرى المدن الباكستانية';
    expect(describe_(s, 'لتنظيم داعش', 'organization', 'تنظيم داعش')).toEqual([['epithet', 'الإرهابي']]);
  });

  it('002: «، الذي يُعتقد …» after ISIS-K is a relative clause, not an apposition', () => {
    const s =
      'الدول الغربية إلى الاستيقاظ على التهديد الدولي المتزايد لتنظيم داعش خراسان، الذي يُعتقد أنه يقف خلف الهجوم الإرهابي على قاعة للحفلات الموسيقية في موسكو';
    expect(describe_(s, 'لتنظيم داعش خراسان', 'organization', 'تنظيم داعش خراسان')).toEqual([]);
  });

  it('004: the organization after «المتحدث باسم» gets no title (titles are for persons)', () => {
    const s = 'وبحسب الصحيفة، فإن المتحدث باسم طالبان بلال كريمي، رفض تصريحات القياديين';
    expect(describe_(s, 'طالبان', 'organization')).toEqual([]);
  });

  it('000: a nisba («الباكستاني») is an adjective of the commander, not a place with descriptors', () => {
    const s = 'إلا أنّ وكالة المرصاد نشرت صورة مشتركة تجمعه بالقائد الداعشي الباكستاني المعروف عمر باجوري.';
    expect(describe_(s, 'الباكستاني', 'place', 'باكستان')).toEqual([]);
  });
});

describe('findDescriptors: BBC Arabic (ant-bbc)', () => {
  it.each([
    // culture/BB-culture-292-20180906: a title before a comma.
    [
      'وفي مايو/أيار الماضي، التقت كارداشيان بالرئيس الأمريكي، دونالد ترامب، للتوسط لإطلاق السجينة، أليس ماري جونسون، وتكللت جهودها بالنجاح',
      'دونالد ترامب',
      [['title', 'الرئيس الأمريكي']],
    ],
    // culture/BB-culture-69-20180310
    [
      'صحيفة نيويورك تايمز تقول إن الرئيس الأمريكي السابق، باراك أوباما، وزوجته ميشيل يبحثان حاليا تقديم برامج لصالح شركة نتفليكس.',
      'باراك أوباما',
      [['title', 'الرئيس الأمريكي السابق']],
    ],
    // culture/BB-culture-200-20180613: the spokesman is Gendelman; Netanyahu is the prime minister.
    [
      'وقال أوفير جيندلمان، المتحدث باسم رئيس الوزراء الإسرائيلي بنيامين نيتنياهو، إنه يرحب بزيارة عيدان.',
      'أوفير جيندلمان',
      [['apposition', 'المتحدث باسم رئيس الوزراء الإسرائيلي بنيامين نيتنياهو']],
    ],
    [
      'وقال أوفير جيندلمان، المتحدث باسم رئيس الوزراء الإسرائيلي بنيامين نيتنياهو، إنه يرحب بزيارة عيدان.',
      'بنيامين نيتنياهو',
      [['title', 'رئيس الوزراء الإسرائيلي']],
    ],
    // internationalNews/BB-internationalNews-36-20180210
    [
      'وأثارت تصريحات ترامب تلك انتقادات من جانب الديمقراطيين، حيث اعتبر جو بايدن، نائب الرئيس الأمريكي السابق، أن ترامب قلل من أهمية المزاعم ضد بورتر.',
      'جو بايدن',
      [['apposition', 'نائب الرئيس الأمريكي السابق']],
    ],
    // internationalNews/BB-internationalNews-852-20180722: the adviser is someone else; Trump is the president.
    [
      'أظهرت وثائق نشرها مكتب التحقيقات الفيدرالي الأمريكي أن المكتب يعتقد أن مستشار الرئيس الأمريكي دونالد ترامب للسياسة الخارجية خلال الحملة الرئاسية عام 2016 كان يتآمر',
      'دونالد ترامب',
      [['title', 'الرئيس الأمريكي']],
    ],
    // middleEast/BB-middleEast-842-20180807: «إدارة ترامب»: Trump is the possessor, the official is not him.
    [
      'على الرغم من أن مسؤولا رفيعا في إدارة ترامب رفض ذكر اسمه قال إن الولايات المتحدة "لا تشعر بالقلق" من هذه الخطوة .',
      'ترامب',
      [],
    ],
    // internationalNews/BB-internationalNews-784-20180711: «المتشددة» describes the demands.
    [
      'يخشى بعضهم في حلف الناتو من أن تؤدي مطالب ترامب المتشددة والمتكررة إلى الإضرار بالروح المعنوية',
      'ترامب',
      [],
    ],
  ])('%s', (sentence, surface, expected) => {
    expect(describe_(sentence, surface, 'person')).toEqual(expected);
  });

  it('middleEast/BB-middleEast-295-20180405: «تنظيم الدولة الإسلامية المتشدد» → epithet «المتشدد»', () => {
    const s =
      'وهناك جنود أمريكيون في منبج، التي استعادتها قوات سوريا الديمقراطية، التي تهيمن عليها وحدات الشعب الكردية، من تنظيم الدولة الإسلامية المتشدد عام 2016.';
    expect(describe_(s, 'تنظيم الدولة الإسلامية', 'organization')).toEqual([['epithet', 'المتشدد']]);
  });

  it('middleEast/BB-middleEast-27-20180212: a place has an apposition too', () => {
    const s =
      'ونقل عن نتنياهو قوله في منتدى الحزب إن أي تغيير في وضعية المستوطنات لابد من تنسيقه في البداية "بقدر الإمكان" مع الولايات المتحدة، الحليف الرئيس لإسرائيل.';
    expect(describe_(s, 'الولايات المتحدة', 'place')).toEqual([['apposition', 'الحليف الرئيس لإسرائيل']]);
  });

  it('middleEast/BB-middleEast-721-20180711: «بحليف روسيا، الرئيس السوري …» describes the ally, not Russia', () => {
    const s =
      'وكان رئيس الوزراء الاسرائيلي لروسيا قد قال إن بلاده لا تسعى للإطاحة بحليف روسيا، الرئيس السوري بشار الأسد، ولكن يتوجب على سوريا تشجيع إيران على مغادرة روسيا';
    expect(describe_(s, 'روسيا', 'place', 'روسيا', 0)).toEqual([]);
    expect(describe_(s, 'روسيا', 'place', 'روسيا', 1)).toEqual([]);
  });
});

describe('findDescriptors: English pages (../shared/pages)', () => {
  // article-extraction-benchmark/1ee91d1fce65.html (Polygraph)
  const polygraph =
    'Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military operation against Islamic State in Iraq and Syria, told VOA Pentagon correspondent Carla Babb on Nov. that the Russian and Syrian defense ministry’s claim “is patently false,”';
  it.each([
    [
      polygraph,
      'Sean Robertson',
      [
        ['title', 'Cmdr.'],
        ['apposition', 'a spokesperson for Inherent Resolve'],
      ],
    ],
    [
      'United Nations spokesman Farhan Aziz Haq told Polygraph',
      'Farhan Aziz Haq',
      [['title', 'United Nations spokesman']],
    ],
    [
      'The U.S. will keep its military base in al-Tanf after American troops leave Syria under President Donald Trump’s announcement last month.',
      'Donald Trump',
      [['title', 'President']],
    ],
    // postlight/timesofindia.indiatimes.com.html
    [
      'UN charter and Security Council resolutions particularly assume significance at a time when Imran Khan and Pakistan army chief Gen Qamar Javed Bajwa are in Beijing',
      'Qamar Javed Bajwa',
      [
        ['title', 'Pakistan army chief'],
        ['title', 'Gen'],
      ],
    ],
    // newspaper/ap_meta_refresh.html
    [
      'Mateen said he and his supporters had called on the Taliban to join the peace initiative by current Afghan President Ashraf Ghani',
      'Ashraf Ghani',
      [['title', 'current Afghan President']],
    ],
    // newspaper/businessweek.com1.html
    [
      'The family of former President Hamid Karzai was the object of much criticism for that reason',
      'Hamid Karzai',
      [['title', 'former President']],
    ],
  ])('%s', (sentence, surface, expected) => {
    expect(describe_(sentence, surface, 'person')).toEqual(expected);
  });

  it('newspaper/ap_meta_refresh.html: ", he promoted himself to the rank of general" is a clause', () => {
    const s = 'Once in the U.S., he promoted himself to the rank of general.';
    expect(describe_(s, 'U.S.', 'place')).toEqual([]);
  });

  it('"Islamic State" in the Polygraph sentence has no descriptor', () => {
    expect(describe_(polygraph, 'Islamic State', 'organization')).toEqual([]);
  });
});
