// What is muted (an alias or a whole entity, everywhere or on one site), each with unmute.
import type { Mute } from '../../lib/types';
import type { UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { langAttrs, scriptLang } from '../t';

export function MuteList({
  lang,
  mutes,
  nameOf,
  onUnmute,
}: {
  lang: UiLang;
  mutes: Mute[];
  nameOf: (id: string) => string;
  onUnmute: (mute: Mute) => void;
}) {
  const m = MANAGE_STRINGS[lang];
  return (
    <section aria-labelledby="mutes-heading">
      <h3 id="mutes-heading">{m.mutesHeading}</h3>
      {mutes.length === 0 ? (
        <p class="muted">{m.noMutes}</p>
      ) : (
        <ul class="mutes">
          {mutes.map((x) => {
            return (
              <li
                key={`${x.entityId}\u0000${x.alias ?? ''}\u0000${x.site ?? ''}`}
                data-mute-entity={x.entityId}
              >
                {x.alias ? (
                  <span {...langAttrs(scriptLang(x.alias))}>{x.alias}</span>
                ) : (
                  <span>
                    <span {...langAttrs(scriptLang(nameOf(x.entityId)))}>{nameOf(x.entityId)}</span>{' '}
                    {m.wholeEntity}
                  </span>
                )}
                {' — '}
                {x.site ? (
                  <>
                    {m.onSite}: <bdi dir="ltr">{x.site}</bdi>
                  </>
                ) : (
                  m.everywhere
                )}{' '}
                <button type="button" data-action="unmute" onClick={() => onUnmute(x)}>
                  {m.unmute}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
