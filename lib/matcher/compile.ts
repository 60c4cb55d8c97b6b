// Entities → compiled gazetteer: folds every alias, qualifier and trigger once, decides per alias which
// affixes it accepts (from its entity's type and script), and resolves rule ids to indexes.

import type { Entity } from '../types';
import type { EngineEntity } from './entity-rules';
import { foldString, isWordCode } from '../fold';
import { buildTrie } from './trie';
import { DERIVED_STOP_WORDS } from './common-words';
import { FUNCTION_WORDS, GIVEN_NAMES } from './given-names';
import { CONTEXT_RULES, type EntityContextRules } from './context-rules';
import { F, FORMAT, type CompiledAlias, type CompiledRule, type CompiledV1 } from './compiled';

const DEFAULT_WINDOW = 6;
const DEFAULT_CONTRARY_WINDOW = 2;
const ARABIC_LETTER = /[\u0620-\u064a\u0671-\u06d3]/;

function normKey(text: string): string {
  return foldString(text).replace(/^[ \n]+|[ \n]+$/g, '');
}

/** FNV-1a, enough to tell two compiled gazetteers apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The letters of an alias with their case, for case-sensitive acronyms. */
function casedLetters(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD')) {
    const c = ch.charCodeAt(0);
    if (isWordCode(c) && !/\p{M}/u.test(ch)) out += ch;
  }
  return out;
}

export interface CompileOptions {
  /** Whole words never read as a derived form of an alias; default: the committed list (common-words.ts). */
  stopWords?: readonly string[];
  /** Given names before a ruled place alias that make it a surname; default: given-names.ts. */
  givenNames?: readonly string[];
  /** Context rules by entity id, added to the entities' own; default: context-rules.ts. */
  contextRules?: Readonly<Record<string, EntityContextRules>>;
}

