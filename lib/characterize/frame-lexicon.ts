// The frame lexicon: a small, closed list of words that carry how a source frames an entity (a safe
// haven, a double game, terrorism, cooperation, support, denial, accusation, threat) or how it stands
// to what it reports (claimed vs confirmed). Not a sentiment lexicon: no word has a score, and the
// product never adds them up. Each entry is matched on folded text (lib/fold.ts: harakat dropped,
// أ إ آ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Latin lower-cased, dashes → space) as a whole word, with the
// proclitics and inflections written out in its pattern. README.md lists every entry with its reason.

import type { FrameCategory } from './types';

export interface FrameEntry {
  category: FrameCategory;
  lang: 'ar' | 'en';
  /** The forms as a reader would write them, for the README and the tests. */
  forms: string;
  /** Regular-expression source over folded text, without word boundaries (added when compiled). */
  pattern: string;
  /** Why this word frames the entity it stands next to. */
  why: string;
  /** Folded substrings of which every match holds one in its first word (a prefilter, frames.ts). */
  stems: string;
}

/** A noun's proclitics: و ف, then ب ك ل, the article, or لل (ل + ال). */
const N = '(?:[وف]?(?:[بك]?ال|لل|[بلك])?)';
/** A verb's prefixes: و ف, the future س, the imperfect ي ت ن. */
const V = '(?:[وف]?(?:س?[يتن])?)';

