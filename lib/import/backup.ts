// The backup file: everything the user made, in one JSON file that is the same bytes every time the
// same data is exported (so export → import → export is byte-identical, and two backups diff cleanly).
//
// Decisions:
// - Order: every list sorted by a stable key (code-unit order, never the locale's), the small parts
//   first and the sources (the bulk) last; inside a record, `id`-like keys first, then the rest in
//   alphabetical order. Lists inside a record (aliases, related) keep their order: it is meaningful.
// - Reading: `format` and `version` are read before the schema runs, so a file from a newer Sanad is
//   refused with a message that says to update, not with a list of unknown fields.
import * as v from 'valibot';
import { issueLines } from './issues';
import { BackupSchema } from './schema';
import { BACKUP_VERSION, type BackupData } from './types';

export type BackupErrorCode = 'not-json' | 'not-a-backup' | 'newer-version' | 'invalid';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    /** Every fault, `sources[12].date: …` (the message names the first few). */
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

const TOP_ORDER = [
  'format',
  'version',
  'settings',
  'globalEnabled',
  'disabledSites',
  'mutes',
  'notes',
  'entities',
  'sources',
];
const FIRST_KEYS = ['id', 'entityId', 'sourceId'];

function keyRank(key: string, order: readonly string[]): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}

function byKeyOrder(order: readonly string[]) {
  return (a: string, b: string): number =>
    keyRank(a, order) - keyRank(b, order) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A copy with object keys in the fixed order and undefined values left out (JSON has none). */
function ordered(value: unknown, order: readonly string[] = FIRST_KEYS): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort(byKeyOrder(order))) {
    if (record[key] !== undefined) out[key] = ordered(record[key]);
  }
  return out;
}

const cmp = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

function sortedBy<T>(items: readonly T[], ...keys: ((item: T) => string | null)[]): T[] {
  return [...items].sort((x, y) => {
    for (const key of keys) {
      const c = cmp(key(x), key(y));
      if (c) return c;
    }
    return 0;
  });
}

/** The backup file's text: deterministic, one-space indented, with a final newline. */
export function serializeBackup(data: BackupData): string {
  const sorted: BackupData = {
    ...data,
    sources: sortedBy(data.sources, (s) => s.id),
    entities: sortedBy(data.entities, (e) => e.id),
    mutes: sortedBy(
      data.mutes,
      (m) => m.entityId,
      (m) => m.alias,
      (m) => m.site,
    ),
    notes: sortedBy(
      data.notes,
      (n) => n.entityId,
      (n) => n.sourceId,
    ),
    disabledSites: sortedBy(data.disabledSites, (s) => s),
  };
  return `${JSON.stringify(ordered(sorted, TOP_ORDER), null, 1)}\n`;
}

const Header = v.looseObject({ format: v.literal('sanad-backup') });
const Version = v.looseObject({ version: v.pipe(v.number(), v.integer(), v.minValue(1)) });
const SHOWN = 5;

/** Reads a backup file; throws BackupError with a message for the user when it cannot be imported. */
export function parseBackup(json: string): BackupData {
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new BackupError('not-json', `This file is not a Sanad backup: it is not valid JSON (${reason}).`);
  }
  if (!v.is(Header, value))
    throw new BackupError(
      'not-a-backup',
      'This file is not a Sanad backup: it does not say "format": "sanad-backup".',
    );
  if (!v.is(Version, value))
    throw new BackupError(
      'invalid',
      'This backup is damaged: its "version" is missing or not a whole number from 1 up.',
      ['version: expected a whole number ≥ 1'],
    );
  if (value.version > BACKUP_VERSION)
    throw new BackupError(
      'newer-version',
      `This backup was made by a newer version of Sanad (format ${value.version}; this version reads up to ${BACKUP_VERSION}). Update Sanad to import it.`,
    );
  const r = v.safeParse(BackupSchema, value, { abortEarly: false });
  if (r.success) return r.output;
  const details = issueLines(r.issues);
  const more = details.length > SHOWN ? ` … and ${details.length - SHOWN} more` : '';
  const count = details.length === 1 ? 'one fault' : `${details.length} faults`;
  throw new BackupError(
    'invalid',
    `This backup cannot be imported: ${count}. ${details.slice(0, SHOWN).join('; ')}${more}.`,
    details,
  );
}
