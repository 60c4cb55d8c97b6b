// A source's summary in the UI language, with its origin. Curated summaries exist in both languages;
// a user's Arabic source has a computed one in English words too (lib/characterize/summary.ts).
import type { Summary } from '../../lib/characterize/types';
import { COMPARE_STRINGS } from '../i18n-compare';
import { dirOf, type UiLang } from '../i18n';
import { OriginBadge } from './Badges';

export function SummaryText({ summary, lang }: { summary: Summary | null; lang: UiLang }) {
  if (!summary || !summary[lang])
    return <p class="summary-missing muted">{COMPARE_STRINGS[lang].noSummary}</p>;
  return (
    <p class="summary" lang={lang} dir={dirOf(lang)} data-origin={summary.origin}>
      <OriginBadge origin={summary.origin} lang={lang} /> {summary[lang]}
    </p>
  );
}
