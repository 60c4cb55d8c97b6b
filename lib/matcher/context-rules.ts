// The context rules of issue 9 for the shipped entities, by entity id. They live here, not in
// data/entities.json, because the entity schema (lib/types.ts, lib/import/schema-entity.ts) is strict
// and does not know them yet: a shipped entity must stay valid for backups and the options page. When
// their owners add `contrary` and `rule.page` there, these move into the data (compile.ts already reads
// both places). Why each list holds what it holds: docs/decisions/precision-traps.md.

import type { ContraryRule } from './entity-rules';

export interface EntityContextRules {
  /** Context that says the name is the other place of that name (see ContraryRule). */
  contrary?: ContraryRule[];
  /** For every ruled alias of the entity: entities that confirm it when named anywhere on the page. */
  page?: string[];
}

/** Pakistan's own places and organizations: named unambiguously on a page, they make it a Pakistani page. */
const PAKISTANI = [
  'pakistan',
  'lahore',
  'kasur',
  'islamabad',
  'karachi',
  'peshawar',
  'quetta',
  'balochistan',
  'bajaur',
  'fata',
  'pakistan-army',
  'ttp',
  'isi',
  'nacta',
  'lashkar-e-jhangvi',
  'pakistan-foreign-ministry',
];

export const CONTEXT_RULES: Readonly<Record<string, EntityContextRules>> = {
  punjab: {
    page: PAKISTANI,
    contrary: [
      // India's Punjab: India right next to it only («البنجاب الهندية», "Punjab, India", "India's
      // Punjab"): "Punjab, which borders India" and «البنجاب المحاذي للهند» are Pakistan's.
      { nearby: ['india'], window: 1 },
      {
        // Within 3 words: «ولاية» (India's states; Pakistan's Punjab is a إقليم, a province), its
        // cities, its neighbouring states, its chief minister (ant-bbc 2018), "state of".
        qualifiers: [
          'ولاية',
          'أمريتسار',
          'امريتسار',
          'أمرتسار',
          'شانديغار',
          'تشانديغار',
          'شانديغراه',
          'لوديانا',
          'جالاندهار',
          'باتيالا',
          'هاريانا',
          'هيماشال',
          'دلهي',
          'نيودلهي',
          'أماريندر',
          'سينغ',
          'Amritsar',
          'Chandigarh',
          'Ludhiana',
          'Jalandhar',
          'Patiala',
          'Bathinda',
          'Bhatinda',
          'Mohali',
          'Haryana',
          'Himachal',
          'Delhi',
          'Rajasthan',
          'Gujarat',
          'Odisha',
          'Sikkim',
          'Kerala',
          'Uttarakhand',
          'Tripura',
          'Jharkhand',
          'J&K',
          'Amarinder',
          'Singh',
          'state of',
        ],
        window: 3,
      },
    ],
  },
  balochistan: {
    contrary: [
      // Iran's province «سيستان وبلوشستان» / «سیستان و بلوچستان» / Sistan-Baluchistan, its capital Zahedan.
      { qualifiers: ['سيستان', 'سیستان', 'Sistan', 'Seistan', 'زاهدان', 'Zahedan'], window: 2 },
      // «بلوشستان الإيرانية», "Iranian Baluchistan": Iran right next to it (one word: «المحاذي لإيران» is
      // Pakistan's province bordering Iran).
      { nearby: ['iran'], window: 1 },
    ],
  },
};
