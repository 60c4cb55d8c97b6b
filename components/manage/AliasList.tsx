// An entity's aliases, each with its rule in words, and mute / remove buttons.
import type { Alias, Mute } from '../../lib/types';
import type { UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { langAttrs } from '../t';
import { ruleWords } from './entity-helpers';

export function AliasList({
  lang,
  entityId,
  aliases,
  mutes,
  busy,
  nameOf,
  onMute,
  onRemove,
}: {
  lang: UiLang;
  entityId: string;
  aliases: Alias[];
  mutes: Mute[];
  busy: boolean;
  nameOf: (id: string) => string;
  onMute: (alias: string) => void;
  onRemove: (alias: string) => void;
}) {
  const m = MANAGE_STRINGS[lang];
  const muted = (text: string) => mutes.some((x) => x.entityId === entityId && x.alias === text);
  return (
    <ul class="aliases">
      {aliases.map((a) => (
        <li key={a.text} data-alias={a.text}>
          <span {...langAttrs(a.lang)} class="alias-text">
            {a.text}
          </span>
          <span class="muted">
            {' '}
            (<span dir="ltr">{a.lang}</span>
            {a.caseSensitive && `, ${m.caseSensitive}`})
          </span>
          {a.rule && <span class="muted"> — {ruleWords(a.rule, m, nameOf)}</span>}{' '}
          {muted(a.text) && <span class="origin">{m.mutesHeading}</span>}{' '}
          <button
            type="button"
            data-action="mute-alias"
            disabled={busy}
            aria-label={`${m.mute}: ${a.text}`}
            onClick={() => onMute(a.text)}
          >
            {m.mute}
          </button>{' '}
          <button
            type="button"
            data-action="remove-alias"
            disabled={busy}
            aria-label={`${m.remove}: ${a.text}`}
            onClick={() => onRemove(a.text)}
          >
            {m.remove}
          </button>
        </li>
      ))}
    </ul>
  );
}
