// The user's notes on this source, each labelled as theirs, with its passage shown on demand.
import type { Span, UserNote } from '../../lib/characterize/types';
import type { EntityLabel } from '../../lib/messages';
import { READER_STRINGS } from '../../components/i18n-reader';
import { langAttrs, uiLang } from '../../components/t';

export function NotesList({
  notes,
  labels,
  sourceLang,
  onShow,
  onEdit,
}: {
  notes: UserNote[];
  labels: ReadonlyMap<string, EntityLabel>;
  sourceLang: string;
  onShow: (passage: Span) => void;
  onEdit: (note: UserNote) => void;
}) {
  const t = READER_STRINGS[uiLang()];
  const lang = uiLang();
  return (
    <section class="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t.notesHeading}</h2>
      {notes.length === 0 ? (
        <p class="muted">{t.noNotes}</p>
      ) : (
        <ul class="note-list">
          {notes.map((note) => {
            const label = labels.get(note.entityId);
            return (
              <li key={note.entityId} data-entity-id={note.entityId} data-origin="user" class="note-item">
                <p>
                  <strong {...langAttrs(lang)}>{label ? label.names[lang] : note.entityId}</strong>{' '}
                  <span class="badge origin-user">{t.yourNote}</span>
                  {note.stance && (
                    <>
                      {' · '}
                      <span data-stance={note.stance}>{t.stance[note.stance]}</span>
                    </>
                  )}
                </p>
                {note.text && (
                  <p class="note-text" dir="auto">
                    {note.text}
                  </p>
                )}
                <p class="note-quote">
                  {note.passage ? (
                    <q {...langAttrs(sourceLang)}>{note.passage.text}</q>
                  ) : (
                    <span class="muted">{t.noPassage}</span>
                  )}
                </p>
                <div class="actions">
                  {note.passage && (
                    <button type="button" onClick={() => note.passage && onShow(note.passage)}>
                      {t.showPassage}
                    </button>
                  )}
                  <button type="button" onClick={() => onEdit(note)}>
                    {t.editNote}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
