// The nouns after a number that say what it counts («130 قتيلاً», «2500 مقاتل», "40 people", «مليار
// دولار»), and currency signs before it. Written in plain Arabic; cueRegExp normalizes them once.
import type { ClaimAttribute } from './types';
import { cueRegExp } from './claim-text';

type Quantity = Exclude<ClaimAttribute, 'date'>;
/** What the word right after a number says it counts; `people` needs a verb or a cue on its left. */
export type NounKind = Quantity | 'people';

const END = '(?![\\p{L}\\p{M}\\p{N}])';

/** Nouns right after the number (and its multiplier): «130 قتيلاً», «2500 مقاتل», "40 people". */
const NOUNS: Record<NounKind, string[]> = {
  killed: ['قتيل', 'قتيلا', 'قتلى', 'dead', 'deaths', 'fatalities'],
  injured: ['جريح', 'جريحا', 'جرحى', 'مصاب', 'مصابا', 'مصابين', 'injured', 'wounded', 'injuries'],
  // Not مقاتلة/مقاتلات (fighter jets): END stops «مقاتل» before ة. Not عضو/members or عنصر on their
  // own: «300 عضو في البرلمان» is no armed group, «6000 عنصر» in a tariff list are items (ant-bbc);
  // «عدد أعضاء داعش» is read as a clause cue instead.
  fighters: [
    'مقاتل',
    'مقاتلا',
    'مقاتلين',
    'مسلح',
    'مسلحا',
    'مسلحين',
    'جندي',
    'جنديا',
    'جنود',
    'عسكري',
    'عسكريا',
    'عسكريين',
    'fighters',
    'militants',
    'troops',
    'soldiers',
    'jihadists',
    'insurgents',
    'gunmen',
  ],
  attacks: [
    'هجوم',
    'هجوما',
    'هجمات',
    'هجمة',
    'اعتداء',
    'اعتداءات',
    'تفجير',
    'تفجيرا',
    'تفجيرات',
    'غارة',
    'غارات',
    'attacks',
    'bombings',
    'airstrikes',
    'air strikes',
  ],
  arrested: ['معتقل', 'معتقلا', 'معتقلين', 'موقوف', 'موقوفا', 'موقوفين', 'arrests', 'detainees'],
  displaced: ['نازح', 'نازحا', 'نازحين', 'لاجئ', 'لاجئا', 'لاجئين', 'refugees', 'displaced people'],
  duration: [
    'يوم',
    'يوما',
    'ايام',
    'اسبوع',
    'اسبوعا',
    'اسابيع',
    'شهر',
    'شهرا',
    'اشهر',
    'شهور',
    'سنة',
    'سنوات',
    'سنين',
    'عام',
    'عاما',
    'اعوام',
    'ساعة',
    'ساعات',
    'day',
    'days',
    'week',
    'weeks',
    'month',
    'months',
    'year',
    'years',
    'hour',
    'hours',
  ],
  money: [],
  percent: ['%', 'بالمئة', 'بالمائة', 'في المئة', 'في المائة', 'percent', 'per cent', 'pct'],
  people: [
    'شخص',
    'شخصا',
    'اشخاص',
    'مدني',
    'مدنيا',
    'مدنيين',
    'طفل',
    'طفلا',
    'اطفال',
    'امراة',
    'نساء',
    'رجل',
    'رجال',
    'مواطن',
    'مواطنا',
    'مواطنين',
    'اخرين',
    'اخرون',
    'شرطي',
    'شرطيا',
    'راكب',
    'راكبا',
    'ركاب',
    'people',
    'persons',
    'civilians',
    'children',
    'women',
    'men',
    'others',
    'more',
    'residents',
    'protesters',
    'policemen',
    'officers',
    'police officers',
    'villagers',
    'migrants',
    'worshippers',
    'pilgrims',
    'students',
    'passengers',
  ],
};

