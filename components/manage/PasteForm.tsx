// The paste box: a text and its optional metadata, added to the import's list (not written yet).
import { useState } from 'preact/hooks';
import { parsePaste } from '../../lib/import/formats';
import type { ParsedFile, SourceDraft } from '../../lib/import/types';
import type { SourceKind } from '../../lib/types';
import { STRINGS, type UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';

const META = ['title', 'outlet', 'author', 'date', 'url', 'lang'] as const;
type MetaField = (typeof META)[number];
const KINDS: SourceKind[] = ['news', 'opinion', 'analysis', 'report'];

export function PasteForm({
  lang,
  disabled,
  onAdd,
}: {
  lang: UiLang;
  /** While a dry run, a read or an import runs: the list they work on must not change under them. */
  disabled: boolean;
  onAdd: (file: ParsedFile) => void;
}) {
  const m = MANAGE_STRINGS[lang];
  const [text, setText] = useState('');
  const [meta, setMeta] = useState<Record<MetaField, string>>({
    title: '',
    outlet: '',
    author: '',
    date: '',
    url: '',
    lang: '',
  });
  const [kind, setKind] = useState<SourceKind>('news');
  const [added, setAdded] = useState(false);

  const submit = (e: Event) => {
    e.preventDefault();
    if (disabled) return;
    const given: Partial<SourceDraft> = { kind };
    for (const f of META) {
      const v = meta[f].trim();
      if (v) given[f] = v;
    }
    if (given.title) given.titleOrigin = 'user';
    onAdd(parsePaste(text, given));
    setText('');
    setMeta({ title: '', outlet: '', author: '', date: '', url: '', lang: '' });
    setAdded(true);
  };

  return (
    <form class="paste-form" onSubmit={submit}>
      <h3>{m.pasteHeading}</h3>
      <label class="field">
        <span>{m.field.text}</span>
        <textarea
          name="paste-text"
          rows={6}
          dir="auto"
          required
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setAdded(false);
          }}
        />
      </label>
      <div class="field-grid">
        {META.map((f) => (
          <label class="field" key={f}>
            <span>
              {m.field[f]} <span class="muted">{m.optional}</span>
            </span>
            <input
              name={`paste-${f}`}
              type="text"
              dir={f === 'date' || f === 'url' || f === 'lang' ? 'ltr' : 'auto'}
              value={meta[f]}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setMeta((old) => ({ ...old, [f]: value }));
              }}
            />
          </label>
        ))}
        <label class="field">
          <span>{m.field.kind}</span>
          <select
            name="paste-kind"
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
      <button type="submit" data-action="paste-add" disabled={disabled}>
        {m.pasteAdd}
      </button>
      {added && (
        <p class="muted" role="status">
          {m.pasteAdded}
        </p>
      )}
    </form>
  );
}
