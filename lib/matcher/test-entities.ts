// A small gazetteer for the engine's unit tests, with the real entity ids and the aliases and rules the
// traps need. The tests use it instead of data/entities.json so they test the engine, not the data, and
// keep passing while the data changes. Not imported by product code.

import type { Alias, Entity, EntityType } from '../types';

type A = Omit<Alias, 'lang'> & { lang?: Alias['lang'] };

export function entity(
  id: string,
  type: EntityType,
  aliases: (string | A)[],
  extra: Partial<Entity> = {},
): Entity {
  return {
    id,
    type,
    names: { en: id, ar: id },
    description: { en: '', ar: '' },
    aliases: aliases.map((a) => {
      const alias = typeof a === 'string' ? { text: a } : a;
      return { lang: /[\u0600-\u06ff]/.test(alias.text) ? 'ar' : 'en', ...alias };
    }),
    ...extra,
  };
}

export const TEST_ENTITIES: Entity[] = [
  entity('pakistan', 'place', ['باكستان', 'Pakistan', 'پاکستان', 'Pakistani']),
  entity('afghanistan', 'place', ['أفغانستان', 'Afghanistan', 'Afghan', 'افغانستان']),
  entity('india', 'place', ['الهند', 'India', 'Indian'], {
    exclude: ['المحيط الهندي', 'الهندية الآرية', 'الهندية الأوروبية'],
  }),
  entity('russia', 'place', ['روسيا', 'Russia'], { exclude: ['دي روسي'] }),
  entity('china', 'place', ['الصين', { text: 'China', caseSensitive: true }]),
  entity('united-states', 'place', [
    'الولايات المتحدة',
    'أمريكي',
    'United States',
    { text: 'US', caseSensitive: true },
  ]),
  entity('kabul', 'place', ['كابل', 'كابول', 'Kabul']),
  entity('quetta', 'place', ['كويتا', 'Quetta']),
  entity('peshawar', 'place', ['بيشاور', 'Peshawar']),
  entity('islamabad', 'place', ['إسلام آباد', 'Islamabad']),
  entity('moscow', 'place', ['موسكو', 'Moscow']),
  entity('bajaur', 'place', ['باجور', 'Bajaur'], { nisba: 'marked' }),
  entity('kunar', 'place', ['كونار', 'كنر', 'Kunar'], { nisba: 'marked' }),
  entity('balochistan', 'place', ['بلوشستان', 'Balochistan']),
  entity('punjab', 'place', [
    'البنجاب',
    {
      text: 'Punjab',
      rule: { nearby: ['pakistan', 'lahore', 'kasur', 'islamabad'], qualifiers: ['Pakistani'] },
    },
  ]),
  entity('lahore', 'place', ['لاهور', 'Lahore']),
  entity('karachi', 'place', ['كراتشي', 'Karachi']),
  entity('kasur', 'place', [
    'Kasur',
    {
      text: 'قصور',
      rule: { qualifiers: ['منطقة', 'مدينة', 'مديرية'], nearby: ['punjab', 'pakistan'], window: 4 },
    },
  ]),
  entity('kerman', 'place', [
    {
      text: 'كرمان',
      rule: { qualifiers: ['الإيرانية', 'إيران', 'مدينة'], nearby: ['kerman-bombings'], window: 4 },
    },
    { text: 'Kerman', rule: { qualifiers: ['Iran', 'Iranian', 'city'], window: 4 } },
  ]),
  entity('islamic-state', 'organization', [
    'داعش',
    'الدولة الإسلامية',
    'تنظيم الدولة الإسلامية',
    'ISIS',
    'ISIL',
    'Daesh',
    { text: 'Islamic State', caseSensitive: true },
    { text: 'IS', caseSensitive: true, rule: { qualifiers: ['militants', 'group', 'fighters', 'jihadist'] } },
  ]),
  entity('isis-k', 'organization', [
    'داعش خراسان',
    'داعش - خراسان',
    'ولاية خراسان',
    'تنظيم الدولة الإسلامية في خراسان',
    'ISIS-K',
    'IS-K',
    'ISKP',
    'Islamic State Khorasan Province',
    { text: 'خراسان', rule: { nearby: ['islamic-state'] } },
    { text: 'خوراسان', rule: { nearby: ['islamic-state'] } },
  ]),
  entity('taliban', 'organization', ['طالبان', 'حركة طالبان', 'Taliban'], {
    nisba: 'marked',
    exclude: ['جلال طالباني', 'جلال الطالباني'],
  }),
  entity('ttp', 'organization', [
    'حركة طالبان باكستان',
    'تحريك طالبان باكستان',
    'Tehrik-i-Taliban Pakistan',
    'TTP',
  ]),
  entity('al-qaeda', 'organization', [
    'تنظيم القاعدة',
    'Al-Qaeda',
    'al Qaeda',
    {
      text: 'القاعدة',
      rule: {
        qualifiers: ['تنظيم', 'زعيم', 'بن لادن'],
        nearby: ['taliban', 'islamic-state', 'lashkar-e-jhangvi'],
      },
    },
  ]),
  entity('al-mirsad', 'organization', [
    'وكالة المرصاد',
    'Al-Mirsad',
    { text: 'المرصاد', rule: { qualifiers: ['وكالة', 'تقارير', 'موقع'], window: 3 } },
  ]),
  entity('united-nations', 'organization', [
    'الأمم المتحدة',
    'United Nations',
    {
      text: 'UN',
      caseSensitive: true,
      rule: { qualifiers: ['Security Council', 'envoy', 'report', 'agency'] },
    },
  ]),
  entity('washington-post', 'organization', ['واشنطن بوست', 'Washington Post']),
  entity('lashkar-e-jhangvi', 'organization', ['لشكر جنجوي', 'Lashkar-e-Jhangvi']),
  entity('burhan-zaid', 'person', [
    'برهان زيد',
    { text: 'برهان', rule: { nearby: ['islamic-state', 'kasur'], window: 8 } },
    { text: 'زيد', rule: { nearby: ['islamic-state'], window: 8 } },
  ]),
  entity('omar-bajauri', 'person', ['عمر باجوري', 'Omar Bajauri', { text: 'باجوري', rule: {} }]),
  // A bare surname that is also a common word (إقبال "turnout"), with a related organization: the
  // relation must not confirm the surname (rule {} = only after the full name).
  entity('javed-iqbal', 'person', ['جواد إقبال', 'Javed Iqbal', { text: 'إقبال', rule: {} }], {
    related: [{ id: 'isis-k', kind: 'related' }],
  }),
  entity('hafiz-saeed-khan', 'person', ['حفيظ سعيد خان', 'Hafiz Saeed Khan']),
  entity('asim-munir', 'person', ['عاصم منير', 'منير عاصم', 'Asim Munir', { text: 'منير', rule: {} }]),
  entity('michael-kurilla', 'person', [
    'مايكل كوريلا',
    'Michael Kurilla',
    'Erik Kurilla',
    { text: 'كوريلا', rule: { qualifiers: ['الجنرال'] } },
    { text: 'Kurilla', rule: { qualifiers: ['Gen.', 'General'] } },
  ]),
  entity('donald-trump', 'person', [
    'ترمب',
    'ترامب',
    'دونالد ترامب',
    'Donald Trump',
    { text: 'Trump', caseSensitive: true },
  ]),
  entity('joe-biden', 'person', ['بايدن', 'جو بايدن', 'Joe Biden', 'Biden']),
  entity('moscow-concert-hall-attack', 'event', ['هجوم كروكوس', 'Crocus City Hall attack'], {
    proximity: [{ triggers: ['هجوم', 'الهجوم الإرهابي', 'attack', 'هجمات'], places: ['moscow'], window: 3 }],
  }),
  entity('september-11-attacks', 'event', ['11 سبتمبر', 'هجمات 11 سبتمبر', '9/11', 'September 11 attacks']),
  entity('peshawar-mosque-bombing', 'event', ['Peshawar mosque bombing'], {
    proximity: [{ triggers: ['تفجير', 'تفجيرا انتحاريا'], places: ['peshawar'], window: 4 }],
  }),
];
