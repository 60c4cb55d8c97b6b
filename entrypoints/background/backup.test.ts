import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { UserNote } from '../../lib/characterize/types';
import type { BackupData } from '../../lib/import/types';
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
      sources: { added: 2, replaced: 0, unchanged: 0, duplicates: 0 },
      entities: { added: 1, replaced: 1 },
      notes: 1,
      notesSkipped: 0,
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
    expect(mergeReport.sources).toEqual({ added: 1, replaced: 0, unchanged: 0, duplicates: 0 });
    expect(await merged.db.sources.get(mine.added[0]!)).toBeDefined();
    expect(await merged.db.sources.where('origin').equals('user').count()).toBe(2);
    // Importing the same file again changes nothing.
    const twice = await merged.send({ type: 'backup/import', json, mode: 'merge' });
    expect(twice.sources).toEqual({ added: 0, replaced: 0, unchanged: 1, duplicates: 0 });
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

  it('derives a source’s keys again instead of trusting the file’s', async () => {
    const donor = background('backup-d');
    await donor.send({ type: 'source/add', drafts: [ICC] });
    const data = JSON.parse((await donor.send({ type: 'backup/export' })).json) as BackupData;
    // Keys that match nothing stored: trusted, they would let the same article in twice.
    data.sources[0]!.textHash = '0123456789abcdef';
    data.sources[0]!.canonicalUrl = 'https://example.org/not-this-article';
    const json = JSON.stringify(data);

    const holder = background('backup-d-holder');
    const { added } = await holder.send({ type: 'source/add', drafts: [ICC] });
    const report = await holder.send({ type: 'backup/import', json, mode: 'merge' });
    expect(report.sources).toEqual({ added: 0, replaced: 0, unchanged: 0, duplicates: 1 });
    expect(await holder.db.sources.where('origin').equals('user').primaryKeys()).toEqual(added);

    const fresh = background('backup-d-fresh');
    await fresh.send({ type: 'backup/import', json, mode: 'replace' });
    const stored = (await fresh.db.sources.get(data.sources[0]!.id))!;
    // http://www.bbc.co.uk/arabic/world-45479521 without scheme and www.
    expect(stored.canonicalUrl).toBe('https://bbc.co.uk/arabic/world-45479521');
    expect(stored.textHash).not.toBe('0123456789abcdef');
    expect(stored.textHash).toMatch(/^[0-9a-f]{16}$/);
    // Added again from the article itself, it is found as this one.
    const again = await fresh.send({ type: 'source/add', drafts: [{ ...ICC, url: null }] });
    expect(again.duplicates).toEqual([{ index: 0, existingId: stored.id, by: 'text' }]);
  });

  it('a duplicate’s notes move to the stored source; a note the stored source has is kept', async () => {
    const note = (
      sourceId: string,
      entityId: string,
      text: string,
    ): Omit<UserNote, 'createdAt' | 'updatedAt'> => ({
      entityId,
      sourceId,
      stance: 'neutral',
      text,
      passage: null,
    });
    const donor = background('backup-e');
    const [donorId] = (await donor.send({ type: 'source/add', drafts: [HAQQANI] })).added;
    await donor.send({ type: 'note/put', note: note(donorId!, 'taliban', 'Donor: quotes the Taliban.') });
    await donor.send({
      type: 'note/put',
      note: note(donorId!, 'haqqani-network', 'Donor: calls the network hard-line.'),
    });
    const { json } = await donor.send({ type: 'backup/export' });

    const holder = background('backup-e-holder');
    const [heldId] = (await holder.send({ type: 'source/add', drafts: [HAQQANI] })).added;
    await holder.send({ type: 'note/put', note: note(heldId!, 'taliban', 'Mine: relays the announcement.') });
    const report = await holder.send({ type: 'backup/import', json, mode: 'merge' });
    expect(report.sources).toEqual({ added: 0, replaced: 0, unchanged: 0, duplicates: 1 });
    expect(report.notes).toBe(1);
    expect(report.notesSkipped).toBe(1);
    const notes = (await holder.db.notes.toArray()).map((n) => [n.entityId, n.sourceId, n.text]).sort();
    expect(notes).toEqual([
      ['haqqani-network', heldId, 'Donor: calls the network hard-line.'],
      ['taliban', heldId, 'Mine: relays the announcement.'],
    ]);
    expect(await holder.db.notes.where('sourceId').equals(donorId!).count()).toBe(0);
  });

  it('an entity with a shipped entity’s id is stored as the shipped one, edited, whatever the file says', async () => {
    const donor = background('backup-f');
    await madeByUser(donor);
    const data = JSON.parse((await donor.send({ type: 'backup/export' })).json) as BackupData;
    const kunar = data.entities.find((e) => e.id === 'kunar')!;
    kunar.origin = 'user';
    delete kunar.editedByUser;

    const fresh = background('backup-f-fresh');
    await fresh.send({ type: 'backup/import', json: JSON.stringify(data), mode: 'replace' });
    const stored = (await fresh.db.entities.get('kunar'))!;
    expect(stored.origin).toBe('shipped');
    expect(stored.editedByUser).toBe(true);
    expect(stored.aliases.map((a) => a.text)).toContain('كونر');
    await expect(fresh.send({ type: 'entity/delete', id: 'kunar' })).rejects.toThrow(/cannot be removed/);
    // A replace by a backup without it brings the shipped form back instead of dropping it.
    const empty = background('backup-f-empty');
    const { json } = await empty.send({ type: 'backup/export' });
    await fresh.send({ type: 'backup/import', json, mode: 'replace' });
    const back = (await fresh.db.entities.get('kunar'))!;
    expect(back.origin).toBe('shipped');
    expect(back.editedByUser).toBeUndefined();
    expect(back.aliases.map((a) => a.text)).not.toContain('كونر');
  });

  it('names the file by the local date', () => {
    expect(backupName(new Date(2026, 0, 5, 23, 30))).toBe('sanad-backup-2026-01-05.json');
  });
});
