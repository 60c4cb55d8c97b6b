// Sanad's editors' notes on how each shipped source portrays each entity it speaks of (data/notes/,
// one file per seed; the stance vocabulary and how the notes were written: data/README.md). Bundled
// into the extension and read by the CLI, so the files are imported statically.
import { STANCE_LABELS, type CuratedNote, type StanceLabel } from '../lib/characterize/types';
import seed000 from './notes/seed-000.json';
import seed001 from './notes/seed-001.json';
import seed002 from './notes/seed-002.json';
import seed003 from './notes/seed-003.json';
import seed004 from './notes/seed-004.json';

// JSON gives the stance as a plain string: it is checked here once, so a typo in a file fails at load
// (and in the tests) instead of reaching the UI as an unknown label.
type RawNote = Omit<CuratedNote, 'stance'> & { stance: string };

function isStance(s: string): s is StanceLabel {
  return (STANCE_LABELS as readonly string[]).includes(s);
}

function typed(raw: readonly RawNote[]): CuratedNote[] {
  return raw.map((note) => {
    const { stance } = note;
    if (!isStance(stance)) {
      throw new Error(`curated note ${note.entityId}/${note.sourceId}: unknown stance "${stance}"`);
    }
    return { ...note, stance };
  });
}

const RAW: readonly (readonly RawNote[])[] = [seed000, seed001, seed002, seed003, seed004];

export const CURATED_NOTES: readonly CuratedNote[] = RAW.flatMap(typed);

const byPair = new Map(CURATED_NOTES.map((n) => [`${n.entityId}\u0000${n.sourceId}`, n]));

export function curatedNote(entityId: string, sourceId: string): CuratedNote | undefined {
  return byPair.get(`${entityId}\u0000${sourceId}`);
}