export function compileGazetteer(entityList: readonly Entity[], options: CompileOptions = {}): CompiledV1 {
  const entities: readonly EngineEntity[] = entityList;
  const extra = options.contextRules ?? CONTEXT_RULES;
  const extraOf = (id: string): EntityContextRules =>
    Object.prototype.hasOwnProperty.call(extra, id) ? (extra[id] ?? {}) : {};
  const warnings: string[] = [];
  const index = new Map<string, number>();
  entities.forEach((e, i) => {
    if (index.has(e.id)) warnings.push(`duplicate entity id ${e.id}`);
    else index.set(e.id, i);
  });
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const items: number[][] = [];
  const aliases: CompiledAlias[] = [];
  const rules: CompiledRule[] = [];
  const words: string[] = [];
  const wordIndex = new Map<string, number>();

  const addItem = (key: string, item: number): void => {
    let k = keyIndex.get(key);
    if (k === undefined) {
      k = keys.length;
      keyIndex.set(key, k);
      keys.push(key);
      items.push([]);
    }
    const list = items[k] as number[];
    if (!list.includes(item)) list.push(item);
  };
  const word = (text: string): number => {
    const key = normKey(text);
    let w = wordIndex.get(key);
    if (w === undefined) {
      w = words.length;
      wordIndex.set(key, w);
      words.push(key);
      addItem(key, ~w);
    }
    return w;
  };
  const ids = (list: readonly string[], where: string): number[] => {
    const out: number[] = [];
    for (const id of list) {
      const i = index.get(id);
      if (i === undefined) warnings.push(`${where}: unknown entity id ${id}`);
      else if (!out.includes(i)) out.push(i);
    }
    return out;
  };

  entities.forEach((entity, ei) => {
    const nisba =
      entity.nisba ?? (entity.type === 'place' || entity.type === 'organization' ? 'all' : 'none');
    const affixFlags = (key: string): number => {
      const arabic = ARABIC_LETTER.test(key);
      let flags = arabic ? F.ARABIC : 0;
      const hasAl = key.startsWith('ال');
      if (arabic && nisba !== 'none') {
        flags |= F.NISBA;
        // A key with its own ال (القاعدة → القاعدي) never yields the bare form 'marked' refuses.
        if (nisba === 'marked' && !hasAl) flags |= F.MARKED;
      }
      if (arabic && entity.type === 'place') flags |= hasAl ? 0 : F.AL_NISBA;
      if (arabic && entity.type === 'organization') flags |= hasAl ? 0 : F.AL_FREE;
      if (!arabic && entity.type === 'place' && /(?:i|an)$/.test(key)) flags |= F.EN_PLURAL;
      return flags;
    };
    for (const text of entity.exclude ?? []) {
      const key = normKey(text);
      if (!key) continue;
      addItem(key, aliases.length);
      aliases.push({ entity: ei, flags: affixFlags(key) | F.BLOCK, rule: -1, cased: '' });
    }
    for (const alias of entity.aliases) {
      const key = normKey(alias.text);
      if (!key) {
        warnings.push(`${entity.id}: alias "${alias.text}" folds to nothing`);
        continue;
      }
      const arabic = ARABIC_LETTER.test(key);
      let flags = affixFlags(key);
      if (alias.caseSensitive) flags |= F.CASE;
      const hasAl = key.startsWith('ال');
      let rule = -1;
      if (alias.rule || !key.includes(' ')) flags |= F.CONTRARY;
      if (alias.rule) {
        flags |= F.RULED;
        rule = rules.length;
        // Only the entities the rule names confirm it: adding the entity's `related` ids here let a
        // bare surname (rule {}: "only after the full name") be confirmed by its organization nearby.
        rules.push({
          qualifiers: (alias.rule.qualifiers ?? []).filter((q) => normKey(q)).map(word),
          nearby: ids(alias.rule.nearby ?? [], `${entity.id} rule of "${alias.text}"`),
          window: alias.rule.window ?? DEFAULT_WINDOW,
          page: ids(
            [...(alias.rule.page ?? []), ...(extraOf(entity.id).page ?? [])],
            `${entity.id} page rule of "${alias.text}"`,
          ),
        });
      }
      const cased = alias.caseSensitive ? casedLetters(alias.text) : '';
      const add = (k: string, extra: number): void => {
        addItem(k, aliases.length);
        aliases.push({ entity: ei, flags: flags | extra, rule, cased });
      };
      const single = arabic && entity.type === 'place' && nisba !== 'none' && !key.includes(' ');
      const bare = hasAl ? key.slice(2) : key;
      // A place alias that is itself a nisba (أمريكي) takes the nisba's own endings: الأمريكية، أمريكيون.
      add(key, single && bare.endsWith('ي') && bare.length >= 4 ? F.ENDS_YA : 0);
      // Nisba stems of places: روسيا → روسي (الروسية), أفغانستان → أفغان (الأفغانية), الهند → هند (هندية).
      if (single) {
        if (hasAl && bare.length >= 3) add(bare, F.STEM | F.DERIVED | (nisba === 'marked' ? F.MARKED : 0));
        if (bare.endsWith('ا') && bare.length >= 5) {
          const stem = bare.slice(0, -1);
          add(stem.endsWith('ي') ? stem : stem + 'ي', F.ENDS_YA | F.AL_NISBA | F.DERIVED);
        }
        if (bare.endsWith('ستان') && bare.length - 4 >= 4)
          add(bare.slice(0, -4), F.STEM | F.AL_NISBA | F.DERIVED);
      }
    }
  });

  const proximity = entities.flatMap((entity, ei) =>
    (entity.proximity ?? []).map((p) => ({
      entity: ei,
      triggers: p.triggers.filter((t) => normKey(t)).map(word),
      places: ids(p.places, `${entity.id} proximity`),
      window: p.window,
      context: (p.context ?? []).filter((t) => normKey(t)).map(word),
      contextEntities: ids(p.contextEntities ?? [], `${entity.id} proximity context`),
    })),
  );

  const contrary = entities.flatMap((entity, ei) =>
    [...(entity.contrary ?? []), ...(extraOf(entity.id).contrary ?? [])].map((c) => ({
      entity: ei,
      qualifiers: (c.qualifiers ?? []).filter((q) => normKey(q)).map(word),
      nearby: ids(c.nearby ?? [], `${entity.id} contrary`),
      window: c.window ?? DEFAULT_CONTRARY_WINDOW,
    })),
  );

  // Two entities claiming the same key without a rule: the first one wins at match time; say so.
  items.forEach((list, k) => {
    const owners = new Set(
      list
        .filter((a) => a >= 0 && !((aliases[a]?.flags ?? 0) & (F.RULED | F.BLOCK)))
        .map((a) => aliases[a]?.entity),
    );
    if (owners.size > 1) {
      const names = [...owners].map((o) => entities[o ?? 0]?.id).join(', ');
      warnings.push(`key "${keys[k]}" is an unambiguous alias of several entities: ${names}`);
    }
  });

  const functionKeys = new Set(FUNCTION_WORDS.map(normKey));
  const body = {
    format: FORMAT as typeof FORMAT,
    entities: entities.map((e) => ({ id: e.id, type: e.type })),
    trie: buildTrie(keys),
    items,
    aliases,
    words,
    rules,
    proximity,
    contrary,
    stopWords: [...new Set((options.stopWords ?? DERIVED_STOP_WORDS).map(normKey).filter(Boolean))].sort(),
    givenNames: [...new Set((options.givenNames ?? GIVEN_NAMES).map(normKey))]
      .filter((k) => k && !functionKeys.has(k))
      .sort(),
    warnings,
  };
  return { version: `${FORMAT}:${hash(JSON.stringify(body))}`, ...body };
}
