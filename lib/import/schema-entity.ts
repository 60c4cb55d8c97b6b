// Entities as a user may write them (entity/put from the options page) and as a backup holds them: the
// shape of lib/types.ts Entity, strictly (an unknown key is an error, as everywhere in the import).
import * as v from 'valibot';
import type { Alias, AliasRule, Entity, ProximityRule, Relation } from '../types';
import { nonEmpty, partialDate, strictRecord, wholeNumber } from './schema-fields';

const words = v.array(nonEmpty);
const windowSize = wholeNumber(1, 50);

export const AliasRuleSchema: v.GenericSchema<unknown, AliasRule> = strictRecord({
  qualifiers: v.optional(words),
  nearby: v.optional(words),
  window: v.optional(windowSize),
});

export const AliasSchema: v.GenericSchema<unknown, Alias> = strictRecord({
  text: nonEmpty,
  lang: v.picklist(['ar', 'en', 'ur', 'fa', 'ps']),
  caseSensitive: v.optional(v.boolean()),
  rule: v.optional(AliasRuleSchema),
});

export const ProximityRuleSchema: v.GenericSchema<unknown, ProximityRule> = strictRecord({
  triggers: v.pipe(words, v.minLength(1, 'expected at least one trigger word')),
  places: v.pipe(words, v.minLength(1, 'expected at least one place')),
  window: windowSize,
  context: v.optional(words),
  contextEntities: v.optional(words),
});

const RelationSchema: v.GenericSchema<unknown, Relation> = strictRecord({
  id: nonEmpty,
  kind: v.picklist([
    'part-of',
    'has-part',
    'related',
    'splinter-of',
    'located-in',
    'leader-of',
    'member-of',
    'target-of',
    'perpetrator',
  ]),
});

const bilingual = strictRecord({ en: v.string(), ar: v.string() });

const entityEntries = {
  id: v.pipe(v.string(), v.regex(/^\S+$/, 'expected a non-empty id without spaces')),
  type: v.picklist(['person', 'organization', 'place', 'event']),
  names: bilingual,
  description: bilingual,
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1, 'expected at least one alias')),
  related: v.optional(v.array(RelationSchema)),
  date: v.optional(partialDate),
  proximity: v.optional(v.array(ProximityRuleSchema)),
  nisba: v.optional(v.picklist(['all', 'marked', 'none'])),
  exclude: v.optional(words),
};

const namedInOneLanguage = <T extends { names: { en: string; ar: string } }>(e: T): boolean =>
  e.names.en.trim().length > 0 || e.names.ar.trim().length > 0;

export const EntitySchema: v.GenericSchema<unknown, Entity> = v.pipe(
  strictRecord(entityEntries),
  v.check((e) => namedInOneLanguage(e), 'expected a name in English or in Arabic'),
);

export type BackupEntity = Entity & { origin: 'shipped' | 'user'; editedByUser?: boolean };

export const BackupEntitySchema: v.GenericSchema<unknown, BackupEntity> = v.pipe(
  strictRecord({
    ...entityEntries,
    origin: v.picklist(['shipped', 'user']),
    editedByUser: v.optional(v.boolean()),
  }),
  v.check((e) => namedInOneLanguage(e), 'expected a name in English or in Arabic'),
);
