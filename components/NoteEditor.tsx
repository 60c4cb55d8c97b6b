// The user's note on one (entity, source): which entity, the source's stance toward it (one of the
// five labels, or none), free text, and the passage it points at (chosen in the reader, shown here
// read-only). One note per pair: choosing an entity that already has one loads it for editing.
import { useEffect, useRef, useState } from 'preact/hooks';
import { STANCE_LABELS, type Span, type StanceLabel, type UserNote } from '../lib/characterize/types';
import { READER_STRINGS } from './i18n-reader';
import type { UiLang } from './i18n';
import { langAttrs } from './t';

export interface NoteEntityOption {
  id: string;
  name: string;
  /** Language of `name` (the entity's name in the UI language). */
  lang: 'en' | 'ar';
}

export interface NoteDraft {
  entityId: string;
  stance: StanceLabel | null;
  text: string;
}

export interface NoteEditorProps {
  lang: UiLang;
  entities: NoteEntityOption[];
  initialEntityId: string;
  /** The user's existing notes on this source, by entity id. */
  notes: ReadonlyMap<string, UserNote>;
  passage: Span | null;
  /** Language of the source text, for the passage shown. */
  sourceLang: string;
  onSave: (draft: NoteDraft) => Promise<void>;
  onDelete: (entityId: string) => Promise<void>;
  onCancel: () => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; message: string };

const STANCE_NONE = '';

export function NoteEditor(props: NoteEditorProps) {
  const t = READER_STRINGS[props.lang];
  const [entityId, setEntityId] = useState(props.initialEntityId);
  const existing = props.notes.get(entityId) ?? null;
  const [stance, setStance] = useState<StanceLabel | null>(existing?.stance ?? null);
  const [text, setText] = useState(existing?.text ?? '');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const firstField = useRef<HTMLSelectElement>(null);
  useEffect(() => firstField.current?.focus(), []);

  const chooseEntity = (id: string) => {
    setEntityId(id);
    const note = props.notes.get(id);
    setStance(note?.stance ?? null);
    setText(note?.text ?? '');
    setStatus({ kind: 'idle' });
  };

  const run = async (action: () => Promise<void>, doneMessage: string) => {
    setStatus({ kind: 'busy' });
    try {
      await action();
      setStatus({ kind: 'done', message: doneMessage });
    } catch (error) {
      setStatus({ kind: 'error', message: t.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  const save = (event: Event) => {
    event.preventDefault();
    if (!text.trim() && stance === null) {
      setStatus({ kind: 'error', message: t.emptyNote });
      return;
    }
    void run(() => props.onSave({ entityId, stance, text: text.trim() }), t.saved);
  };

  const busy = status.kind === 'busy';
  const errorId = 'note-editor-error';
  return (
    <form
      class="note-editor"
      aria-labelledby="note-editor-heading"
      onSubmit={save}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <h2 id="note-editor-heading">{t.editorHeading}</h2>
      <p class="note-passage">
        <span class="field-label">{t.passageLabel}: </span>
        {props.passage ? (
          <q {...langAttrs(props.sourceLang)} data-testid="note-passage">
            {props.passage.text}
          </q>
        ) : (
          <span>{t.passageNone}</span>
        )}
      </p>
      <label class="field">
        <span class="field-label">{t.entityLabel}</span>
        <select
          ref={firstField}
          name="entity"
          value={entityId}
          onChange={(e) => chooseEntity((e.currentTarget as HTMLSelectElement).value)}
        >
          {props.entities.map((entity) => (
            <option key={entity.id} value={entity.id} {...langAttrs(entity.lang)}>
              {entity.name}
            </option>
          ))}
        </select>
      </label>
      {existing && <p class="muted">{t.replaces}</p>}
      <fieldset class="field stance-choice">
        <legend class="field-label">{t.stanceLabel}</legend>
        {[...STANCE_LABELS, null].map((label) => (
          <label key={label ?? STANCE_NONE} class="radio">
            <input
              type="radio"
              name="stance"
              value={label ?? STANCE_NONE}
              checked={stance === label}
              onChange={() => setStance(label)}
            />
            {label ? t.stance[label] : t.noStance}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span class="field-label">{t.noteTextLabel}</span>
        <textarea
          name="text"
          rows={4}
          dir="auto"
          value={text}
          aria-describedby={status.kind === 'error' ? errorId : undefined}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      {status.kind === 'error' && (
        <p id={errorId} class="error" role="alert">
          {status.message}
        </p>
      )}
      {status.kind === 'done' && (
        <p class="done" role="status">
          {status.message}
        </p>
      )}
      <div class="actions">
        <button type="submit" data-action="save-note" disabled={busy}>
          {busy ? t.saving : t.save}
        </button>
        {existing && (
          <button
            type="button"
            data-action="delete-note"
            disabled={busy}
            onClick={() => void run(() => props.onDelete(entityId), t.deleted)}
          >
            {t.delete}
          </button>
        )}
        <button type="button" data-action="cancel-note" onClick={props.onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
