// Titles, appositions and epithets attached to one mention, cut verbatim from its sentence. Nothing is
// inferred: every descriptor is a span of the text next to the name, found by a small set of head
// words and bounded by punctuation and word counts (README.md: what counts and what does not).
//
// - title: a rank or an office right before a person's name («المشير», «المتحدث باسم طالبان»,
//   "Lt Gen", "Pakistan army chief"), possibly several in a row, possibly before a comma
//   («الرئيس الأمريكي، دونالد ترامب»);
// - apposition: a noun phrase set beside the name, after it between commas («، قائد الجيش
//   الباكستاني،», ", head of U.S. Central Command,") or before it joined by «يُدعى» / "named";
// - epithet: an evaluative adjective fixed to an organization's or person's name («داعش الإرهابي»,
//   "the militant …"). Classifiers (تنظيم، حركة، جماعة، "group") are part of the name, never descriptors.

import { fold, foldString } from '../fold';
import type { Descriptor } from './types';
import { writtenName, type EntityMention } from './names';

interface Token {
  text: string;
  /** Folded form (lib/fold.ts), for lexicon look-ups. */
  f: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;
const ARABIC = /[\u0600-\u06ff]/u;
/** Characters read on each side of a mention: a 10-word title or an 8-word apposition fits. */
const WINDOW = 130;
const LATIN_ABBREVIATION =
  /^(?:[A-Z]\.)+$|^(?:gen|lt|col|maj|capt|cmdr|adm|sgt|brig|mr|mrs|ms|dr|prof|sen|rep|gov|pres|st|jr)\.$/iu;

const folds = new Map<string, string>();
/** Folded word, memoized: news text repeats its words, and descriptors look at a few per mention. */
function fw(word: string): string {
  let f = folds.get(word);
  if (f === undefined) {
    if (folds.size > 50_000) folds.clear();
    folds.set(word, (f = foldString(word)));
  }
  return f;
}

function tokenize(text: string, from: number, to: number, max = Infinity): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to && out.length < max; m = TOKEN.exec(text)) {
    let t = m[0];
    if (m.index + t.length > to) t = t.slice(0, to - m.index);
    const start = m.index;
    // A period after a word ends the sentence unless the word is an abbreviation ("Gen.", "U.S.").
    if (t.length > 1 && t.endsWith('.') && !LATIN_ABBREVIATION.test(t)) {
      out.push(word(t.slice(0, -1), start), {
        text: '.',
        f: '.',
        start: start + t.length - 1,
        end: start + t.length,
        word: false,
      });
      continue;
    }
    out.push(
      /[\p{L}\p{M}\p{N}]/u.test(t[0] ?? '')
        ? word(t, start)
        : { text: t, f: t, start, end: start + t.length, word: false },
    );
  }
  return out;
}

function word(t: string, start: number): Token {
  return { text: t, f: fw(t), start, end: start + t.length, word: true };
}

const set = (words: string): ReadonlySet<string> =>
  new Set(
    words
      .trim()
      .split(/\s+/u)
      .map((w) => foldString(w)),
  );