export const FRAME_LEXICON: readonly FrameEntry[] = [
  {
    category: 'safe-haven',
    lang: 'ar',
    forms: 'ملاذ آمن، الملاذ الآمن، ملاذاً آمناً، ملاذات آمنة، ملجأ آمن',
    pattern: `${N}(?:ملاذ|ملجا)(?:ا|ات)? (?:ال)?امن(?:ا|ه)?`,
    stems: 'ملاذ|ملجا',
    why: 'names a place as shelter for a group: the charge seed 000 makes against Pakistan and seed 001 answers',
  },
  {
    category: 'safe-haven',
    lang: 'en',
    forms: 'safe haven(s), sanctuary, sanctuaries',
    pattern: 'safe havens?|sanctuar(?:y|ies)',
    stems: 'safe|sanctuar',
    why: 'the English for the same charge',
  },
  {
    category: 'double-game',
    lang: 'ar',
    forms: 'اللعبة المزدوجة، سياسة (باكستان) المزدوجة، سياساتها المزدوجة، ازدواجية',
    pattern: `${N}لعبه (?:ال)?مزدوجه|${N}سياس(?:ه|ات)(?:ها|ه|هم)? (?:\\p{L}+ )?(?:ال)?مزدوجه|${N}ازدواجيه`,
    stems: 'لعبه|سياس|ازدواج',
    why: 'says an actor fights some militants while backing others (seeds 000 and 003); one word may stand between «سياسة» and «المزدوجة»',
  },
  {
    category: 'double-game',
    lang: 'en',
    forms: 'double game(s), double-dealing, duplicity',
    pattern: 'double games?|double dealing|duplicity',
    stems: 'double|duplic',
    why: 'the English for the same charge',
  },
  {
    category: 'terrorist',
    lang: 'ar',
    forms: 'إرهابي، إرهابية، إرهابيون، إرهابيين',
    pattern: `${N}ارهابي(?:ه|ين|ون|ان|تين)?`,
    stems: 'ارهابي',
    why: 'the label «terrorist»; «الإرهاب» (terrorism) is left out: «مكافحة الإرهاب» (counter-terrorism) would tag every actor that fights it',
  },
  {
    category: 'terrorist',
    lang: 'en',
    forms: 'terrorist(s)',
    pattern: 'terrorists?',
    stems: 'terrorist',
    why: 'the English label; "terrorism" is left out for the same reason',
  },
  {
    category: 'cooperation',
    lang: 'ar',
    forms: 'تعاون، التعاون، تعاونها، يتعاون، تتعاون، متعاون، تنسيق، شراكة، شراكات',
    pattern: `${N}تعاون(?:ا|ه|ها|هم|هما|نا)?|${V}تعاون(?:ون|ان|وا)?|${N}متعاون(?:ه|ين|ون)?|${N}تنسيق(?:ا|ه|ها|هم)?|${N}شراك(?:ه|ات)(?:ها|ه|هم)?`,
    stems: 'تعاون|تنسيق|شراك',
    why: 'two actors working together: seed 004 (Taliban–Pakistan intelligence), seed 003 (Pakistan and the West)',
  },
  {
    category: 'cooperation',
    lang: 'en',
    forms: 'cooperation, cooperate(s/d), collaboration, partnership(s), coordination',
    pattern:
      'co ?operat(?:ion|e|es|ed|ing)|collaborat(?:ion|e|es|ed|ing)|partnerships?|coordinat(?:ion|e|es|ed|ing)',
    stems: 'co|collab|partner|coordin',
    why: 'the English for the same relation',
  },
  {
    category: 'support',
    lang: 'ar',
    forms: 'دعم، الدعم، دعمها، يدعم، تدعم، يدعموننا، داعم، الداعمين، مدعوم، تمويل',
    pattern: `${N}دعم(?:ا|ه|ها|هم|هما|نا|كم)?|${V}دعم(?:ت|وا|ون|ان|ونه|ونها|وننا|ته|تها)?|${N}داعم(?:ه|ين|ون|و)?|${N}مدعوم(?:ه|ين|ون)?|${N}تمويل(?:ه|ها|هم)?`,
    stems: 'دعم|داعم|مدعوم|تمويل',
    why: 'one actor backing another with means (seed 000: funding and training ISIS; seed 004: Pakistan supporting the Taliban)',
  },
  {
    category: 'support',
    lang: 'en',
    forms: 'support(s/ed/ing/ers), backing, backed, funding, funded, sponsor(ed/ship)',
    pattern: 'support(?:s|ed|ing|ers?)?|backing|backed|fund(?:s|ed|ing)|sponsor(?:s|ed|ing|ship)?',
    stems: 'support|back|fund|sponsor',
    why: 'the English for the same relation',
  },
  {
    category: 'denial',
    lang: 'ar',
    forms: 'نفي، نفى، نفت، ينفي، تنفي، نفوا، أنكر، ينكر، إنكار',
    pattern: `${N}نفي(?:ه|ها|هم)?|${V}نفي|[وف]?نف(?:ت|وا|يا)|[وف]?انكر(?:ت|وا)?|[وف]?(?:س?[يتن])نكر(?:ون|ان)?|${N}انكار(?:ه|ها)?`,
    stems: 'نفي|نف|نكر|انكار',
    why: 'an actor rejecting a charge: seed 000 (Pakistani institutions deny any link), seed 001 (authorities long denied ISIS)',
  },
  {
    category: 'denial',
    lang: 'en',
    forms: 'deny, denies, denied, denial(s)',
    pattern: 'den(?:y|ies|ied|ying|ials?)',
    stems: 'den',
    why: 'the English for the same act',
  },
  {
    category: 'accusation',
    lang: 'ar',
    forms: 'اتهم، اتهمت، يتهم، تتهم، اتهام، اتهامات، متهم',
    pattern: `[وف]?(?:ا|[يتن])تهم(?:ت|وا|ون|ان|ه|ها|هم|ته|تها|وه|وها)?|${N}اتهام(?:ات)?(?:ه|ها|هم)?|${N}متهم(?:ه|ين|ون|ا)?`,
    stems: 'تهم|اتهام',
    why: 'one actor charging another (seed 003: Pakistan accused of backing the Afghan Taliban)',
  },
  {
    category: 'accusation',
    lang: 'en',
    forms: 'accuse(s/d), accusation(s), blame(s/d)',
    pattern: 'accus(?:e|es|ed|ing|ations?)|blam(?:e|es|ed|ing)',
    stems: 'accus|blam',
    why: 'the English for the same act',
  },
  {
    category: 'threat',
    lang: 'ar',
    forms: 'تهديد، تهديدات، يهدد، تهدد، هدد، مهدد، خطر، خطير، خطورة، مخاطر',
    pattern: `${N}تهديد(?:ا|ات|ه|ها|هم)?|${V}هدد(?:ت|وا|ون|ه|ها|هم)?|${N}مهدد(?:ه|ين|ون)?|${N}خطر(?:ا|ه|ها)?|${N}خطير(?:ه|ا|ين)?|${N}خطوره|${N}مخاطر(?:ه|ها)?`,
    stems: 'تهديد|هدد|خطر|خطير|خطور|مخاطر',
    why: "an actor as a danger to others (seed 002: ISIS-K's growing threat; seed 004: «لا يشكل تهديداً خطيراً»)",
  },
  {
    category: 'threat',
    lang: 'en',
    forms: 'threat(s), threaten(s/ed/ing), danger(ous), menace',
    pattern: 'threat(?:s|en|ens|ened|ening)?|dangers?|dangerous|menace',
    stems: 'threat|danger|menace',
    why: 'the English for the same frame',
  },
  {
    category: 'claimed',
    lang: 'ar',
    forms: 'زعم، زُعم، زعمت، يزعم، تزعم، مزاعم، مزعوم، ادعى، ادعت، يدّعي، ادعاء، ادعاءات',
    pattern: `${V}زعم(?:ت|وا|ون|ه|ها)?|${N}مزاعم(?:ه|ها|هم)?|${N}مزعوم(?:ه|ين)?|[وف]?ادع(?:ي|ت|وا)|${N}ادعاء(?:ات)?(?:ه|ها|هم)?|[وف]?[يتن]دعي(?:ان|ون)?`,
    stems: 'زعم|مزاعم|مزعوم|ادع|دعي',
    why: 'a reporting word that distances the source from what it reports (seed 001: «مزاعم عدم وجود خلايا»); «يُدعى» (is named) is told apart from «يدّعي» by its ى or its damma',
  },
  {
    category: 'claimed',
    lang: 'en',
    forms: 'claim(s/ed) (not "claimed responsibility"), alleged(ly), allegation(s), purported(ly), so-called',
    pattern: 'claim(?:s|ed|ing)?(?! responsibility)|alleg(?:e|es|ed|edly|ations?)|purported(?:ly)?|so called',
    stems: 'claim|alleg|purport|so',
    why: 'the English distancing words; "claimed responsibility" reports an act, not a doubt',
  },
  {
    category: 'confirmed',
    lang: 'ar',
    forms: 'أكد، أكدت، أكدا، يؤكد، تؤكد، تأكيد، مؤكد',
    pattern: `[وف]?اكد(?:ت|وا|ا)?|${V}وكد(?:ون|ان)?|${N}تاكيد(?:ات)?|${N}موكد(?:ا|ه)?`,
    stems: 'اكد|وكد|تاكيد|موكد',
    why: 'a reporting word that vouches for what follows (seed 004: «وأكدا أن السلطات الباكستانية تمرر …»)',
  },
  {
    category: 'confirmed',
    lang: 'en',
    forms: 'confirm(s/ed/ing), confirmation',
    pattern: 'confirm(?:s|ed|ing|ation)?',
    stems: 'confirm',
    why: 'the English for the same stance',
  },
];
