// The editable preview of a captured page before it is stored: every field with where its value came
// from ("from the page's JSON-LD", "not found on the page", "edited by you"), checked before saving.
// The text is shown as text in a textarea, never as markup. Compact: it lives in the popup.
import { useState } from 'preact/hooks';
import { canonicalLang } from '../../lib/front-matter';
import { isLangTag } from '../../lib/import/lang-tag';
import type { SourceDraft } from '../../lib/import/types';
import { dirOf, STRINGS, type UiLang } from '../i18n';
import { CAPTURE_STRINGS, type CaptureStrings } from '../i18n-capture';
import {
  draftOf,
  KINDS,
  problemsOf,
  type FieldOrigin,
  type FieldProblem,
  type Preview,
  type PreviewField,
  type PreviewValues,
} from './preview-fields';

export interface CapturePreviewProps {
  preview: Preview;
  captured: SourceDraft;
  lang: UiLang;
  saving: boolean;
  onSave: (draft: SourceDraft) => void;
  onCancel: () => void;
}

function originText(origin: FieldOrigin, s: CaptureStrings): string {
  switch (origin.kind) {
    case 'page':
      return s.from[origin.from];
    case 'none':
      return s.notFound;
    case 'default-kind':
      return s.defaultKind;
    case 'url':
      return s.fromUrl;
    case 'lang':
      return s.fromLang;
    case 'text':
      return s.fromText(origin.readable);
  }
}

function problemText(problem: FieldProblem, s: CaptureStrings): string {
  const texts: Record<FieldProblem, string> = {
    'missing-title': s.missingTitle,
    'missing-text': s.missingText,
    'invalid-date': s.invalidDate,
    'invalid-lang': s.invalidLang,
    'invalid-url': s.invalidUrl,
  };
  return texts[problem];
}

const INPUTS: { name: Exclude<PreviewField, 'kind' | 'text'>; ltr?: boolean }[] = [
  { name: 'title' },
  { name: 'outlet' },
  { name: 'author' },
  { name: 'date', ltr: true },
  { name: 'lang', ltr: true },
  { name: 'url', ltr: true },
];

export function CapturePreview({ preview, captured, lang, saving, onSave, onCancel }: CapturePreviewProps) {
  const s = CAPTURE_STRINGS[lang];
  const [values, setValues] = useState<PreviewValues>(preview.values);
  const [checked, setChecked] = useState(false);
  const problems = problemsOf(values, captured);
  // The text's own language and direction, from its language as currently written (a tag the schema
  // would refuse, or one half typed, is no language to announce). The title, outlet and author are
  // the article's words: they carry its language too.
  const written = values.lang.trim();
  const textLang = isLangTag(written) ? (canonicalLang(written) ?? undefined) : undefined;
  const textDir = dirOf(written.split('-')[0]?.toLowerCase() ?? '');
  const set = (name: PreviewField) => (event: Event) =>
    setValues({ ...values, [name]: (event.currentTarget as HTMLInputElement).value });

  const note = (name: PreviewField) => {
    const problem = checked ? problems[name] : undefined;
    const edited = values[name] !== preview.values[name];
    return (
      <small
        id={`capture-${name}-note`}
        class={problem ? 'field-note error' : 'field-note muted'}
        data-origin-of={name}
      >
        {problem ? problemText(problem, s) : edited ? s.edited : originText(preview.origins[name], s)}
      </small>
    );
  };

  const submit = (event: Event) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(problems).length > 0) return;
    onSave(draftOf(values, captured));
  };

  return (
    <form
      class="capture-preview"
      data-testid="capture-preview"
      onSubmit={submit}
      noValidate
      aria-labelledby="capture-heading"
    >
      <h2 id="capture-heading">{s.previewHeading}</h2>
      {INPUTS.map(({ name, ltr }) => (
        <label key={name} class="field">
          <span>{s.field[name]}</span>
          <input
            name={name}
            type="text"
            inputMode={name === 'url' ? 'url' : undefined}
            value={values[name]}
            onInput={set(name)}
            dir={ltr ? 'ltr' : 'auto'}
            {...(ltr ? {} : { lang: textLang })}
            aria-invalid={checked && problems[name] ? true : undefined}
            aria-describedby={`capture-${name}-note`}
          />
          {note(name)}
        </label>
      ))}
      <label class="field">
        <span>{s.field.kind}</span>
        <select name="kind" value={values.kind} onChange={set('kind')} aria-describedby="capture-kind-note">
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {STRINGS[lang].kind[kind]}
            </option>
          ))}
        </select>
        {note('kind')}
      </label>
      <label class="field">
        <span>{s.field.text}</span>
        <textarea
          name="text"
          rows={6}
          value={values.text}
          onInput={set('text')}
          lang={textLang}
          dir={textDir}
          aria-invalid={checked && problems.text ? true : undefined}
          aria-describedby="capture-text-note"
        />
        {note('text')}
      </label>
      <div class="capture-actions">
        <button type="submit" data-action="save-source" disabled={saving}>
          {saving ? s.saving : s.save}
        </button>
        <button type="button" data-action="capture-cancel" onClick={onCancel} disabled={saving}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
