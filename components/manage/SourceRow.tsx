// One stored source in the manager: its metadata as stored (whose title it is, where it came from),
// a link to the reader, and edit and delete (shipped sources cannot be deleted: the row says why).
import { useState } from 'preact/hooks';
import type { ManagedSource, SourceMetaPatch } from '../../lib/messages';
import { STRINGS, type UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { readerUrl } from '../SourceList';
import { IsoDate } from '../SourceMeta';
import { langAttrs } from '../t';
import { ErrorLine } from './common';
import { SourceEditForm } from './SourceEditForm';

export function SourceRow({
  lang,
  source: s,
  onSave,
  onDelete,
}: {
  lang: UiLang;
  source: ManagedSource;
  onSave: (patch: SourceMetaPatch) => Promise<void>;
  onDelete: () => void;
}) {
  const m = MANAGE_STRINGS[lang];
  const u = STRINGS[lang];
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const text = langAttrs(s.lang);
  return (
    <li data-source-id={s.id} class="manage-row">
      <a href={readerUrl(s.id)} target="_blank" rel="noopener" title={m.openReader} {...text}>
        {s.title}
      </a>
      {s.titleOrigin && s.titleOrigin !== 'source' && (
        <>
          {' '}
          <span class={`origin origin-${s.titleOrigin === 'curated' ? 'curated' : 'user'}`}>
            {m.titleOrigin[s.titleOrigin]}
          </span>
        </>
      )}
      <div class="muted">
        {s.outlet ? <span {...text}>{s.outlet}</span> : <span>{u.unknownOutlet}</span>}
        {s.author && (
          <>
            {' · '}
            <span {...text}>{s.author}</span>
          </>
        )}
        {' · '}
        {s.date ? <IsoDate date={s.date} /> : u.noDate}
        {' · '}
        <span dir="ltr">{s.lang}</span> · {u.kind[s.kind]} · {u.origin[s.origin]} · {u.characters(s.length)} ·{' '}
        {u.entities(s.entities)}
      </div>
      {editing ? (
        <SourceEditForm
          lang={lang}
          source={s}
          onCancel={() => setEditing(false)}
          onSave={(patch) => {
            setError(null);
            onSave(patch).then(
              () => setEditing(false),
              (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
            );
          }}
        />
      ) : (
        <div class="actions">
          <button type="button" data-action="edit-source" onClick={() => setEditing(true)}>
            {m.edit}
          </button>
          {s.origin === 'user' ? (
            <button type="button" data-action="delete-source" onClick={onDelete}>
              {m.remove}
            </button>
          ) : (
            <span class="muted">{m.shippedNoDelete}</span>
          )}
        </div>
      )}
      {error && <ErrorLine lang={lang} message={error} />}
    </li>
  );
}
