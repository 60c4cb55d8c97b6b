import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Entity } from '../../lib/types';
import { backupName } from './backup';
import { background, closeAll, HAQQANI, ICC, IMRAN_KHAN, snapshot, type Background } from './test-setup';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

const JALALUDDIN: Entity = {
  id: 'jalaluddin-haqqani',
  type: 'person',
  names: { en: 'Jalaluddin Haqqani', ar: 'جلال الدين حقاني' },
  description: { en: 'Founder of the Haqqani network.', ar: 'مؤسس شبكة حقاني.' },
  aliases: [{ text: 'جلال الدين حقاني', lang: 'ar' }],
};

/** A profile with one of everything the user can make. */
async function madeByUser(bg: Background): Promise<string[]> {
  const { added } = await bg.send({ type: 'source/add', drafts: [HAQQANI, IMRAN_KHAN] });
  await bg.send({ type: 'entity/put', entity: JALALUDDIN });
  const kunar = (await bg.db.entities.get('kunar'))!;
  const { origin: _o, editedByUser: _e, ...plain } = kunar;
  await bg.send({
    type: 'entity/put',
    entity: { ...plain, aliases: [...plain.aliases, { text: 'كونر', lang: 'ar' }] },
  });
  await bg.send({
    type: 'mute/set',
    mute: { entityId: 'pakistan', alias: 'باكستان', site: 'bbc.com' },
    muted: true,
  });
  await bg.send({
    type: 'note/put',
    note: {
      entityId: 'taliban',
      sourceId: added[0]!,
      stance: 'neutral',
      text: 'Relays the Taliban’s announcement.',
      passage: null,
    },
  });
  await bg.send({ type: 'site/set', host: 'www.dawn.com', enabled: false });
  await bg.send({ type: 'global/set', enabled: false });
  await bg.send({ type: 'settings/set', patch: { uiLang: 'ar', hoverCards: false } });
  return added;
}

describe('backup', () => {
  it('export → import (replace) into a fresh profile → export gives the same bytes', async () => {
    const first = background('backup-a');
    const added = await madeByUser(first);
    const exported = await first.send({ type: 'backup/export' });
    expect(exported.name).toMatch(/^sanad-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(exported.json) as { sources: { id: string }[]; entities: { id: string }[] };
    expect(data.sources.map((s) => s.id).sort()).toEqual([...added].sort());
    expect(data.entities.map((e) => e.id)).toEqual(['jalaluddin-haqqani', 'kunar']);

    const fresh = background('backup-a-fresh');
    const report = await fresh.send({ type: 'backup/import', json: exported.json, mode: 'replace' });
    expect(report).toEqual({
      mode: 'replace',
      sources: { added: 2, replaced: 0, unchanged: 0 },
      entities: { added: 1, replaced: 1 },
      notes: 1,
      mutes: 1,
      sites: 1,
    });
    const again = await fresh.send({ type: 'backup/export' });
    expect(again.json).toBe(exported.json);
    // The imported sources are indexed, the new entity with them.
    const mention = await fresh.db.mentions
      .where({ entityId: 'jalaluddin-haqqani', sourceId: added[0]! })
      .first();
    expect(HAQQANI.text.slice(mention!.start, mention!.end)).toBe('جلال الدين حقاني');
    expect(await fresh.send({ type: 'sites/list' })).toEqual({
      disabled: ['dawn.com'],
      globalEnabled: false,
    });
    expect(fresh.gazetteerChanged).toHaveBeenCalled();
  });

  it('replace drops the user’s own rows first; merge keeps them and adds the backup’s', async () => {
    const donor = background('backup-b');
    await donor.send({ type: 'source/add', drafts: [ICC] });
    await donor.send({ type: 'entity/put', entity: JALALUDDIN });
    const { json } = await donor.send({ type: 'backup/export' });

    const merged = background('backup-b-merge');
    const mine = await merged.send({ type: 'source/add', drafts: [HAQQANI] });
    const mergeReport = await merged.send({ type: 'backup/import', json, mode: 'merge' });
    expect(mergeReport.sources).toEqual({ added: 1, replaced: 0, unchanged: 0 });
    expect(await merged.db.sources.get(mine.added[0]!)).toBeDefined();
    expect(await merged.db.sources.where('origin').equals('user').count()).toBe(2);
    // Importing the same file again changes nothing.
    const twice = await merged.send({ type: 'backup/import', json, mode: 'merge' });
    expect(twice.sources).toEqual({ added: 0, replaced: 0, unchanged: 1 });
    expect(twice.entities).toEqual({ added: 0, replaced: 1 });

    const replaced = background('backup-b-replace');
    const gone = await replaced.send({ type: 'source/add', drafts: [HAQQANI, IMRAN_KHAN] });
    const { token } = await replaced.send({ type: 'source/delete', ids: [gone.added[1]!] });
    await replaced.send({ type: 'backup/import', json, mode: 'replace' });
    expect(await replaced.db.sources.get(gone.added[0]!)).toBeUndefined();
    expect(await replaced.db.mentions.where('sourceId').equals(gone.added[0]!).count()).toBe(0);
    expect(await replaced.db.sources.where('origin').equals('shipped').count()).toBe(5);
    expect(await replaced.db.sources.where('origin').equals('user').count()).toBe(1);
    // The deletion made before the replace cannot bring its source back.
    await expect(replaced.send({ type: 'source/undo-delete', token })).rejects.toThrow(/Nothing to undo/);
  });

  it('a backup of a newer format, or a damaged one, is refused and leaves the database as it was', async () => {
    const bg = background('backup-c');
    await madeByUser(bg);
    const { json } = await bg.send({ type: 'backup/export' });
    const before = await snapshot(bg.db);
    const newer = json.replace('"version": 1', '"version": 2');
    expect(newer).not.toBe(json);
    await expect(bg.send({ type: 'backup/import', json: newer, mode: 'replace' })).rejects.toThrow(
      /newer version of Sanad/,
    );
    const damaged = json.replace('"globalEnabled": false', '"globalEnabled": "no"');
    expect(damaged).not.toBe(json);
    await expect(bg.send({ type: 'backup/import', json: damaged, mode: 'replace' })).rejects.toThrow(
      /globalEnabled/,
    );
    await expect(bg.send({ type: 'backup/import', json: '{"format"', mode: 'merge' })).rejects.toThrow(
      /not valid JSON/,
    );
    expect(await snapshot(bg.db)).toEqual(before);
  });

  it('names the file by the local date', () => {
    expect(backupName(new Date(2026, 0, 5, 23, 30))).toBe('sanad-backup-2026-01-05.json');
  });
});
