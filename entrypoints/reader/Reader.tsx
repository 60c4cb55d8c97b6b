// One stored source, every entity mention marked as on pages, an optional passage (`&start=&end=`,
// offsets into the source text) emphasized and scrolled into view — the target of every quote link —
// and the user's own notes on the source, each pointing at a passage they select here.
import { browser } from 'wxt/browser';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { askBackground } from '../../lib/send';
import type { Span, UserNote } from '../../lib/characterize/types';
import type { EntityLabel, SourceReading } from '../../lib/messages';
import { READER_STRINGS } from '../../components/i18n-reader';
import { NoteEditor, type NoteDraft, type NoteEntityOption } from '../../components/NoteEditor';
import { Status } from '../../components/Status';
import { useAsync } from '../../components/useAsync';
import { ui, uiLang } from '../../components/t';
import { deleteNote, loadNotes, putNote } from './notes';
import { NotesList } from './NotesList';
import { ReaderHeader } from './ReaderHeader';
import { ReaderText, type EmphasisKind } from './ReaderText';
import { useTextSelection } from './useTextSelection';

export interface ReaderParams {
  sourceId: string | null;
  passage: { start: number; end: number } | null;
  /** The entity whose comparison opened the reader: the way back, and the note editor's default. */
  entityId: string | null;
}

export function readerParams(search: string): ReaderParams {
  const params = new URLSearchParams(search);
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  const valid =
    params.has('start') &&
    params.has('end') &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end > start;
  return {
    sourceId: params.get('source'),
    passage: valid ? { start, end } : null,
    entityId: params.get('entity') || null,
  };
}

type Emphasis = { start: number; end: number; kind: EmphasisKind };

/** Entities the source mentions, most mentioned first, named in the UI language. */
function mentionedEntities(
  reading: SourceReading,
  labels: ReadonlyMap<string, EntityLabel>,
): NoteEntityOption[] {
  const counts = new Map<string, number>();
  for (const m of reading.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const lang = uiLang();
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => ({ id, name: labels.get(id)?.names[lang] ?? id, lang }));
}

