// The user's notes on one source, through the background (which owns the database).
import { browser } from 'wxt/browser';
import type { Span, StanceLabel, UserNote } from '../../lib/characterize/types';
import { askBackground } from '../../lib/send';

/** The notes of this source, by entity. */
export async function loadNotes(sourceId: string): Promise<Map<string, UserNote>> {
  const { notes } = await askBackground(browser, { type: 'note/list', sourceId });
  return new Map(notes.map((note) => [note.entityId, note]));
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
