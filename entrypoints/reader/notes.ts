// The user's notes on one source, through the background (which owns the database).
import { browser } from 'wxt/browser';
import type { Span, StanceLabel, UserNote } from '../../lib/characterize/types';
import { askBackground } from '../../lib/send';

/**
 * The notes of this source, by entity. The protocol has no "notes of a source" request, so each
 * entity the source mentions is asked for its comparison and this source's side read; a source
 * mentions tens of entities, not thousands.
 */
export async function loadNotes(
  sourceId: string,
  entityIds: readonly string[],
): Promise<Map<string, UserNote>> {
  const views = await Promise.all(
    entityIds.map((entityId) => askBackground(browser, { type: 'entity/compare', entityId })),
  );
  const notes = new Map<string, UserNote>();
  for (const { view } of views) {
    const note = view?.sides.find((side) => side.source.id === sourceId)?.userNote;
    if (note) notes.set(note.entityId, note);
  }
  return notes;
}

export async function putNote(note: {
  entityId: string;
  sourceId: string;
  stance: StanceLabel | null;
  text: string;
  passage: Span | null;
}): Promise<UserNote> {
  return (await askBackground(browser, { type: 'note/put', note })).note;
}

export async function deleteNote(entityId: string, sourceId: string): Promise<void> {
  await askBackground(browser, { type: 'note/delete', entityId, sourceId });
}