const DURATION_UNIT = new Map<string, string>();
for (const [unit, words] of [
  ['day', 'يوم يوما ايام day days'],
  ['week', 'اسبوع اسبوعا اسابيع week weeks'],
  ['month', 'شهر شهرا اشهر شهور month months'],
  ['year', 'سنة سنوات سنين عام عاما اعوام year years'],
  ['hour', 'ساعة ساعات hour hours'],
] as const) {
  for (const w of words.split(' ')) DURATION_UNIT.set(cueRegExp(w).source, unit);
}

/** Currency words after the number, and the unit they name (a qualifier after some of them narrows it). */
const CURRENCIES: [string, string][] = [
  ['دولار امريكي', 'USD'],
  ['دولار أمريكي', 'USD'],
  ['دولارا', 'USD'],
  ['دولارات', 'USD'],
  ['دولار', 'USD'],
  ['يورو', 'EUR'],
  ['روبية باكستانية', 'PKR'],
  ['روبية هندية', 'INR'],
  ['روبية', 'rupee'],
  ['جنيه استرليني', 'GBP'],
  ['جنيه مصري', 'EGP'],
  ['جنيها', 'pound'],
  ['جنيه', 'pound'],
  ['ريال سعودي', 'SAR'],
  ['ريالا', 'riyal'],
  ['ريال', 'riyal'],
  ['درهم', 'dirham'],
  ['درهما', 'dirham'],
  ['دينار', 'dinar'],
  ['دينارا', 'dinar'],
  ['ليرة', 'lira'],
  ['ليرات', 'lira'],
  ['us dollars', 'USD'],
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['pakistani rupees', 'PKR'],
  ['indian rupees', 'INR'],
  ['rupees', 'rupee'],
  ['pounds sterling', 'GBP'],
  ['yuan', 'CNY'],
  ['usd', 'USD'],
  ['eur', 'EUR'],
  ['pkr', 'PKR'],
  ['gbp', 'GBP'],
];
const CURRENCY_UNIT = new Map(CURRENCIES.map(([w, u]) => [cueRegExp(w).source, u]));

const byLength = (a: string, b: string): number => b.length - a.length;
const alternation = (words: string[]): string =>
  words
    .map((w) => cueRegExp(w).source.replace(/ /g, '\\s+'))
    .sort(byLength)
    .join('|');

const NOUN_OF = new Map<string, NounKind>();
for (const kind of Object.keys(NOUNS) as NounKind[]) {
  for (const w of NOUNS[kind]) NOUN_OF.set(cueRegExp(w).source, kind);
}
const NOUN_RX = new RegExp(
  `\\s?(${alternation([...Object.values(NOUNS).flat(), ...CURRENCIES.map(([w]) => w)])})${END}`,
  'uy',
);

export interface NounHit {
  kind: NounKind;
  /** For money: the currency; for durations: day, week, month, year, hour. */
  unit: string | null;
  end: number;
}

/** The attribute noun that starts at `at` (after one optional space), if any. */
export function nounAt(t: string, at: number): NounHit | null {
  NOUN_RX.lastIndex = at;
  const m = NOUN_RX.exec(t);
  if (!m) return null;
  const word = (m[1] ?? '').replace(/\s+/g, ' ');
  const end = at + m[0].length;
  const currency = CURRENCY_UNIT.get(word);
  if (currency) return { kind: 'money', unit: currency, end };
  const kind = NOUN_OF.get(word);
  if (!kind) return null;
  if (kind === 'percent') return { kind, unit: '%', end };
  if (kind === 'duration') return { kind, unit: DURATION_UNIT.get(word) ?? null, end };
  return { kind, unit: null, end };
}

/** Currency signs before the number: "$1.2 trillion", "US$5bn", "£3m", "Rs 500". */
export const CURRENCY_PREFIX = /(us\s?\$|\$|£|€|rs\.?\s?)\s?$/u;
export function prefixUnit(sign: string): string {
  if (sign.includes('$')) return 'USD';
  if (sign === '£') return 'GBP';
  if (sign === '€') return 'EUR';
  return 'rupee';
}
