// The small labels every shown item carries: where it came from (curated, computed, your note) and a
// source's stance. Both take the UI language as a prop: the hover card has no page-wide language.
import type { Origin, StanceLabel } from '../../lib/characterize/types';
import { COMPARE_STRINGS } from '../i18n-compare';
import type { UiLang } from '../i18n';

export function OriginBadge({ origin, lang }: { origin: Origin; lang: UiLang }) {
  const s = COMPARE_STRINGS[lang];
  return (
    <span class={`origin origin-${origin}`} data-origin={origin} title={s.originHint[origin]}>
      {s.origin[origin]}
    </span>
  );
}

export function StanceBadge({
  stance,
  lang,
}: {
  stance: { label: StanceLabel; origin: 'curated' | 'user' } | null;
  lang: UiLang;
}) {
  const s = COMPARE_STRINGS[lang];
  if (!stance)
    return (
      <span class="stance stance-none" data-stance="none">
        {s.noStance}
      </span>
    );
  return (
    <span class={`stance stance-${stance.label}`} data-stance={stance.label} data-origin={stance.origin}>
      <span class="visually-hidden">{`${s.stanceLabel}: `}</span>
      <span class="stance-label">{s.stance[stance.label]}</span>{' '}
      <OriginBadge origin={stance.origin} lang={lang} />
    </span>
  );
}