function ReaderPage({
  reading,
  labels,
  params,
}: {
  reading: SourceReading;
  labels: ReadonlyMap<string, EntityLabel>;
  params: ReaderParams;
}) {
  const t = READER_STRINGS[uiLang()];
  const { source } = reading;
  const quoteFits = params.passage !== null && params.passage.end <= source.text.length;
  const [emphasis, setEmphasis] = useState<Emphasis | null>(
    quoteFits && params.passage ? { ...params.passage, kind: 'quote' } : null,
  );
  const [announcement, setAnnouncement] = useState('');
  const [editor, setEditor] = useState<{ passage: Span | null; entityId: string } | null>(null);
  const [notes, setNotes] = useState<Map<string, UserNote>>(new Map());
  const [notesError, setNotesError] = useState<string | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const passageRef = useRef<HTMLElement>(null);
  const noteButton = useRef<HTMLButtonElement>(null);
  const entities = useMemo(() => mentionedEntities(reading, labels), [reading, labels]);
  const selection = useTextSelection(containerRef, source.text);

  useEffect(() => {
    loadNotes(source.id).then(setNotes, (error: unknown) =>
      setNotesError(error instanceof Error ? error.message : String(error)),
    );
  }, [source.id]);

  useEffect(() => {
    const el = passageRef.current;
    if (!emphasis || !el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
    setAnnouncement(emphasis.kind === 'quote' ? t.quotedPassage : t.notePassage);
  }, [emphasis]);

  const openEditor = (passage: Span | null, entityId?: string) => {
    const preferred = entityId ?? params.entityId;
    const known = entities.find((e) => e.id === preferred) ?? entities[0];
    if (known) setEditor({ passage, entityId: known.id });
  };
  /** The selection, else the quoted passage, else none: the header button works from the keyboard. */
  const openForSelection = () => {
    const quote =
      quoteFits && params.passage
        ? { ...params.passage, text: source.text.slice(params.passage.start, params.passage.end) }
        : null;
    openEditor(selection.span ?? quote);
  };
  const closeEditor = () => {
    setEditor(null);
    noteButton.current?.focus();
  };

  const save = async ({ entityId, stance, text }: NoteDraft) => {
    const note = await putNote({
      entityId,
      sourceId: source.id,
      stance,
      text,
      passage: editor?.passage ?? null,
    });
    setNotes((current) => new Map(current).set(note.entityId, note));
  };
  const remove = async (entityId: string) => {
    await deleteNote(entityId, source.id);
    setNotes((current) => {
      const next = new Map(current);
      next.delete(entityId);
      return next;
    });
  };

  const entity = params.entityId ? (labels.get(params.entityId) ?? null) : null;
  return (
    <article>
      <ReaderHeader reading={reading} entity={entity} entityCount={entities.length}>
        <div class="note-tools">
          <button
            type="button"
            ref={noteButton}
            data-action="note-selection"
            disabled={entities.length === 0}
            onMouseDown={(e) => e.preventDefault()}
            onClick={openForSelection}
          >
            {t.noteOnSelection}
          </button>
          <span class="muted">{entities.length === 0 ? t.noEntities : t.noteHint}</span>
        </div>
      </ReaderHeader>
      {params.passage && !quoteFits && (
        <p class="error" role="alert">
          {t.quoteOutside}
        </p>
      )}
      <span id="passage-label" class="sr-only">
        {emphasis?.kind === 'note' ? t.notePassage : t.quotedPassage}
      </span>
      <p class="sr-only" role="status">
        {announcement}
      </p>
      <ReaderText
        text={source.text}
        lang={source.lang}
        mentions={reading.mentions}
        passage={emphasis}
        entityId={params.entityId}
        labels={labels}
        uiLang={uiLang()}
        containerRef={containerRef}
        passageRef={passageRef}
        passageLabelId="passage-label"
        ariaLabel={t.textLabel}
      />
      {selection.span && selection.anchor && !editor && entities.length > 0 && (
        <button
          type="button"
          class="selection-note"
          data-action="note-here"
          style={{ top: `${selection.anchor.top}px`, left: `${selection.anchor.left}px` }}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => openEditor(selection.span)}
        >
          {t.addNoteHere}
        </button>
      )}
      {notesError ? (
        <p class="error" role="alert">
          {ui().error(notesError)}
        </p>
      ) : (
        <NotesList
          notes={[...notes.values()]}
          labels={labels}
          sourceLang={source.lang}
          onShow={(passage) => setEmphasis({ start: passage.start, end: passage.end, kind: 'note' })}
          onEdit={(note) => openEditor(note.passage, note.entityId)}
        />
      )}
      {editor && (
        <aside class="note-panel">
          <NoteEditor
            key={`${editor.entityId}:${editor.passage?.start ?? ''}`}
            lang={uiLang()}
            entities={entities}
            initialEntityId={editor.entityId}
            notes={notes}
            passage={editor.passage}
            sourceLang={source.lang}
            onSave={save}
            onDelete={remove}
            onCancel={closeEditor}
          />
        </aside>
      )}
    </article>
  );
}

export function Reader({ params }: { params: ReaderParams }) {
  const { sourceId } = params;
  const state = useAsync(async () => {
    if (!sourceId) return null;
    const [{ reading }, { labels }] = await Promise.all([
      askBackground(browser, { type: 'source/read', id: sourceId }),
      askBackground(browser, { type: 'entity/labels' }),
    ]);
    return reading ? { reading, labels: new Map(labels.map((l) => [l.id, l])) } : null;
  });
  if (!sourceId)
    return (
      <p class="error" role="alert">
        {ui().readerMissingId}
      </p>
    );
  return (
    <Status state={state}>
      {(data) =>
        data ? (
          <ReaderPage reading={data.reading} labels={data.labels} params={params} />
        ) : (
          <p class="error" role="alert">
            {ui().sourceNotFound(sourceId)}
          </p>
        )
      }
    </Status>
  );
}
