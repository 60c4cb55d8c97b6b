// The cue words around a number that tell what it counts (verbs after it, cue words before it, clause
// cues) and the exclusions (killed and injured together, attempts, diseases, ages, durations without a
// cue). Patterns run on claim-text's normalized sentence and are written in plain Arabic; cueRegExp
// normalizes them once. Nouns after the number are in claim-nouns.ts.
import type { ClaimAttribute } from './types';
import { cueRegExp } from './claim-text';

type Quantity = Exclude<ClaimAttribute, 'date'>;
/** Arabic proclitics before a cue word: و ف ب ل and their pairs (وبمقتل، ولمقتل). */
const CLITIC = '(?:و|ف)?(?:ب|ل)?';
const END = '(?![\\p{L}\\p{M}\\p{N}])';

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
