// The backup file with real content: sources are the BBC Arabic fixtures (fixtures/read.ts), the
// entities are shipped ones from data/entities.json (one edited by the user, one the user's own copy),
// the note quotes BB-culture-37's first words at their offsets.
import { describe, expect, it } from 'vitest';
import entities from '../../data/entities.json';
import type { Entity, Source } from '../types';
import { BackupError, parseBackup, serializeBackup } from './backup';
import { dedupKeys } from './dedup';
import { BBC_331, BBC_37, bodyOf } from './fixtures/read';
import type { BackupData } from './types';

const ENTITIES = entities as Entity[];
const byId = (id: string): Entity => ENTITIES.find((e) => e.id === id) as Entity;

function source(id: string, file: string, title: string, url: string, date: string): Source {
  const text = bodyOf(file);
  return {
    id,
    title,
    outlet: 'BBC',
    author: null,
    date,
    lang: 'ar',
    kind: 'news',
    text,
    url,
    ...dedupKeys({ url, text }),
    format: 'ant-doc',
    origin: 'user',
    addedAt: 1764583200000,
    updatedAt: 1764583200000,
  };
}

const SRC_37 = source(
  'user-0002',
  BBC_37,
  'معرض "كنوز الفرعون الصغير" يثير خلافا أثريا في مصر',
  'http://www.bbc.co.uk/arabic/art-and-culture-43116616',
  '2018-02-20',
);
const SRC_331 = source(
  'user-0001',
  BBC_331,
  '"أرامل" ستيف ماكوين يفتتحنَّ مهرجان لندن السينمائي',
  'http://www.bbc.co.uk/arabic/art-and-culture-45818750',
  '2018-10-10',
);

function data(): BackupData {
  return {
    format: 'sanad-backup',
    version: 1,
    sources: [SRC_37, SRC_331],
    entities: [
      { ...byId('islamic-state'), origin: 'shipped', editedByUser: true },
      { ...byId('burhan-zaid'), id: 'user-burhan-zaid', origin: 'user' },
    ],
    mutes: [
      { entityId: 'islamic-state', alias: 'IS', site: 'bbc.com' },
      { entityId: 'burhan-zaid', alias: null, site: null },
      { entityId: 'islamic-state', alias: null, site: null },
    ],
    notes: [
      {
        entityId: 'islamic-state',
        sourceId: 'user-0002',
        stance: null,
        text: 'لا يذكر التنظيم',
        passage: null,
        createdAt: 1764583300000,
        updatedAt: 1764583300000,
      },
      {
        entityId: 'burhan-zaid',
        sourceId: 'user-0002',
        stance: 'neutral',
        text: 'مثال',
        passage: { text: 'احتدم الخلاف', start: 0, end: 12 },
        createdAt: 1764583400000,
        updatedAt: 1764583500000,
      },
    ],
    disabledSites: ['youtube.com', 'bbc.com'],
    globalEnabled: true,
    settings: { hoverCards: false, uiLang: 'ar' },
  };
}

function backupError(json: string): BackupError {
  try {
    parseBackup(json);
  } catch (e) {
    if (e instanceof BackupError) return e;
    throw e;
  }
  throw new Error('expected a BackupError');
}

describe('serializeBackup / parseBackup', () => {
  it('export → import → export is byte-identical', () => {
    const first = serializeBackup(data());
    const again = serializeBackup(parseBackup(first));
    expect(again).toBe(first);
    expect(parseBackup(first)).toEqual({
      ...data(),
      sources: [SRC_331, SRC_37],
      entities: [data().entities[0], data().entities[1]],
      mutes: [data().mutes[1], data().mutes[2], data().mutes[0]],
      notes: [data().notes[1], data().notes[0]],
      disabledSites: ['bbc.com', 'youtube.com'],
    });
  });

  it('does not depend on the order the store gave the records in', () => {
    const d = data();
    const shuffled: BackupData = {
      ...d,
      sources: [...d.sources].reverse(),
      entities: [...d.entities].reverse(),
      mutes: [...d.mutes].reverse(),
      notes: [...d.notes].reverse(),
      disabledSites: [...d.disabledSites].reverse(),
    };
    expect(serializeBackup(shuffled)).toBe(serializeBackup(d));
  });

  it('writes the header first, keys in a fixed order, one-space indent and a final newline', () => {
    const small: BackupData = {
      ...data(),
      sources: [],
      entities: [],
      notes: [],
      mutes: [{ site: 'bbc.com', alias: 'IS', entityId: 'islamic-state' }],
      disabledSites: [],
    };
    expect(serializeBackup(small)).toBe(
      '{\n "format": "sanad-backup",\n "version": 1,\n "settings": {\n  "hoverCards": false,\n  "uiLang": "ar"\n },\n' +
        ' "globalEnabled": true,\n "disabledSites": [],\n "mutes": [\n  {\n   "entityId": "islamic-state",\n' +
        '   "alias": "IS",\n   "site": "bbc.com"\n  }\n ],\n "notes": [],\n "entities": [],\n "sources": []\n}\n',
    );
  });

  it('reads a file that starts with a BOM', () => {
    expect(parseBackup(`\uFEFF${serializeBackup(data())}`).sources).toHaveLength(2);
  });
});

