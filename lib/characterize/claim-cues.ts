// The words that tell what a number counts. All patterns run on claim-text's normalized sentence
// (أ إ آ → ا, ى → ي, no harakat, lower-case Latin) and are written here in plain Arabic; cueRegExp
// normalizes them once. A number is a claim only when one of these cues reads an attribute from its
// words: a bare number is not a claim.
import type { ClaimAttribute } from './types';
import { cueRegExp } from './claim-text';

type Quantity = Exclude<ClaimAttribute, 'date'>;
/** What the word right after a number says it counts; `people` needs a verb or a cue on its left. */
export type NounKind = Quantity | 'people';

/** Arabic proclitics before a cue word: و ف ب ل and their pairs (وبمقتل، ولمقتل). */
const CLITIC = '(?:و|ف)?(?:ب|ل)?';
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

/**
 * Verbs after the number (and a people noun): «لقي 10 أشخاص مصرعهم», "40 people were killed", "About 50
 * other people were wounded" (wapo-1). Without
 * an auxiliary ("5 militants killed 10 soldiers" is active) the verb counts only when a preposition or
 * the end of the clause follows it ("40 people killed in a blast").
 */
const VERB_RX = cueRegExp(
  `\\s?(?:من\\s+(?:[^\\s\\d،,.]+\\s+){1,3}?)?["«“]?(?:(مصرعهم|مصرعه|مصرعها|مصرعهما|حتفهم|حتفه|حتفها|قتلوا|استشهدوا|قضوا)|(اصيبوا|جرحوا)|(اعتقلوا)` +
    `|(?:(?:other|more|further|additional|people|civilians|others)\\s+){0,2}(?:who\\s+)?(?:were|have been|had been|has been|are|was|being|got)\\s+(?:reportedly\\s+|allegedly\\s+)?` +
    `(?:(killed|dead|murdered|executed|lost their lives)|(injured|wounded|hurt)|(arrested|detained)|(displaced))` +
    `|(?:(killed|dead|died|lost their lives)|(injured|wounded))(?=\\s*(?:in|by|as|when|after|on|during|at|and)${END}|\\s*[,.;:)]|\\s*$))["»”]?${END}`,
  'uy',
);
const VERB_KINDS: (Quantity | null)[] = [
  null,
  'killed',
  'injured',
  'arrested',
  'killed',
  'injured',
  'arrested',
  'displaced',
  'killed',
  'injured',
];

export function verbAt(t: string, at: number): { kind: Quantity; end: number } | null {
  VERB_RX.lastIndex = at;
  const m = VERB_RX.exec(t);
  if (!m) return null;
  for (let g = 1; g < m.length; g++) {
    const kind = VERB_KINDS[g];
    if (m[g] !== undefined && kind) return { kind, end: at + m[0].length };
  }
  return null;
}

/**
 * Cue words right before the number (after its qualifier): «مقتل 60 شخصاً», "killing at least 40", and
 * with a pronoun between: «فقتل منه 58 مسلحا», «وقتل فيه أربعة جنود» (ant-bbc).
 */
export const LEFT_CUE = cueRegExp(
  `(?:^|[^\\p{L}\\p{M}])${CLITIC}(?:(مقتل|قتل|قتلت|يقتل|تقتل|مصرع|استشهاد|استشهد|اودي بحياة|اودت بحياة|حصد ارواح|حصدت ارواح` +
    `|killed|killing|kill|kills|claimed the lives of|deaths of)` +
    `|(اصابة|اصيب|اصيبت|اصاب|اصابت|جرح|جرحت|injuring|injured|wounding|wounded|injure|wound|hurting)` +
    `|(اعتقال|اعتقل|اعتقلت|القبض علي|توقيف|اوقف|احتجاز|احتجز|arrested|arresting|arrest of|detained|detaining|detention of)` +
    `|(نزوح|تهجير|تشريد|displaced|displacing|displacement of))(?:\\s+(?:منه|منهم|منها|فيه|فيها|خلاله|خلالها))?\\s*$`,
);
export const LEFT_CUE_KINDS: (Quantity | null)[] = [null, 'killed', 'injured', 'arrested', 'displaced'];

/** Killed and injured counted together («مقتل وإصابة 20», "killed or injured"): neither can be read. */
export const COMBINED_LEFT = cueRegExp(
  `(?:مقتل|قتل|قتلي)\\s+و(?:اصابة|اصيب|اصيبت|جرح|جرحي)\\s*$|(?:killed|dead)\\s+(?:or|and)\\s+(?:injured|wounded)\\s*$|casualties\\s*$`,
);
export const COMBINED_RIGHT = cueRegExp(
  `^\\s?(?:[^\\s\\d]+\\s+)?(?:بين\\s+)?(?:قتيل|قتيلا|قتلي)\\s+و(?:جريح|جريحا|مصاب|مفقود|جرحي)`,
);
/** A killing tried, planned or threatened is no toll: «في محاولة لقتل ثلاثة قضاة» (ant-bbc). */
export const ATTEMPT_LEFT = cueRegExp(
  `(?:محاولة|محاولات|حاول|حاولت|يحاول|خطط|خططت|مخطط|تهديد|هدد|هددت|يهدد|attempt|attempted|attempting|tried|trying|plot|plotted|plotting|threatened|threatening)\\s+(?:\\p{L}+\\s+)?(?:ل|ب)?(?:قتل|مقتل|اغتيال|to\\s+kill|killing)\\s*$`,
);