// Arabic heads, written without the article; matched on folded stems (with ال, clitics, tanween ا, ة).
/** Ranks and honorifics: always definite before a name («الجنرال مايكل كوريلا»), a title of their own. */
const AR_RANK = set(
  'مشير فريق جنرال لواء عميد عقيد رائد نقيب أدميرال شيخ ملا مولوي مولانا حاج دكتور سيد سيدة مهندس أستاذ بروفيسور قس',
);
/** Offices and roles: head a title phrase («قائد القيادة المركزية الأمريكية», «المتحدث باسم طالبان»). */
const AR_OFFICE = set(
  'رئيس رئيسة نائب وزير وزيرة متحدث متحدثة ناطق قائد زعيم أمير قيادي مسؤول مسؤولة مدير مديرة منسق مستشار سفير مبعوث ' +
    'أمين مفوض عضو زميل باحث خبير محلل كاتب صحفي صحافي مراسل محرر ملك ولي والي حاكم محافظ قاضي سيناتور سناتور ' +
    'مفتي إمام مرشد مؤسس مرشح عالم داعية',
);
/** Nouns that can head an apposition of any entity: a group, a place, one of … */
const AR_APPOSITION = set(
  'أحد إحدى شخص رجل امرأة عنصر مقاتل مسلح حركة جماعة تنظيم منظمة شبكة فرع جناح حزب وكالة صحيفة مجلة معهد مركز هيئة ' +
    'عاصمة مدينة إقليم ولاية منطقة بلدة قرية دولة بلد جارة أكبر أبرز أقدم',
);
/** Evaluative adjectives after a name («تنظيم داعش الإرهابي»). Nisba of places (الباكستاني) are not epithets. */
const AR_EPITHET = set(
  'إرهابي إرهابية متطرف متطرفة متشدد متشددة تكفيري تكفيرية دموي دموية وحشي وحشية إجرامي إجرامية جهادي جهادية محظور محظورة',
);
/** «يُدعى برهان», «المدعو»: what comes before names the person. */
const AR_NAMED = set('يدعى تدعى المدعو المدعوة المسمى يسمى اسمه');
/** Words a title or apposition never crosses: conjunctions that open a clause, «أنّ», relatives, reporting verbs. */
const AR_STOP = set(
  'إن أن لأن فإن وإن وأن بأن إنه أنه إنها أنها الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي أو ثم لكن لكنه بل ' +
    'قال قالت وقال وقالت أكد وأكد مع ضد حيث عندما بعد قبل خلال منذ حتى كما و ف إلا إلى على عن هو هي',
);
/** Time words that follow a name between commas («قال بايدن، الأربعاء، إن»): not appositions. */
const AR_TIME = set('اليوم أمس الآن الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت');

const EN_RANK = set(
  'gen gen. general lt lt. lieutenant col col. colonel maj maj. major capt capt. captain cmdr cmdr. adm adm. admiral sgt sgt. brig brig. mr mr. mrs mrs. ms ms. dr dr. prof prof. sheikh mullah maulana mufti sir',
);
const EN_OFFICE = set(
  'president minister secretary spokesman spokeswoman spokesperson chief head commander leader director envoy ambassador official ' +
    'adviser advisor chairman chairwoman founder governor senator mayor king queen prince emir ruler fellow analyst researcher ' +
    'expert writer journalist correspondent editor officer deputy representative member cleric judge prosecutor coordinator',
);
const EN_MODIFIER = set(
  'former current then new acting deputy vice chief top senior military army foreign interior defence defense national security ' +
    'intelligence prime police party opposition regional provincial federal state group',
);
const EN_LINK = set('of for at the');
const EN_EPITHET = set('terrorist extremist militant jihadist hardline radical banned outlawed islamist');
const EN_NAMED = set('named called');
const EN_STOP = set(
  'who which that whose where when while said says told added also and but or in on at of for to with by from as after before ' +
    'will would has had is was are were he she it they we i you there this these those',
);
const EN_DETERMINER = set('the a an');

type Parts = readonly { clitic: number; definite: boolean; stem: string }[];
const partsMemo = new Map<string, Parts>();

/** The parts of an Arabic word: how many folded letters of proclitic, whether the article follows, the stem. */
function arabicParts(f: string): Parts {
  const known = partsMemo.get(f);
  if (known) return known;
  const out: { clitic: number; definite: boolean; stem: string }[] = [];
  for (const c of ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك']) {
    if (!f.startsWith(c)) continue;
    const rest = f.slice(c.length);
    if (rest.startsWith('ال')) out.push({ clitic: c.length, definite: true, stem: rest.slice(2) });
    else if (c.endsWith('ل') && rest.startsWith('ل'))
      out.push({ clitic: c.length - 1, definite: true, stem: rest.slice(1) });
    out.push({ clitic: c.length, definite: false, stem: rest });
  }
  if (partsMemo.size > 50_000) partsMemo.clear();
  partsMemo.set(f, out);
  return out;
}

