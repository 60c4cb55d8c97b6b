// Issue 8: a backup made in one profile, imported into a fresh one, gives the same corpus; exporting it
// again gives the same bytes. A backup from a newer format version is refused and writes nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './harness';
import { askBackgroundAs } from './highlight-helpers';
import { dumpStores, storePage } from './manage-helpers';
import { writeImportFixture, type ImportFixture } from './import-files';

async function exportBackup(session: ExtensionSession): Promise<string> {
  const options = await session.context.newPage();
  await options.goto(session.url('/options.html'));
  const panel = options.locator('[data-panel="backup"]');
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    panel.locator('[data-action="backup-export"]').click(),
  ]);
  assert.match(download.suggestedFilename(), /^sanad-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const text = readFileSync(file, 'utf8');
  await options.close();
  return text;
}

async function importBackup(session: ExtensionSession, file: string): Promise<Page> {
  const options = await session.context.newPage();
  await options.goto(session.url('/options.html'));
  const panel = options.locator('[data-panel="backup"]');
  await panel.locator('input[type="file"][name="backup-file"]').setInputFiles(file);
  await panel.locator('input[name="backup-mode"][value="merge"]').check();
  await panel.locator('[data-action="backup-import"]').click();
  return options;
}

/** What the user made, as stored: user sources and entities, edited shipped entities, notes, settings. */
async function userData(session: ExtensionSession) {
  const page = await storePage(session);
  const stores = await dumpStores(page, ['sources', 'entities', 'notes', 'settings']);
  await page.close();
  const sources = (stores.sources as { origin: string; id: string }[])
    .filter((s) => s.origin === 'user')
    .sort((a, b) => a.id.localeCompare(b.id));
  // A setting never changed has no row: compare the values, with the defaults for absent rows.
  const rows = new Map((stores.settings as { key: string; value: unknown }[]).map((s) => [s.key, s.value]));
  const settings = {
    mutes: rows.get('mutes') ?? [],
    disabledSites: rows.get('disabledSites') ?? [],
    globalEnabled: rows.get('globalEnabled') ?? true,
    userSettings: rows.get('userSettings') ?? null,
  };
  const entities = (stores.entities as { id: string; origin: string; editedByUser?: boolean }[])
    .filter((e) => e.origin === 'user' || e.editedByUser)
    .sort((a, b) => a.id.localeCompare(b.id));
  return { sources, entities, notes: stores.notes, settings };
}

describe('backup', () => {
  let first: ExtensionSession;
  let fresh: ExtensionSession;
  let fixture: ImportFixture;
  before(async () => {
    first = await launchWithExtension();
    fixture = writeImportFixture();
  });
  after(async () => {
    await first?.close();
    await fresh?.close();
    rmSync(fixture.dir, { recursive: true, force: true });
  });

  it('export → import into a fresh profile → the same corpus, and the same bytes on re-export', async () => {
    // Things the user makes: imported sources, a note, a mute, a site switched off, a setting.
    const options = await first.context.newPage();
    await options.goto(first.url('/options.html'));
    const panel = options.locator('[data-panel="import"]');
    await panel.locator('input[type="file"][name="import-files"]').setInputFiles(fixture.good);
    await panel.locator('[data-action="import-dry-run"]').click();
    await panel.locator('[data-testid="import-report"]').waitFor({ timeout: 20_000 });
    await panel.locator('[data-action="import-run"]').click();
    await panel.locator('[data-testid="import-done"]').waitFor({ timeout: 60_000 });
    await options.close();
    const { sources } = await askBackgroundAs(first, { type: 'source/list' });
    const mine = sources.find((s) => s.origin === 'user');
    assert.ok(mine);
    await askBackgroundAs(first, {
      type: 'note/put',
      note: { entityId: 'pakistan', sourceId: mine.id, stance: null, text: 'ملاحظتي', passage: null },
    });
    await askBackgroundAs(first, {
      type: 'mute/set',
      mute: { entityId: 'pakistan', alias: 'باكستان', site: 'example.org' },
      muted: true,
    });
    await askBackgroundAs(first, { type: 'site/set', host: 'news.example.com', enabled: false });
    await askBackgroundAs(first, { type: 'settings/set', patch: { hoverCards: false } });
    // An entity of the user's own, and a shipped one with an alias the user added.
    await askBackgroundAs(first, {
      type: 'entity/put',
      entity: {
        id: 'user-jalaluddin-haqqani',
        type: 'person',
        names: { en: 'Jalaluddin Haqqani', ar: 'جلال الدين حقاني' },
        description: { en: 'Founder of the Haqqani network', ar: 'مؤسس شبكة حقاني' },
        aliases: [
          { text: 'جلال الدين حقاني', lang: 'ar' },
          { text: 'Jalaluddin Haqqani', lang: 'en' },
        ],
      },
    });
    const { entities } = await askBackgroundAs(first, { type: 'entity/list' });
    const kabul = entities.find((e) => e.entity.id === 'kabul')!.entity;
    await askBackgroundAs(first, {
      type: 'entity/put',
      entity: { ...kabul, aliases: [...kabul.aliases, { text: 'Kaboul', lang: 'en' }] },
    });

    const exported = await exportBackup(first);
    const before = await userData(first);
    assert.equal(before.sources.length, 6);
    assert.deepEqual(
      before.entities.map((e) => e.id),
      ['kabul', 'user-jalaluddin-haqqani'],
    );

    fresh = await launchWithExtension();
    const file = path.join(fixture.dir, 'backup.json');
    writeFileSync(file, exported);
    const imported = await importBackup(fresh, file);
    await imported
      .locator('[data-panel="backup"] [data-testid="backup-report"]')
      .waitFor({ timeout: 60_000 });
    await imported.close();
    assert.deepEqual(await userData(fresh), before);
    assert.equal(await exportBackup(fresh), exported, 'the re-export is byte-identical');
  });

  it('refuses a backup of a newer format version, and writes nothing', async () => {
    const exported = JSON.parse(await exportBackup(fresh)) as { version: number };
    exported.version += 1;
    const file = path.join(fixture.dir, 'newer.json');
    writeFileSync(file, JSON.stringify(exported));
    const page = await storePage(fresh);
    const before = await dumpStores(page);
    const options = await importBackup(fresh, file);
    const alert = options.locator('[data-panel="backup"] [role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    assert.match((await alert.textContent()) ?? '', /newer|أحدث/);
    assert.deepEqual(await dumpStores(page), before);
    await Promise.all([options.close(), page.close()]);
  });
});
