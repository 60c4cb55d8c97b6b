// The entities panel's logic on the shipped gazetteer (data/entities.json): the folded filter, rules
// said in words, and a new entity from the form.
import { describe, expect, it } from 'vitest';
import entitiesJson from '../../data/entities.json';
import type { ManagedEntity } from '../../lib/messages';
import type { Entity } from '../../lib/types';
import { MANAGE_STRINGS } from '../i18n-manage';
import {
  entityFromForm,
  filterEntities,
  newEntityId,
  ruleWords,
  siteFromInput,
  withAlias,
  withoutAlias,
} from './entity-helpers';

const ENTITIES = (
  Array.isArray(entitiesJson) ? entitiesJson : (entitiesJson as { entities: unknown[] }).entities
) as Entity[];
const MANAGED: ManagedEntity[] = ENTITIES.map((entity) => ({
  entity,
  origin: 'shipped',
  editedByUser: false,
  mentions: 0,
  perSource: [],
}));
const byId = (id: string) => ENTITIES.find((e) => e.id === id)!;

describe('filterEntities', () => {
  it('finds Burhan Zaid by an alias written with harakat', () => {
    const ids = filterEntities(MANAGED, 'بُرْهَان').map((e) => e.entity.id);
    expect(ids).toContain('burhan-zaid');
    expect(ids).not.toContain('pakistan');
  });
  it('keeps every entity for an empty query', () => {
    expect(filterEntities(MANAGED, '  ')).toHaveLength(ENTITIES.length);
  });
});

describe('ruleWords', () => {
  const nameOf = (id: string) => byId(id).names.en;
  const burhan = byId('burhan-zaid');
  it('says the qualifier and the window of زيد («باسم» within 1 word)', () => {
    const zaid = burhan.aliases.find((a) => a.text === 'زيد')!;
    expect(ruleWords(zaid.rule!, MANAGE_STRINGS.en, nameOf)).toBe(
      'counts with one of these words nearby: باسم · within 1 word',
    );
  });
  it('names the nearby entities of برهان, with the default window of 6', () => {
    const burhanAlone = burhan.aliases.find((a) => a.text === 'برهان')!;
    expect(ruleWords(burhanAlone.rule!, MANAGE_STRINGS.ar, nameOf)).toBe(
      `يُحتسب قرب ذكر: ${nameOf('kasur')}، ${nameOf('killing-of-burhan-zaid')} · في حدود 6 كلمات`,
    );
  });
  it('says when only an earlier full name confirms the alias', () => {
    expect(ruleWords({}, MANAGE_STRINGS.en, nameOf)).toBe(MANAGE_STRINGS.en.ruleAlways);
  });
});

describe('entityFromForm', () => {
  it('builds a person from both names and extra aliases, each alias once with its script', () => {
    const e = entityFromForm(
      {
        type: 'person',
        nameEn: 'Ashraf Gharib',
        nameAr: 'أشرف غريب',
        descEn: ' Egyptian film historian ',
        descAr: '',
        aliases: 'غريب\n\nأشرف غريب\n',
      },
      0,
    );
    expect(e).toEqual({
      id: 'user-ashraf-gharib-0',
      type: 'person',
      names: { en: 'Ashraf Gharib', ar: 'أشرف غريب' },
      description: { en: 'Egyptian film historian', ar: '' },
      aliases: [
        { text: 'Ashraf Gharib', lang: 'en' },
        { text: 'أشرف غريب', lang: 'ar' },
        { text: 'غريب', lang: 'ar' },
      ],
    });
  });
  it('refuses a form without a name', () => {
    expect(
      entityFromForm({ type: 'place', nameEn: ' ', nameAr: '', descEn: '', descAr: '', aliases: 'x' }, 0),
    ).toBeNull();
  });
  it('makes an id from an Arabic name when there is no English one', () => {
    expect(newEntityId('مركز الهلال', 36)).toBe('user-مركز-الهلال-10');
  });
});

describe('alias edits', () => {
  it('removes and replaces aliases by their text', () => {
    const burhan = byId('burhan-zaid');
    const n = burhan.aliases.length;
    expect(withoutAlias(burhan, 'زيد').aliases).toHaveLength(n - 1);
    const again = withAlias(burhan, { text: 'زيد', lang: 'ar', caseSensitive: true });
    expect(again.aliases).toHaveLength(n);
    expect(again.aliases.at(-1)).toEqual({ text: 'زيد', lang: 'ar', caseSensitive: true });
  });
});

describe('siteFromInput', () => {
  it('takes a host or a whole URL and gives its site key', () => {
    expect(siteFromInput('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteFromInput('https://WWW.BBC.co.uk/arabic/world-43107460')).toBe('bbc.co.uk');
    expect(siteFromInput('news.example.com/path')).toBe('news.example.com');
  });
  it('refuses what is not a host', () => {
    expect(siteFromInput('')).toBeNull();
    expect(siteFromInput('localhost')).toBeNull();
    expect(siteFromInput('not a host')).toBeNull();
    expect(siteFromInput('file:///tmp/x.html')).toBeNull();
  });
});
