// The sources that never mention the entity: how many, and the first of them. Silence is a fact of
// the stored texts (computed), not a judgement.
import type { EntityComparisonView } from '../../lib/messages';
import { COMPARE_STRINGS } from '../i18n-compare';
import type { UiLang } from '../i18n';
import { OriginBadge } from './Badges';
import { SourceLine } from './SourceLabel';

export function SilentSources({ silent, lang }: { silent: EntityComparisonView['silent']; lang: UiLang }) {
  const s = COMPARE_STRINGS[lang];
  if (silent.count === 0) return <p class="muted">{s.noSilent}</p>;
  const rest = silent.count - silent.sources.length;
  return (
    <div class="silent" data-count={silent.count}>
      <p>
        <strong data-testid="silent-count">{s.silentCount(silent.count)}</strong>{' '}
        <OriginBadge origin="computed" lang={lang} />
      </p>
      <ul class="silent-list">
        {silent.sources.map((source) => (
          <li key={source.id} data-source-id={source.id}>
            <SourceLine source={source} lang={lang} />
          </li>
        ))}
      </ul>
      {rest > 0 && <p class="muted">{s.andMore(rest)}</p>}
    </div>
  );
}
