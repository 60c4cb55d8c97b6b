// Claim values, numbers and dates in the UI's words. A claim of an Arabic source shown in an English
// UI reads "more than 2,500 fighters"; its Arabic words stay in the quote beside it.
import type { Claim, ClaimValue, Comparison, Verdict } from '../../lib/characterize/types';
import { COMPARE_STRINGS } from '../i18n-compare';
import type { UiLang } from '../i18n';

type ClaimParts = ClaimValue & Pick<Claim, 'qualifier' | 'unit'>;

const LOCALE: Record<UiLang, string> = { en: 'en', ar: 'ar-u-nu-latn' };
/** Day before month in English too ("25 March 2024"): the order the sources themselves write. */
const DATE_LOCALE: Record<UiLang, string> = { en: 'en-GB', ar: 'ar-u-nu-latn' };

/** Intl formatters by their options: making one costs far more than using it (a view formats hundreds). */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f as T;
}

/** Latin digits in both languages (the sources write them so); Arabic groups only from 10,000. */
export function formatNumber(n: number, lang: UiLang): string {
  return cached(
    `n:${lang}`,
    () =>
      new Intl.NumberFormat(LOCALE[lang], {
        useGrouping: lang === 'ar' ? 'min2' : 'auto',
        maximumFractionDigits: 2,
      }),
  ).format(n);
}

/** "2024", "March 2024", "25 March 2024" (and in Arabic «مارس 2024»), from YYYY, YYYY-MM, YYYY-MM-DD. */
export function formatIsoDate(iso: string, lang: UiLang): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  return cached(
    `d:${lang}:${day ? 'day' : 'month'}`,
    () =>
      new Intl.DateTimeFormat(DATE_LOCALE[lang], {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'long',
        ...(day ? { day: 'numeric' } : {}),
      }),
  ).format(date);
}

export function formatDateRange(min: string, max: string, lang: UiLang): string {
  return min === max ? formatIsoDate(min, lang) : `${formatIsoDate(min, lang)}–${formatIsoDate(max, lang)}`;
}

function money(n: number, unit: string | null, lang: UiLang): string {
  if (unit && /^[A-Z]{3}$/.test(unit)) {
    try {
      const compact = n >= 1e6;
      return cached(
        `m:${lang}:${unit}:${compact}`,
        () =>
          new Intl.NumberFormat(LOCALE[lang], {
            style: 'currency',
            currency: unit,
            notation: compact ? 'compact' : 'standard',
            compactDisplay: 'long',
            minimumFractionDigits: 0,
            maximumFractionDigits: 1,
          }),
      ).format(n);
    } catch {
      // An unknown code: say the number and the unit as the source gave it.
    }
  }
  return unit ? `${formatNumber(n, lang)} ${unit}` : formatNumber(n, lang);
}

/** The number (or range) with its qualifier: «أكثر من 2500», "between 2,000 and 3,000". */
function quantity(parts: ClaimParts, show: (n: number) => string, lang: UiLang): string {
  const s = COMPARE_STRINGS[lang];
  if (parts.attribute === 'date') return '';
  if (parts.qualifier === 'range' || parts.min !== parts.max)
    return s.range(show(parts.min), show(parts.max));
  const n = show(parts.min);
  return parts.qualifier === 'exact' ? n : `${s.qualifier[parts.qualifier]} ${n}`;
}

/** What a claim states, in the UI language: "more than 2,500 fighters", «نحو 2000 مقاتل». */
export function claimValueText(parts: ClaimParts, lang: UiLang): string {
  const s = COMPARE_STRINGS[lang];
  switch (parts.attribute) {
    case 'date': {
      const when = formatDateRange(parts.min, parts.max, lang);
      return parts.qualifier === 'exact' || parts.qualifier === 'range'
        ? when
        : `${s.qualifier[parts.qualifier]} ${when}`;
    }
    case 'money':
      return quantity(parts, (n) => money(n, parts.unit, lang), lang);
    case 'percent':
      return quantity(parts, (n) => `${formatNumber(n, lang)}%`, lang);
    case 'duration': {
      const unit =
        parts.unit === 'year' || parts.unit === 'month' || parts.unit === 'day' ? parts.unit : null;
      const shown = quantity(parts, (n) => formatNumber(n, lang), lang);
      return unit ? s.durationUnit[unit](parts.max, shown) : shown;
    }
    default:
      return s.counted[parts.attribute](
        parts.max,
        quantity(parts, (n) => formatNumber(n, lang), lang),
      );
  }
}

const VERDICT_RANK: Record<Verdict, number> = { differs: 0, update: 1, 'different-scope': 2, agrees: 3 };

/** Disagreements first, then updates, scope differences and agreements; stable within each. */
export function byVerdict(comparisons: readonly Comparison[]): Comparison[] {
  return comparisons
    .map((c, i) => ({ c, i }))
    .sort((a, b) => VERDICT_RANK[a.c.verdict] - VERDICT_RANK[b.c.verdict] || a.i - b.i)
    .map(({ c }) => c);
}