/** The head class of an Arabic word and where it starts (after its clitic), or null. */
function arabicHead(t: Token, lexicon: ReadonlySet<string>, definiteOnly = false): number | null {
  for (const p of arabicParts(t.f)) {
    if (definiteOnly && !p.definite) continue;
    // Tanween alif («مسؤولاً») and a feminine ة (folded ه) on the same stem.
    const s = p.stem;
    if (
      lexicon.has(s) ||
      (s.endsWith('ا') && lexicon.has(s.slice(0, -1))) ||
      (s.endsWith('ه') && lexicon.has(s.slice(0, -1)))
    ) {
      if (p.clitic === 0 && !p.definite) return t.start;
      const f = fold(t.text);
      return t.start + (f.starts[p.clitic] as number);
    }
  }
  return null;
}

const isDefiniteBare = (t: Token): boolean =>
  t.f.startsWith('ال') && t.f.length > 3 && !AR_STOP.has(t.f) && !AR_TIME.has(t.f);
const isOpening = (t: Token): boolean => /[«“"(]/u.test(t.text);

function span(text: string, start: number, end: number, kind: Descriptor['kind']): Descriptor {
  return { kind, text: text.slice(start, end), start, end };
}

const DEFINITE = /^(?:[وف]?[بلك]?ال|[وف]?لل)/u;
const isDefinite = (t: Token): boolean => DEFINITE.test(t.f);
/** «نظيره», «قواتها»: a noun with an attached pronoun belongs to someone else, never to a title. */
const hasPronoun = (t: Token): boolean => t.text.length > 3 && /(?:[^ة]ه|ها|هم|هما)$/u.test(t.text);
/** Offices that form one title with the office after them («نائب الرئيس», «ولي العهد»). */
const AR_COMPOUND = set('نائب ولي');

/**
 * Arabic titles before a person's name, nearest first. A title ends right before the name (or before
 * the comma of «الرئيس الأمريكي، دونالد ترامب») with a word that can close a noun phrase: a definite
 * word, a definite head («الرئيس ترامب»), or the organization after «باسم». An indefinite word right
 * before the name makes the name its possessor («مستشار ترامب»: Trump's adviser, «حملة ترامب»).
 */
function arabicTitles(text: string, before: Token[]): Descriptor[] {
  const out: Descriptor[] = [];
  let end = before.length - 1;
  if (before[end]?.text === '،' || before[end]?.text === ',') end--;
  while (end >= 0 && before[end]?.word) {
    let head = -1;
    let at = 0;
    let rank = false;
    for (let j = end; j >= 0 && end - j < 10; j--) {
      const t = before[j] as Token;
      if (!t.word || AR_STOP.has(t.f) || (j < end && hasPronoun(t))) break;
      const r = arabicHead(t, AR_RANK, true);
      const h = r ?? arabicHead(t, AR_OFFICE);
      if (h !== null) {
        head = j;
        at = h;
        rank = r !== null;
        break;
      }
    }
    if (head < 0) break;
    const last = before[end] as Token;
    const closes =
      (head === end && (rank || isDefinite(last))) ||
      (head < end && (isDefinite(last) || before[end - 1]?.f === 'باسم' || before[end - 2]?.f === 'باسم'));
    if (!closes || last.f === 'باسم') break;
    // A title further from the name than the first one must be one noun phrase: definite words only
    // («قائد القيادة المركزية الأمريكية الجنرال …»), not a clause that happens to hold a head word.
    if (out.length > 0 && before.slice(head + 1, end + 1).some((t) => !isDefinite(t))) break;
    const prev = before[head - 1];
    if (prev?.word && !isDefinite(prev) && arabicHead(prev, AR_COMPOUND) !== null) {
      head--;
      at = prev.start;
    }
    out.push(span(text, at, last.end, 'title'));
    end = head - 1;
  }
  return out;
}

/** Verbs and prepositions before a name: the name is not their possessor. */
const AR_NOT_POSSESSOR = set(
  'في من إلى على عن مع ضد بين حول عبر نحو لدى تحت داخل خارج قرب مثل قال قالت أعلن أعلنت أكد أكدت أضاف أضافت ' +
    'ذكر ذكرت دعا دعت وصف وصفت اتهم اتهمت نفى نفت حذر حذرت أشار أشارت التقى زار رفض رفضت طالب طالبت هدد هددت ' +
    'كتب قرر يقول تقول يرى ترى نفذ نفذت تبنى تبنت اعتبر اعتبرت',
);

/**
 * «حليف روسيا، الرئيس السوري …», «مطالب ترامب المتشددة»: after an indefinite noun the name is its
 * possessor, and what follows describes the whole phrase, not the entity.
 */
function possessed(before: Token[], surfaceHasClitic: boolean): boolean {
  const t = before[before.length - 1];
  if (surfaceHasClitic || !t?.word || !ARABIC.test(t.text) || /^\p{N}/u.test(t.text)) return false;
  return !isDefinite(t) && !AR_STOP.has(t.f) && !AR_NOT_POSSESSOR.has(t.f) && !AR_RANK.has(t.f);
}

/** English titles before a person's name: a run of ranks, then an office phrase. */
function englishTitles(text: string, before: Token[]): Descriptor[] {
  const out: Descriptor[] = [];
  let end = before.length - 1;
  let j = end;
  while (j >= 0 && (before[j] as Token).word && EN_RANK.has((before[j] as Token).f)) j--;
  if (j < end) out.push(span(text, (before[j + 1] as Token).start, (before[end] as Token).end, 'title'));
  end = j;
  const t = before[end];
  if (!t?.word) return out;
  let head = -1;
  if (EN_OFFICE.has(t.f)) head = end;
  else {
    // Head-initial: "head of U.S. Central Command", "spokesman for the Taliban".
    for (let k = end; k >= 0 && end - k < 6; k--) {
      const w = before[k] as Token;
      if (!w.word) break;
      if (EN_OFFICE.has(w.f) && k < end) {
        head = k;
        break;
      }
      if (!EN_LINK.has(w.f) && !/^\p{Lu}/u.test(w.text) && !EN_MODIFIER.has(w.f)) break;
    }
    if (head < 0 || !EN_LINK.has(before[head + 1]?.f ?? '')) return out;
  }
  let from = head;
  while (from > 0) {
    const w = before[from - 1] as Token;
    const modifier =
      EN_MODIFIER.has(w.f) || EN_OFFICE.has(w.f) || /['’]s$/u.test(w.text) || /^\p{Lu}/u.test(w.text);
    if (!w.word || !modifier || EN_DETERMINER.has(w.f) || EN_STOP.has(w.f)) break;
    from--;
  }
  out.push(span(text, (before[from] as Token).start, (before[end] as Token).end, 'title'));
  return out;
}

/** The phrase after the name between a comma and the next delimiter (≤ 8 words), if it is a noun phrase. */
function apposition(text: string, after: Token[], arabic: boolean): Descriptor | null {
  let i = 0;
  // «حركة طالبان باكستان (TTP)، …»: an acronym in brackets belongs to the name.
  if (after[0]?.text === '(' && after[2]?.text === ')') i = 3;
  if (after[i]?.text !== '،' && after[i]?.text !== ',') return null;
  const words: Token[] = [];
  for (let k = i + 1; k < after.length; k++) {
    const t = after[k] as Token;
    if (!t.word) {
      if (isOpening(t) || /[»”"]/u.test(t.text)) return null;
      if (t.text === '.' && /\.$/u.test(words[words.length - 1]?.text ?? '')) continue;
      break;
    }
    words.push(t);
    if (words.length > 8) return null;
  }
  const first = words[0];
  if (!first) return null;
  if (arabic) {
    if (AR_STOP.has(first.f) || AR_TIME.has(first.f)) return null;
    const head = words.some(
      (w, k) =>
        arabicHead(w, AR_OFFICE) === w.start ||
        arabicHead(w, AR_RANK, true) === w.start ||
        (k === 0 && arabicHead(w, AR_APPOSITION) === w.start),
    );
    const nounStart =
      isDefiniteBare(first) ||
      arabicHead(first, AR_OFFICE) === first.start ||
      arabicHead(first, AR_APPOSITION) === first.start;
    if (!head || !nounStart) return null;
  } else {
    if (EN_STOP.has(first.f)) return null;
    if (!words.some((w) => EN_OFFICE.has(w.f) || EN_RANK.has(w.f))) return null;
  }
  return span(text, first.start, (words[words.length - 1] as Token).end, 'apposition');
}

/** «مسؤولاً رفيعاً في داعش يُدعى برهان», "a militant named …": the phrase before the naming word. */
function namedBy(text: string, before: Token[], arabic: boolean): Descriptor | null {
  const link = before[before.length - 1];
  if (!link?.word || !(arabic ? AR_NAMED : EN_NAMED).has(link.f)) return null;
  const end = before.length - 2;
  for (let j = end; j >= 0 && end - j < 8; j--) {
    const t = before[j] as Token;
    if (!t.word || (arabic ? AR_STOP : EN_STOP).has(t.f)) return null;
    const at = arabic
      ? (arabicHead(t, AR_OFFICE) ?? arabicHead(t, AR_APPOSITION))
      : EN_OFFICE.has(t.f)
        ? t.start
        : null;
    if (at !== null) return span(text, at, (before[end] as Token).end, 'apposition');
  }
  return null;
}

function epithets(
  text: string,
  before: Token[],
  after: Token[],
  arabic: boolean,
  person: boolean,
): Descriptor[] {
  const out: Descriptor[] = [];
  if (arabic) {
    let k = 0;
    if (after[k] && /^[»”"]$/u.test(after[k]?.text ?? '')) k++;
    for (; k < after.length && out.length < 3; k++) {
      const t = after[k] as Token;
      if (!t.word || !t.f.startsWith('ال') || !AR_EPITHET.has(t.f.slice(2))) break;
      // A person's epithet agrees with him: «ترامب المتشددة» describes something of his.
      if (person && t.text.endsWith('ة')) break;
      out.push(span(text, t.start, t.end, 'epithet'));
    }
  } else {
    let k = before.length - 1;
    if (before[k]?.f === 'group') k--;
    const t = before[k];
    if (t?.word && EN_EPITHET.has(t.f)) out.push(span(text, t.start, t.end, 'epithet'));
  }
  return out;
}

/**
 * The descriptors of one mention, from its sentence [start, end). Titles and the «يُدعى» phrase are
 * sought for persons, epithets for organizations and persons, appositions for every type.
 */
export function findDescriptors(
  text: string,
  mention: EntityMention,
  sentence: readonly [number, number],
): Descriptor[] {
  const [s0, s1] = sentence;
  const before = tokenize(text, Math.max(s0, mention.start - WINDOW), mention.start);
  // A cut at the window's start may split a word: drop it.
  if (mention.start - WINDOW > s0) before.shift();
  // An apposition is at most 8 words after a comma (and a bracketed acronym): 16 tokens hold it.
  const after = tokenize(text, mention.end, Math.min(s1, mention.end + WINDOW), 16);
  const surface = text.slice(mention.start, mention.end);
  const arabic = ARABIC.test(surface);
  // A nisba («الباكستانية») is an adjective of something else: nothing around it describes the entity.
  const name = writtenName(text, mention);
  if (name === null) return [];
  // «لترامب», «وترامب»: a preposition or a conjunction stands between the name and what precedes it.
  const clitic = arabic && !surface.startsWith(name);
  const out: Descriptor[] = [];
  if (mention.type === 'person' && !clitic) {
    const named = namedBy(text, before, arabic);
    if (named) out.push(named);
    else out.push(...(arabic ? arabicTitles(text, before) : englishTitles(text, before)));
  }
  // A possessor's apposition is rare for a person («اعتبر جو بايدن، نائب الرئيس …»: the word before is a
  // verb, which this cannot tell from a noun) and common for a place («بحليف روسيا، الرئيس السوري»).
  const possessor = arabic && possessed(before, clitic);
  const app = possessor && mention.type !== 'person' ? null : apposition(text, after, arabic);
  if (app) out.push(app);
  if (possessor) return out.sort((a, b) => a.start - b.start);
  if (mention.type === 'organization' || mention.type === 'person')
    out.push(...epithets(text, before, after, arabic, mention.type === 'person'));
  return out.sort((a, b) => a.start - b.start);
}