/** A sentence about a disease counts cases, not injuries: «تفشي بكتيريا … إصابة 197 شخصا» (ant-bbc). */
export const DISEASE = cueRegExp(
  `بكتيريا|فيروس|وباء|تفشي|عدوي|كوليرا|حصبة|انفلونزا|كورونا|ايبولا|الملاريا|الايدز|بالاعياء|تسمم|جرعات|جرعة|outbreak|virus|disease|infection|overdose`,
);

/** Infections are not injuries: «إصابة 500 شخص بفيروس كورونا». */
export const INFECTION = cueRegExp(
  `ب(?:ال)?(?:مرض|امراض|فيروس|كورونا|عدوي|كوليرا|سرطان|حصبة|ملاريا|ايدز|انفلونزا|ايبولا|سل)|infected|infections|cases`,
);

/**
 * Cues earlier in the clause, with a few words between them and the number: «يقدر عدد أعضاء داعش في
 * باكستان بين 2000 و3000», "the death toll rose to 60". Only when no other digit stands between.
 */
/** Whose members count as fighters: «عدد أعضاء داعش», not «عدد أعضاء البرلمان». */
const ARMED =
  'داعش|تنظيم|التنظيم|جماعة|الجماعة|حركة|الحركة|القاعدة|طالبان|ميليشيا|ميليشيات|مليشيا|مليشيات|شبكة|فصيل|فصائل';

export const CLAUSE_CUE = cueRegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:((?:حصيلة|عدد)\\s+(?:ال)?(?:قتلي|ضحايا|وفيات|موتي)|death toll|toll|number of (?:people )?(?:dead|killed|deaths|fatalities))` +
    `|(عدد\\s+(?:ال)?(?:جرحي|مصابين)|number of (?:people )?(?:injured|wounded))` +
    `|(عدد\\s+(?:ال)?(?:مقاتل|مسلح|جنود|منتسب)\\p{L}*|عدد\\s+(?:ال)?(?:اعضاء|عناصر)(?:ه|ها|هم|\\s+(?:ال)?(?:${ARMED}))` +
    `|number of (?:its )?(?:fighters|militants|troops|soldiers))` +
    `|(عدد\\s+(?:ال)?(?:هجمات|اعتداءات|تفجيرات)|number of attacks)` +
    `|(عدد\\s+(?:ال)?(?:معتقلين|موقوفين)|number of (?:arrests|detainees))` +
    `|(عدد\\s+(?:ال)?(?:نازحين|لاجئين|مهجرين)|number of (?:displaced|refugees)))`,
  'gu',
);
export const CLAUSE_CUE_KINDS: (Quantity | null)[] = [
  null,
  'killed',
  'injured',
  'fighters',
  'attacks',
  'arrested',
  'displaced',
];

/**
 * A duration needs its own cue word: «منذ 40 عاما», «خلال 8 سنوات», «قبل 20 عاما», "for 10 years",
 * "5 years ago". Bare «52 عاما» in news is an age («وكان خان، 52 عاما،», «كوسبي (80 عاما)»: ant-bbc).
 */
export const DURATION_LEFT = cueRegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:و|ف|ب|ل)?(?:منذ|خلال|لمدة|مدة|بعد|قبل|مدي|طوال|طيلة|غضون|في|مرور|بمرور|السجن|بالسجن|سجن` +
    `|يستغرق|استغرق|تستغرق|for|over|within|in|after|during|past|last|next|spanning|lasting)\\s*$`,
);
export const DURATION_RIGHT = cueRegExp(
  `^\\s*(?:ago|earlier|later|in prison|behind bars|الماضية|الماضي|المقبلة|القادمة|المقبل|القادم|مضت|سجنا)(?![\\p{L}\\p{M}])`,
);

/** Age is not a duration: «عمره 30 عاما», "a 30-year-old", "aged 30 years". */
export const AGE_LEFT = cueRegExp(
  `(?:عمر|العمر|عمره|عمرها|اعمار|اعمارهم|سن|البالغ|البالغة|البالغين|بالغ|aged|age of|ages of)\\s+(?:\\p{L}+\\s+){0,2}$`,
);
export const AGE_RIGHT = cueRegExp(`^\\s*(?:-?\\s?old|من العمر|من عمره|من عمرها)`);
