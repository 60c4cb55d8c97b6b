// What the views say about a source's portrayal of an entity, and whose reading it is:
// - a curated note (Sanad's editors, shipped sources) gives the stance and the summary;
// - the user's own note gives a stance (and is shown beside, never merged into, the curated one);
// - otherwise the summary is computed from the characterization, item by item, in words that only
//   restate what was found (names, descriptors, figures, frame words); a stance is never computed.
import type { Characterization, Claim, CuratedNote, FrameCategory, Stance, Summary, UserNote } from './types';

export type WordsLang = 'en' | 'ar';
/**
 * A claim's value in a UI language ("more than 2,500 fighters"): injected, because the words live with
 * the UI strings (components/comparison/format.ts claimValueText) and lib/ knows no UI.
 */
export type ClaimWords = (claim: Claim, lang: WordsLang) => string;

export function curatedSummary(note: CuratedNote): Summary {
  return {
    en: note.points.map((p) => p.en).join(' '),
    ar: note.points.map((p) => p.ar).join(' '),
    origin: 'curated',
  };
}

/** The user's stance wins over the editors' (it is their corpus); with neither, there is none. */
export function stanceFor(curated: CuratedNote | undefined, user: UserNote | undefined): Stance | null {
  if (user?.stance)
    return { label: user.stance, origin: 'user', evidence: user.passage ? [user.passage] : [] };
  if (curated)
    return { label: curated.stance, origin: 'curated', evidence: curated.points.flatMap((p) => p.quotes) };
  return null;
}

const FRAME_WORDS: Record<WordsLang, Record<FrameCategory, string>> = {
  en: {
    'safe-haven': 'safe haven',
    'double-game': 'double game',
    terrorist: 'terrorism',
    cooperation: 'cooperation',
    support: 'support',
    denial: 'denial',
    accusation: 'accusation',
    threat: 'threat',
    claimed: 'claims (distancing verb)',
    confirmed: 'confirmation',
  },
  ar: {
    'safe-haven': 'الملاذ الآمن',
    'double-game': 'اللعبة المزدوجة',
    terrorist: 'الإرهاب',
    cooperation: 'التعاون',
    support: 'الدعم',
    denial: 'النفي',
    accusation: 'الاتهام',
    threat: 'التهديد',
    claimed: 'الزعم',
    confirmed: 'التأكيد',
  },
};

const MAX_ITEMS = 3;

const AR_PLURAL = new Intl.PluralRules('ar');
/** «مرة واحدة», «مرتين», «3 مرات», «11 مرة»: Arabic counts take their noun's number from the count. */
export function arabicTimes(n: number): string {
  switch (AR_PLURAL.select(n)) {
    case 'one':
      return 'مرة واحدة';
    case 'two':
      return 'مرتين';
    case 'few':
      return `${n} مرات`;
    default:
      return `${n} مرة`;
  }
}

function list(items: string[], lang: WordsLang): string {
  return items.join(lang === 'en' ? '; ' : '؛ ');
}

function summaryIn(c: Characterization, lang: WordsLang, claimWords: ClaimWords): string {
  const parts: string[] = [];
  const names = c.names.slice(0, MAX_ITEMS).map((n) => `«${n.text}» ×${n.count}`);
  const where = [
    c.salience.inTitle ? (lang === 'en' ? 'in the title' : 'في العنوان') : null,
    c.salience.inLead ? (lang === 'en' ? 'in the lead' : 'في المقدمة') : null,
  ].filter((x): x is string => !!x);
  const mentions =
    lang === 'en'
      ? `Named ${c.salience.mentions} time${c.salience.mentions === 1 ? '' : 's'}${where.length ? ` (${where.join(', ')})` : ''}`
      : `ذُكر ${arabicTimes(c.salience.mentions)}${where.length ? ` (${where.join('، ')})` : ''}`;
  parts.push(
    names.length
      ? `${mentions}${lang === 'en' ? ', as ' : '، باسم '}${names.join(lang === 'en' ? ', ' : '، ')}.`
      : `${mentions}.`,
  );
  const descriptors = c.descriptors.slice(0, MAX_ITEMS).map((d) => `«${d.text}»`);
  if (descriptors.length)
    parts.push(
      `${lang === 'en' ? 'Described as' : 'يصفه بـ'} ${descriptors.join(lang === 'en' ? ', ' : '، ')}.`,
    );
  const claims = c.claims.slice(0, MAX_ITEMS).map((claim) => {
    const words = claimWords(claim, lang);
    const hedge = claim.hedge ? (lang === 'en' ? ', hedged' : '، بصيغة التحفظ') : '';
    const by = claim.attributedTo
      ? lang === 'en'
        ? `, attributed: «${claim.attributedTo.text}»`
        : `، منسوبًا: «${claim.attributedTo.text}»`
      : '';
    const label = claim.attribute === 'date' ? (lang === 'en' ? 'date: ' : 'التاريخ: ') : '';
    return `${label}${words}${hedge}${by}`;
  });
  if (claims.length) parts.push(`${lang === 'en' ? 'States' : 'يذكر'}: ${list(claims, lang)}.`);
  const frames = new Map<FrameCategory, number>();
  for (const f of c.frames) frames.set(f.category, (frames.get(f.category) ?? 0) + 1);
  if (frames.size) {
    const words = [...frames]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_ITEMS)
      .map(([k, n]) => `${FRAME_WORDS[lang][k]} ×${n}`);
    parts.push(
      `${lang === 'en' ? 'Words around it' : 'كلمات حوله'}: ${words.join(lang === 'en' ? ', ' : '، ')}.`,
    );
  }
  return parts.join(' ');
}

/**
 * A summary made only of what the engine found. For an Arabic source in an English UI, the figures are
 * in English words while names and descriptors stay quoted in Arabic.
 */
export function computedSummary(c: Characterization, claimWords: ClaimWords): Summary {
  return { en: summaryIn(c, 'en', claimWords), ar: summaryIn(c, 'ar', claimWords), origin: 'computed' };
}
