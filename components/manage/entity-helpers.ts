// The entities panel's logic apart from the DOM: the filter (folded, over names and aliases), an
// alias rule said in words, and a new entity built from the form (nothing invented: a name missing
// in one language is the other language's name, as the user typed it).
import { foldString } from '../../lib/fold';
import { hostOf, siteKey } from '../../lib/site';
import type { ManagedEntity } from '../../lib/messages';
import type { Alias, AliasLang, AliasRule, Entity, EntityType } from '../../lib/types';
import type { ManageStrings } from '../i18n-manage';

export function filterEntities(entities: readonly ManagedEntity[], query: string): ManagedEntity[] {
  const q = foldString(query.trim());
  if (!q) return [...entities];
  return entities.filter(({ entity: e }) =>
    [e.names.en, e.names.ar, e.id, ...e.aliases.map((a) => a.text)].some((t) => foldString(t).includes(q)),
  );
}

export const DEFAULT_WINDOW = 6;

/** "counts with one of these words nearby: باسم · within 1 word", in the UI language. */
export function ruleWords(rule: AliasRule, m: ManageStrings, nameOf: (id: string) => string): string {
  const parts: string[] = [];
  if (rule.qualifiers?.length) parts.push(m.ruleQualifiers(rule.qualifiers.join('، ')));
  if (rule.nearby?.length) parts.push(m.ruleNearby(rule.nearby.map(nameOf).join('، ')));
  if (parts.length === 0) return m.ruleAlways;
  parts.push(m.ruleWindow(rule.window ?? DEFAULT_WINDOW));
  return parts.join(' · ');
}

export function aliasLangOf(text: string): AliasLang {
  return /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en';
}

/** A readable, unique id for a user entity: the English (or Arabic) name's letters and a time stamp. */
export function newEntityId(name: string, now: number): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `user-${slug || 'entity'}-${now.toString(36)}`;
}

export interface EntityFormValues {
  type: EntityType;
  nameEn: string;
  nameAr: string;
  descEn: string;
  descAr: string;
  /** One alias a line. */
  aliases: string;
}

/** Null when neither name is given. Both names are aliases too; repeated aliases are kept once. */
export function entityFromForm(v: EntityFormValues, now: number): Entity | null {
  const en = v.nameEn.trim();
  const ar = v.nameAr.trim();
  if (!en && !ar) return null;
  const texts = [en, ar, ...v.aliases.split('\n').map((s) => s.trim())].filter((s) => s.length > 0);
  const aliases: Alias[] = [...new Set(texts)].map((text) => ({ text, lang: aliasLangOf(text) }));
  return {
    id: newEntityId(en || ar, now),
    type: v.type,
    names: { en: en || ar, ar: ar || en },
    description: { en: v.descEn.trim(), ar: v.descAr.trim() },
    aliases,
  };
}

export function withoutAlias(entity: Entity, text: string): Entity {
  return { ...entity, aliases: entity.aliases.filter((a) => a.text !== text) };
}

export function withAlias(entity: Entity, alias: Alias): Entity {
  return { ...entity, aliases: [...entity.aliases.filter((a) => a.text !== alias.text), alias] };
}

/** What the user typed as a site (a host name or a whole URL) as a site key; null when it is neither. */
export function siteFromInput(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  const host = /^[a-z]+:\/\//i.test(v) ? hostOf(v) : v.split('/')[0]!;
  if (!host || !/^[\p{L}\p{N}.-]+$/u.test(host) || !host.includes('.')) return null;
  return siteKey(host);
}
