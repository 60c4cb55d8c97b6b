// Every record the import and the backup read, as Valibot schemas (docs/decisions/schema-library.md),
// and the two checks the background runs again before it writes anything: validateDraft, validateEntity.
import * as v from 'valibot';
import type { UserNote } from '../characterize/types';
import type { Mute, Source, UserSettings } from '../types';
import { issuesToProblems } from './issues';
import { ENTITY_FILE } from './pseudo-files';
import { type BackupEntity, BackupEntitySchema, EntitySchema } from './schema-entity';
import {
  blankIsNull,
  draftFormat,
  httpUrl,
  isoDate,
  isoDateOrTime,
  langTag,
  langTagCanonical,
  nonEmpty,
  sourceKind,
  textField,
  textHash,
  timestamp,
  strictRecord,
  wholeNumber,
} from './schema-fields';
import type { BackupData, DraftAt, ImportProblem, SourceDraft } from './types';
import type { Entity } from '../types';

export { issuesToProblems } from './issues';
export {
  AliasRuleSchema,
  AliasSchema,
  BackupEntitySchema,
  EntitySchema,
  ProximityRuleSchema,
} from './schema-entity';

/** A source about to be stored. Its language comes out canonical (`EN-gb` → `en-GB`). */
export const DraftSchema: v.GenericSchema<unknown, SourceDraft> = strictRecord({
  title: nonEmpty,
  titleOrigin: v.picklist(['source', 'user', 'file-name']),
  outlet: v.nullable(v.string()),
  author: v.nullable(v.string()),
  date: v.nullable(isoDate),
  url: v.nullable(httpUrl),
  lang: langTagCanonical,
  kind: sourceKind,
  text: textField,
  format: draftFormat,
});

/**
 * One line of a `.jsonl` import: `text` required, the rest optional; null or a blank string means not
 * given (as an empty front-matter value does). A date-time is stored as its calendar date.
 */
export const JsonlLineSchema = strictRecord({
  text: textField,
  title: v.optional(blankIsNull(v.string())),
  outlet: v.optional(blankIsNull(v.string())),
  author: v.optional(blankIsNull(v.string())),
  date: v.optional(blankIsNull(isoDateOrTime)),
  url: v.optional(blankIsNull(httpUrl)),
  lang: v.optional(blankIsNull(langTagCanonical)),
  kind: v.optional(blankIsNull(sourceKind)),
});
export type JsonlLine = v.InferOutput<typeof JsonlLineSchema>;
export const JSONL_FIELDS = Object.keys(JsonlLineSchema.pipe[2].entries);

/**
 * A stored user source, as a backup holds it. Shipped sources are never in a backup (they come back
 * with the extension), so `origin` must be `user`.
 */
export const SourceSchema: v.GenericSchema<unknown, Source> = strictRecord({
  id: nonEmpty,
  title: nonEmpty,
  titleOrigin: v.optional(v.picklist(['source', 'curated', 'user', 'file-name'])),
  outlet: v.nullable(v.string()),
  author: v.nullable(v.string()),
  date: v.nullable(isoDate),
  lang: langTag,
  kind: sourceKind,
  text: textField,
  url: v.nullable(httpUrl),
  canonicalUrl: v.optional(v.nullable(v.string())),
  textHash: v.optional(textHash),
  format: v.optional(draftFormat),
  origin: v.literal('user'),
  addedAt: timestamp,
  updatedAt: timestamp,
});

export const MuteSchema: v.GenericSchema<unknown, Mute> = strictRecord({
  entityId: nonEmpty,
  alias: v.nullable(nonEmpty),
  site: v.nullable(nonEmpty),
});

const offset = wholeNumber(0);

export const UserNoteSchema: v.GenericSchema<unknown, UserNote> = strictRecord({
  entityId: nonEmpty,
  sourceId: nonEmpty,
  stance: v.nullable(v.picklist(['hostile', 'critical', 'neutral', 'sympathetic', 'supportive'])),
  text: v.string(),
  passage: v.nullable(
    v.pipe(
      strictRecord({ text: v.string(), start: offset, end: offset }),
      v.check((p) => p.start <= p.end, 'expected start ≤ end'),
    ),
  ),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const UserSettingsSchema: v.GenericSchema<unknown, UserSettings> = strictRecord({
  hoverCards: v.boolean(),
  uiLang: v.picklist(['auto', 'en', 'ar']),
});

/**
 * No two records of a list with the same key (two sources with one id would overwrite each other; two
 * notes on one entity and source, or one mute twice, would leave which one counts to the order).
 * `key` compares, `name` says the repeated one in the problem.
 */
const uniqueBy = <T>(key: (item: T) => string, what: string, name: (item: T) => string) =>
  v.check<T[], (issue: v.CheckIssue<T[]>) => string>(
    (items) => new Set(items.map(key)).size === items.length,
    (issue) => {
      const seen = new Set<string>();
      const items = issue.input as T[];
      const repeated = items.find((item) => seen.size === seen.add(key(item)).size);
      return `two ${what} have the same key ${repeated === undefined ? '' : name(repeated)}`;
    },
  );

const quoted = (s: string | null): string => (s === null ? 'null' : JSON.stringify(s));

/** The whole backup file (the header is read before, by lib/import/backup.ts, for a clear message). */
export const BackupSchema: v.GenericSchema<unknown, BackupData> = strictRecord({
  format: v.literal('sanad-backup'),
  version: v.literal(1),
  sources: v.pipe(
    v.array(SourceSchema),
    uniqueBy(
      (s: Source) => s.id,
      'sources',
      (s) => quoted(s.id),
    ),
  ),
  entities: v.pipe(
    v.array(BackupEntitySchema),
    uniqueBy(
      (e: BackupEntity) => e.id,
      'entities',
      (e) => quoted(e.id),
    ),
  ),
  mutes: v.pipe(
    v.array(MuteSchema),
    uniqueBy(
      (m: Mute) => JSON.stringify([m.entityId, m.alias, m.site]),
      'mutes',
      (m) => `(entity ${quoted(m.entityId)}, alias ${quoted(m.alias)}, site ${quoted(m.site)})`,
    ),
  ),
  notes: v.pipe(
    v.array(UserNoteSchema),
    uniqueBy(
      (n: UserNote) => JSON.stringify([n.entityId, n.sourceId]),
      'notes',
      (n) => `(entity ${quoted(n.entityId)}, source ${quoted(n.sourceId)})`,
    ),
  ),
  disabledSites: v.array(nonEmpty),
  globalEnabled: v.boolean(),
  settings: UserSettingsSchema,
});

/** Validates a draft (capture, paste, file, or one the UI edited). */
export function validateDraft(
  value: unknown,
  at: DraftAt,
): { draft: SourceDraft } | { problems: ImportProblem[] } {
  const r = v.safeParse(DraftSchema, value, { abortEarly: false });
  return r.success ? { draft: r.output } : { problems: issuesToProblems(r.issues, at) };
}

export { ENTITY_FILE };

/** Validates an entity the user wrote or edited (entity/put); problems are at the pseudo-file `entity`. */
export function validateEntity(value: unknown): { entity: Entity } | { problems: ImportProblem[] } {
  const r = v.safeParse(EntitySchema, value, { abortEarly: false });
  if (r.success) return { entity: r.output };
  const at: DraftAt = { file: ENTITY_FILE, line: null, record: null };
  return { problems: issuesToProblems(r.issues, at) };
}
