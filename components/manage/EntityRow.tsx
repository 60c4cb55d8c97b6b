// One entity in the manager: its names, type, origin and mentions (per source on demand), its aliases
// with their rules, muting (everywhere or on a site the user types), adding an alias, removing it.
// A removal asks first, in the page (focus on its safe answer, Cancel), like the backup's replace.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ManagedEntity } from '../../lib/messages';
import type { Alias, Mute } from '../../lib/types';
import { STRINGS, type UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { langAttrs, scriptLang } from '../t';
import { AliasForm } from './AliasForm';
import { AliasList } from './AliasList';
import { siteFromInput } from './entity-helpers';

const PER_SOURCE_CAP = 50;

export interface EntityActions {
  mute: (mute: Mute) => void;
  removeAlias: (text: string) => void;
  /** True once stored. */
  addAlias: (alias: Alias) => Promise<boolean>;
  removeEntity: () => void;
}

export function EntityRow({
  lang,
  item,
  mutes,
  busy,
  nameOf,
  isEntity,
  sourceOf,
  onOpenCounts,
  actions,
}: {
  lang: UiLang;
  item: ManagedEntity;
  mutes: Mute[];
  busy: boolean;
  nameOf: (id: string) => string;
  isEntity: (id: string) => boolean;
  sourceOf: (id: string) => { title: string; lang: string } | undefined;
  onOpenCounts: () => void;
  actions: EntityActions;
}) {
  const m = MANAGE_STRINGS[lang];
  const u = STRINGS[lang];
  const { entity: e } = item;
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<'everywhere' | 'site'>('everywhere');
  const [siteText, setSiteText] = useState('');
  const [asking, setAsking] = useState<{ alias: string } | { entity: true } | null>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancelButton.current?.focus();
  }, [asking]);
  const site = scope === 'site' ? siteFromInput(siteText) : null;
  const scopeReady = scope === 'everywhere' || site !== null;
  const id = `entity-${e.id}`;
  const mute = (alias: string | null) => scopeReady && actions.mute({ entityId: e.id, alias, site });

  return (
    <li data-entity-id={e.id} class="manage-row">
      {/* A user entity named in one language only has that name in both slots: shown once, in its script. */}
      <strong {...langAttrs(scriptLang(e.names.en))}>{e.names.en}</strong>
      {e.names.ar !== e.names.en && (
        <>
          {' · '}
          <strong {...langAttrs(scriptLang(e.names.ar))}>{e.names.ar}</strong>
        </>
      )}
      <div class="muted">
        {u.type[e.type]} · {u.origin[item.origin]}
        {item.editedByUser && ` · ${m.edited}`} · {u.mentions(item.mentions)} ·{' '}
        {u.sources(item.perSource.length)}
      </div>
      <details
        onToggle={(ev) => {
          setOpen(ev.currentTarget.open);
          if (ev.currentTarget.open) onOpenCounts();
        }}
      >
        <summary>{m.perSource}</summary>
        {open &&
          (item.perSource.length === 0 ? (
            <p class="muted">{m.noMentions}</p>
          ) : (
            <ul>
              {item.perSource.slice(0, PER_SOURCE_CAP).map(({ sourceId, count }) => {
                const s = sourceOf(sourceId);
                return (
                  <li key={sourceId}>
                    {s ? <span {...langAttrs(s.lang)}>{s.title}</span> : <code>{sourceId}</code>} —{' '}
                    {u.mentions(count)}
                  </li>
                );
              })}
              {item.perSource.length > PER_SOURCE_CAP && (
                <li class="muted">{m.andMore(item.perSource.length - PER_SOURCE_CAP)}</li>
              )}
            </ul>
          ))}
      </details>
      <h4>{m.aliasesHeading}</h4>
      <fieldset class="mute-scope">
        <legend>{m.muteWhere}</legend>
        <label class="switch">
          <input
            type="radio"
            name={`${id}-scope`}
            value="everywhere"
            checked={scope === 'everywhere'}
            onChange={() => setScope('everywhere')}
          />
          {m.everywhere}
        </label>
        <label class="switch">
          <input
            type="radio"
            name={`${id}-scope`}
            value="site"
            checked={scope === 'site'}
            onChange={() => setScope('site')}
          />
          {m.onSite}
        </label>
        {scope === 'site' && (
          <label class="field" for={`${id}-site`}>
            <span>{m.siteField}</span>
            <input
              id={`${id}-site`}
              name="mute-site"
              dir="ltr"
              value={siteText}
              onInput={(ev) => setSiteText(ev.currentTarget.value)}
            />
          </label>
        )}
      </fieldset>
      <AliasList
        lang={lang}
        entityId={e.id}
        aliases={e.aliases}
        mutes={mutes}
        busy={busy || !scopeReady}
        nameOf={nameOf}
        onMute={(alias) => mute(alias)}
        onRemove={(alias) => setAsking({ alias })}
      />
      <div class="actions">
        <button
          type="button"
          data-action="mute-entity"
          disabled={busy || !scopeReady}
          onClick={() => mute(null)}
        >
          {m.muteEntity}
        </button>
        {item.origin === 'user' ? (
          <button
            type="button"
            data-action="remove-entity"
            disabled={busy}
            onClick={() => setAsking({ entity: true })}
          >
            {m.removeEntity}
          </button>
        ) : (
          <span class="muted">{m.shippedNoRemove}</span>
        )}
      </div>
      {asking && (
        <div role="alertdialog" aria-labelledby={`${id}-confirm`} class="confirm">
          <p id={`${id}-confirm`}>
            {'alias' in asking ? m.confirmRemoveAlias : m.confirmRemoveEntity}{' '}
            {'alias' in asking ? (
              <span {...langAttrs(scriptLang(asking.alias))}>{asking.alias}</span>
            ) : (
              <span {...langAttrs(scriptLang(e.names[lang]))}>{e.names[lang]}</span>
            )}
          </p>
          <button
            type="button"
            data-action="confirm-remove"
            disabled={busy}
            onClick={() => {
              setAsking(null);
              if ('alias' in asking) actions.removeAlias(asking.alias);
              else actions.removeEntity();
            }}
          >
            {m.confirmRemove}
          </button>{' '}
          <button type="button" ref={cancelButton} onClick={() => setAsking(null)}>
            {m.cancel}
          </button>
        </div>
      )}
      <AliasForm lang={lang} entityId={e.id} busy={busy} isEntity={isEntity} onAdd={actions.addAlias} />
    </li>
  );
}