describe('parseBackup refusals', () => {
  it('refuses a newer format version before looking at the records', () => {
    const e = backupError(JSON.stringify({ format: 'sanad-backup', version: 2, sources: 'anything' }));
    expect(e.code).toBe('newer-version');
    expect(e.message).toBe(
      'This backup was made by a newer version of Sanad (format 2; this version reads up to 1). Update Sanad to import it.',
    );
  });

  it.each([
    ['not JSON', '{"format": "sanad-backup", ', 'not-json'],
    ['a JSONL import file', '{"text":"نص"}\n{"text":"آخر"}\n', 'not-json'],
    ['JSON of another tool', '{"items": []}', 'not-a-backup'],
    ['a list', '[]', 'not-a-backup'],
    ['a version that is not a number', '{"format":"sanad-backup","version":"1"}', 'invalid'],
  ])('refuses %s', (_what, json, code) => {
    expect(backupError(json).code).toBe(code);
  });

  it('names every invalid record by its list, index and field', () => {
    const d = data();
    const bad = {
      ...d,
      sources: [SRC_331, { ...SRC_37, date: '2018-02-30', url: 'javascript:alert(1)' }],
      mutes: [{ entityId: 'islamic-state', alias: null }],
      settings: { hoverCards: true, uiLang: 'fr' },
    };
    const e = backupError(JSON.stringify(bad));
    expect(e.code).toBe('invalid');
    expect(e.details).toEqual([
      'sources[1].date: "2018-02-30": day 30 does not exist in that month',
      'sources[1].url: expected an absolute http:// or https:// URL (received "javascript:alert(1)")',
      'mutes[0].site: the required field "site" is missing',
      'settings.uiLang: expected one of "auto" | "en" | "ar", received "fr"',
    ]);
    expect(e.message).toBe(`This backup cannot be imported: 4 faults. ${e.details.join('; ')}.`);
  });

  it('refuses two sources with the same id', () => {
    const e = backupError(JSON.stringify({ ...data(), sources: [SRC_331, { ...SRC_37, id: 'user-0001' }] }));
    expect(e.details).toEqual(['sources: two sources have the same key "user-0001"']);
  });

  it('refuses two notes on one entity and source, naming them', () => {
    const note = data().notes[0];
    const e = backupError(JSON.stringify({ ...data(), notes: [note, { ...note, text: 'نص آخر' }] }));
    expect(e.details).toEqual([
      'notes: two notes have the same key (entity "islamic-state", source "user-0002")',
    ]);
  });

  it('refuses one mute twice, naming it', () => {
    const mutes = [...data().mutes, { entityId: 'islamic-state', alias: 'IS', site: 'bbc.com' }];
    const e = backupError(JSON.stringify({ ...data(), mutes }));
    expect(e.details).toEqual([
      'mutes: two mutes have the same key (entity "islamic-state", alias "IS", site "bbc.com")',
    ]);
  });

  it('refuses a shipped source (shipped sources come back with the extension)', () => {
    const e = backupError(JSON.stringify({ ...data(), sources: [{ ...SRC_331, origin: 'shipped' }] }));
    expect(e.details).toEqual(['sources[0].origin: expected "user", received "shipped"']);
  });

  it('refuses an unknown top-level key', () => {
    const e = backupError(JSON.stringify({ ...data(), exportedAt: 1 }));
    expect(e.details).toEqual(['exportedAt: "exportedAt" is not a known field']);
  });
});
