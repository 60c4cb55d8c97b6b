// Adding an alias to an entity: its text, language, letter case, and an optional rule (qualifier
// words, nearby entities, window) for an alias too common to count on its own.
import { useState } from 'preact/hooks';
import type { Alias, AliasLang, AliasRule } from '../../lib/types';
import type { UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { splitList } from './common';
import { aliasLangOf } from './entity-helpers';

const LANGS: AliasLang[] = ['ar', 'en', 'ur', 'fa', 'ps'];

export function AliasForm({
  lang,
  entityId,
  busy,
  onAdd,
}: {
  lang: UiLang;
  entityId: string;
  busy: boolean;
  onAdd: (alias: Alias) => void;
}) {
  const m = MANAGE_STRINGS[lang];
  const [text, setText] = useState('');
  const [aliasLang, setAliasLang] = useState<AliasLang | ''>('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [qualifiers, setQualifiers] = useState('');
  const [nearby, setNearby] = useState('');
  const [windowWords, setWindowWords] = useState('');
  const [open, setOpen] = useState(false);
  const id = `alias-${entityId}`;

  const submit = (e: Event) => {
    e.preventDefault();
    const t = text.trim();
    if (!t) return;
    const alias: Alias = { text: t, lang: aliasLang || aliasLangOf(t) };
    if (caseSensitive) alias.caseSensitive = true;
    const rule: AliasRule = {};
    const q = splitList(qualifiers);
    const n = splitList(nearby);
    if (q.length) rule.qualifiers = q;
    if (n.length) rule.nearby = n;
    const w = Number.parseInt(windowWords, 10);
    if ((q.length || n.length) && Number.isFinite(w) && w > 0) rule.window = w;
    if (q.length || n.length) alias.rule = rule;
    onAdd(alias);
    setText('');
    setQualifiers('');
    setNearby('');
    setWindowWords('');
  };

  return (
    <details class="alias-form" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{m.addAliasHeading}</summary>
      {open && (
        <form onSubmit={submit}>
          <div class="field-grid">
            <label class="field" for={`${id}-text`}>
              <span>{m.aliasText}</span>
              <input
                id={`${id}-text`}
                name="alias-text"
                dir="auto"
                required
                value={text}
                onInput={(e) => setText(e.currentTarget.value)}
              />
            </label>
            <label class="field" for={`${id}-lang`}>
              <span>{m.field.lang}</span>
              <select
                id={`${id}-lang`}
                name="alias-lang"
                value={aliasLang}
                onChange={(e) => setAliasLang(e.currentTarget.value as AliasLang | '')}
              >
                <option value="">{m.any}</option>
                {LANGS.map((l) => (
                  <option key={l} value={l} dir="ltr">
                    {l}
                  </option>
                ))}
              </select>
            </label>
            <label class="switch">
              <input
                type="checkbox"
                name="alias-case"
                checked={caseSensitive}
                onChange={(e) => setCaseSensitive(e.currentTarget.checked)}
              />
              {m.caseSensitive}
            </label>
            <label class="field" for={`${id}-qualifiers`}>
              <span>{m.ruleQualifiersField}</span>
              <input
                id={`${id}-qualifiers`}
                name="alias-qualifiers"
                dir="auto"
                value={qualifiers}
                onInput={(e) => setQualifiers(e.currentTarget.value)}
              />
            </label>
            <label class="field" for={`${id}-nearby`}>
              <span>{m.ruleNearbyField}</span>
              <input
                id={`${id}-nearby`}
                name="alias-nearby"
                dir="ltr"
                value={nearby}
                onInput={(e) => setNearby(e.currentTarget.value)}
              />
            </label>
            <label class="field" for={`${id}-window`}>
              <span>{m.ruleWindowField}</span>
              <input
                id={`${id}-window`}
                name="alias-window"
                type="number"
                min={1}
                max={30}
                value={windowWords}
                onInput={(e) => setWindowWords(e.currentTarget.value)}
              />
            </label>
          </div>
          <button type="submit" data-action="add-alias" disabled={busy}>
            {m.addAlias}
          </button>
        </form>
      )}
    </details>
  );
}
