// The contract of adding sources (capture, paste, file import, backup restore): what a source is
// before it is stored (a draft), what can be wrong with one (a problem, always naming the file, the
// line or record, and the field), and the dry-run report. Pure data: crosses messages.
import type { Entity, Mute, Source, SourceKind, UserSettings } from '../types';
import type { UserNote } from '../characterize/types';

/** Where a draft was read from: the format of its file (or `paste`, `capture`). */
export type DraftFormat = 'text' | 'front-matter' | 'html' | 'jsonl' | 'ant-doc' | 'paste' | 'capture';

/** A source as the user is about to store it (no id, no timestamps, no derived keys yet). */
export interface SourceDraft {
  title: string;
  /** `source`: the text's own headline; `user`: the user typed it; `file-name`: nothing else was given. */
  titleOrigin: 'source' | 'user' | 'file-name';
  outlet: string | null;
  /** One or more names as the source gives them, joined with «، » / ", " (as written). */
  author: string | null;
  /** ISO YYYY-MM-DD, only when the source states it. */
  date: string | null;
  /** Absolute http(s) URL as given (the canonical form is derived when stored). */
  url: string | null;
  /** BCP 47 tag of the text, any language (`ar`, `en-GB`, `ur`, `fr`). */
  lang: string;
  kind: SourceKind;
  text: string;
  format: DraftFormat;
}

/** Where in a file a draft or a problem is: 1-based line (text files, JSONL) and/or record (the n-th <DOC>). */
export interface DraftAt {
  file: string;
  line: number | null;
  record: number | null;
}

export type ProblemCode =
  | 'unreadable' // the file could not be decoded / parsed at all
  | 'unknown-format'
  | 'front-matter' // lib/front-matter.ts reported it (reason in `detail`)
  | 'json' // a JSONL line is not JSON
  | 'missing' // a required field is absent
  | 'invalid' // a field has a value of the wrong type or shape
  | 'unknown-field'
  | 'empty-text'
  | 'too-large';

export interface ImportProblem extends DraftAt {
  /** The field at fault (`date`, `source.url`), or null for the whole record or file. */
  field: string | null;
  code: ProblemCode;
  /** English detail for the message (what was received, what was expected); never shown without `file`. */
  detail: string;
}

export interface ParsedDraft {
  draft: SourceDraft;
  at: DraftAt;
}

export interface ParsedFile {
  file: string;
  drafts: ParsedDraft[];
  problems: ImportProblem[];
}

/** The keys a stored source is found again by: its canonical URL and the hash of its folded text. */
export interface DedupKeys {
  canonicalUrl: string | null;
  textHash: string;
}

/** The dry run: what an import would do, before anything is written. */
export interface ImportPlan {
  fresh: ParsedDraft[];
  /** Already stored (`existingId`) or repeated earlier in the same import (`existingId` null, `firstAt`). */
  duplicates: {
    at: DraftAt;
    title: string;
    existingId: string | null;
    firstAt: DraftAt | null;
    by: 'url' | 'text';
  }[];
  invalid: ImportProblem[];
}

/**
 * Everything the user made, as the backup file holds it (lib/import/backup.ts writes and reads it).
 * No timestamp of the export itself: re-exporting an imported backup gives the same bytes.
 */
export interface BackupData {
  format: 'sanad-backup';
  version: 1;
  /** User sources, whole (text included), by id. */
  sources: Source[];
  /** User entities, and shipped ones the user edited (`editedByUser`), by id. */
  entities: (Entity & { origin: 'shipped' | 'user'; editedByUser?: boolean })[];
  mutes: Mute[];
  notes: UserNote[];
  /** Site keys switched off, sorted. */
  disabledSites: string[];
  globalEnabled: boolean;
  settings: UserSettings;
}

/** The format version this build writes; a file with a higher one is refused with a clear message. */
export const BACKUP_VERSION = 1;
