// Adding an alias to an entity: its text, language, letter case, and an optional rule (qualifier
// words, nearby entities, window) for an alias too common to count on its own. The fields are emptied
// only once the entity is stored with it: on an error, what was typed is still there.
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
  isEntity,
  onAdd,
}: {
  lang: UiLang;
  entityId: string;
  busy: boolean;
  /** Whether an id names an entity of the gazetteer (a nearby rule on an unknown id never matches). */
  isEntity: (id: string) => boolean;
  /** True once stored. */
  onAdd: (alias: Alias) => Promise<boolean>;
}) {
  const m = MANAGE_STRINGS[lang];
  const [text, setText] = useState('');
  const [aliasLang, setAliasLang] = useState<AliasLang | ''>('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [qualifiers, setQualifiers] = useState('');
  const [nearby, setNearby] = useState('');
  const [windowWords, setWindowWords] = useState('');
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = `alias-${entityId}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    const t = text.trim();
    if (!t || busy) return;
    const alias: Alias = { text: t, lang: aliasLang || aliasLangOf(t) };
    if (caseSensitive) alias.caseSensitive = true;
    const rule: AliasRule = {};
    const q = splitList(qualifiers);
    const n = splitList(nearby);
    if (q.length) rule.qualifiers = q;
    const unknown = n.filter((x) => !isEntity(x));
    if (unknown.length) {
      setProblem(m.unknownNearby(unknown.join(', ')));
      return;
    }
    setProblem(null);
    if (n.length) rule.nearby = n;
    const w = Number.parseInt(windowWords, 10);
    if ((q.length || n.length) && Number.isFinite(w) && w > 0) rule.window = w;
    if (q.length || n.length) alias.rule = rule;
    if (!(await onAdd(alias))) return;
    setText('');
    setQualifiers('');
    setNearby('');
    setWindowWords('');
  };

  return (
    <details class="alias-form" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{m.addAliasHeading}</summary>
      {open && (
        <form onSubmit={(e) => void submit(e)}>
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
                aria-invalid={problem !== null}
                onInput={(e) => {
                  setNearby(e.currentTarget.value);
                  setProblem(null);
                }}
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
          {problem && (
            <p class="error" role="alert" data-testid="alias-problem">
              {problem}
            </p>
          )}
          <button type="submit" data-action="add-alias" disabled={busy}>
            {m.addAlias}
          </button>
        </form>
      )}
    </details>
  );
}
