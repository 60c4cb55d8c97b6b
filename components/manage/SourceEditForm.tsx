// Editing a source's metadata in place (its text is never edited): only changed fields are sent,
// an emptied optional field becomes null.
import { useState } from 'preact/hooks';
import type { ManagedSource, SourceMetaPatch } from '../../lib/messages';
import type { SourceKind } from '../../lib/types';
import { STRINGS, type UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { langAttrs } from '../t';

const FIELDS = ['title', 'outlet', 'author', 'date', 'url', 'lang'] as const;
const KINDS: SourceKind[] = ['news', 'opinion', 'analysis', 'report'];

export function SourceEditForm({
  lang,
  source,
  onSave,
  onCancel,
}: {
  lang: UiLang;
  source: ManagedSource;
  onSave: (patch: SourceMetaPatch) => void;
  onCancel: () => void;
}) {
  const m = MANAGE_STRINGS[lang];
  const [values, setValues] = useState(
    () =>
      Object.fromEntries(FIELDS.map((f) => [f, source[f] ?? ''])) as Record<(typeof FIELDS)[number], string>,
  );
  const [kind, setKind] = useState<SourceKind>(source.kind);
  const id = `edit-${source.id}`;

  const submit = (e: Event) => {
    e.preventDefault();
    const patch: SourceMetaPatch = {};
    const v = (f: (typeof FIELDS)[number]) => values[f].trim();
    if (v('title') && v('title') !== source.title) patch.title = v('title');
    if (v('lang') && v('lang') !== source.lang) patch.lang = v('lang');
    for (const f of ['outlet', 'author', 'date', 'url'] as const) {
      const next = v(f) || null;
      if (next !== source[f]) patch[f] = next;
    }
    if (kind !== source.kind) patch.kind = kind;
    onSave(patch);
  };

  return (
    <form class="source-edit" onSubmit={submit} aria-label={m.edit}>
      <div class="field-grid">
        {FIELDS.map((f) => (
          <label class="field" key={f} for={`${id}-${f}`}>
            <span>{m.field[f]}</span>
            <input
              id={`${id}-${f}`}
              name={f}
              required={f === 'title' || f === 'lang'}
              type="text"
              {...(f === 'date' || f === 'url' || f === 'lang' ? { dir: 'ltr' } : langAttrs(source.lang))}
              value={values[f]}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setValues((old) => ({ ...old, [f]: value }));
              }}
            />
          </label>
        ))}
        <label class="field" for={`${id}-kind`}>
          <span>{m.field.kind}</span>
          <select
            id={`${id}-kind`}
            name="kind"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as SourceKind)}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {STRINGS[lang].kind[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="actions">
        <button type="submit" data-action="save-source-edit">
          {m.save}
        </button>
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
