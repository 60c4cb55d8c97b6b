// An entity's aliases, each with its rule in words, and mute / remove buttons.
import type { Alias, AliasRule, Mute } from '../../lib/types';
import type { UiLang } from '../i18n';
import { MANAGE_STRINGS, type ManageStrings } from '../i18n-manage';
import { langAttrs, scriptLang } from '../t';
import { DEFAULT_WINDOW } from './entity-helpers';

/** A sentence of the UI language around words of the corpus, each word in its own script's lang/dir. */
function Around({ template, items }: { template: (items: string) => string; items: readonly string[] }) {
  const [before, after = ''] = template('\u0000').split('\u0000');
  return (
    <>
      {before}
      {items.map((t, i) => (
        <>
          {i > 0 && '، '}
          <span {...langAttrs(scriptLang(t))}>{t}</span>
        </>
      ))}
      {after}
    </>
  );
}

/** ruleWords (entity-helpers.ts) as markup: the same text, the qualifiers and names marked up. */
function RuleWords({
  rule,
  m,
  nameOf,
}: {
  rule: AliasRule;
  m: ManageStrings;
  nameOf: (id: string) => string;
}) {
  const q = rule.qualifiers ?? [];
  const n = rule.nearby ?? [];
  if (!q.length && !n.length) return <>{m.ruleAlways}</>;
  return (
    <>
      {q.length > 0 && <Around template={m.ruleQualifiers} items={q} />}
      {q.length > 0 && n.length > 0 && ' · '}
      {n.length > 0 && <Around template={m.ruleNearby} items={n.map(nameOf)} />}
      {' · '}
      {m.ruleWindow(rule.window ?? DEFAULT_WINDOW)}
    </>
  );
}

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
          {a.rule && (
            <span class="muted">
              {' — '}
              <RuleWords rule={a.rule} m={m} nameOf={nameOf} />
            </span>
          )}{' '}
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
