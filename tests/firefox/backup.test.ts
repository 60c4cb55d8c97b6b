// Issue 9 in Firefox ESR: the corpus-management round trip through files. Real BBC Arabic articles
// are imported through the options page's file input (BiDi input.setFiles), a backup is exported
// through its <a download> (saved by Firefox into the session's download folder), imported into a
// fresh profile, and gives the same user data; exporting it again gives the same bytes. As in Chromium
// (tests/e2e/backup.test.ts), with the same import files (tests/e2e/import-files.ts).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { writeImportFixture, type ImportFixture } from '../e2e/import-files';
import { launchFirefoxWithExtension, sleep, waitInPage, type FirefoxSession } from './harness';

async function uploadTo(page: Page, selector: string, files: string[]): Promise<void> {
  const input = (await page.$(selector)) as ElementHandle<HTMLInputElement> | null;
  assert.ok(input, `${selector} is on the page`);
  await input.uploadFile(...files);
}

/** Clicks the backup panel's export and returns the file Firefox saved (a new one each time). */
async function exportBackup(session: FirefoxSession): Promise<string> {
  const before = new Set(existsSync(session.downloadDir) ? readdirSync(session.downloadDir) : []);
  const options = await session.openExtensionPage('/options.html#panel-backup');
  await waitInPage(options, () =>
    document.querySelector('[data-panel="backup"] [data-action="backup-export"]'),
  );
  await options.click('[data-panel="backup"] [data-action="backup-export"]');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const fresh = existsSync(session.downloadDir)
      ? readdirSync(session.downloadDir).filter((f) => !before.has(f) && !f.endsWith('.part'))
      : [];
    if (fresh.length === 1) {
      const [name] = fresh as [string];
      assert.match(name, /^sanad-backup-\d{4}-\d{2}-\d{2}(\(\d+\))?\.json$/);
      const file = path.join(session.downloadDir, name);
      // Firefox writes the file in place (start_downloads_in_tmp_dir is off): read it once it parses.
      let text = '';
      for (;;) {
        text = readFileSync(file, 'utf8');
        try {
          JSON.parse(text);
          break;
        } catch {
          assert.ok(Date.now() < deadline, `${name} is complete JSON`);
          await sleep(100);
        }
      }
      await options.close();
      return text;
    }
    assert.ok(Date.now() < deadline, 'the backup was saved');
    await sleep(100);
  }
}

/** What the user made, as stored: user sources, user notes, the user's settings rows. */
async function userData(session: FirefoxSession): Promise<unknown> {
  const page = await session.openExtensionPage('/popup.html');
  // As JSON: puppeteer's BiDi evaluate results stop at a depth.
  const json = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('sanad');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['sources', 'notes', 'settings'], 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of ['sources', 'notes', 'settings']) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              out[name] = all.result as unknown[];
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(out));
          };
        };
      }),
  );
  await page.close();
  const stores = JSON.parse(json) as {
    sources: { origin: string; id: string }[];
    notes: unknown[];
    settings: { key: string; value: unknown }[];
  };
  const rows = new Map(stores.settings.map((s) => [s.key, s.value]));
  return {
    sources: stores.sources.filter((s) => s.origin === 'user').sort((a, b) => a.id.localeCompare(b.id)),
    notes: stores.notes,
    // A setting never changed has no row: compare the values, with the defaults for absent rows.
    settings: {
      mutes: rows.get('mutes') ?? [],
      disabledSites: rows.get('disabledSites') ?? [],
      globalEnabled: rows.get('globalEnabled') ?? true,
      userSettings: rows.get('userSettings') ?? null,
    },
  };
}

describe('backup in Firefox ESR', () => {
  let first: FirefoxSession | undefined;
  let fresh: FirefoxSession | undefined;
  let fixture: ImportFixture;
  before(() => {
    fixture = writeImportFixture();
  });
  after(async () => {
    await first?.close();
    await fresh?.close();
    rmSync(fixture.dir, { recursive: true, force: true });
  });

  it('import files → export → import into a fresh profile → the same user data, the same bytes', async () => {
    first = await launchFirefoxWithExtension();
    const options = await first.openExtensionPage('/options.html#panel-import');
    await waitInPage(options, () =>
      document.querySelector('[data-panel="import"] input[name="import-files"]'),
    );
    await uploadTo(options, '[data-panel="import"] input[type="file"][name="import-files"]', fixture.good);
    await options.click('[data-panel="import"] [data-action="import-dry-run"]');
    await waitInPage(
      options,
      () => document.querySelector('[data-panel="import"] [data-testid="import-report"]'),
      20_000,
    );
    await options.click('[data-panel="import"] [data-action="import-run"]');
    await waitInPage(
      options,
      () => document.querySelector('[data-panel="import"] [data-testid="import-done"]'),
      60_000,
    );
    await options.close();
    const { sources } = await first.askBackground({ type: 'source/list' });
    const mine = sources.filter((s) => s.origin === 'user');
    // three.jsonl has 3 records, two-docs.txt 2 <DOC>s, one.md 1.
    assert.equal(mine.length, 6);
    assert.deepEqual(mine.map((s) => s.title).sort(), [...fixture.titles].sort());
    await first.askBackground({
      type: 'note/put',
      note: { entityId: 'pakistan', sourceId: mine[0]!.id, stance: null, text: 'ملاحظتي', passage: null },
    });
    await first.askBackground({
      type: 'mute/set',
      mute: { entityId: 'pakistan', alias: 'باكستان', site: 'example.org' },
      muted: true,
    });
    await first.askBackground({ type: 'site/set', host: 'news.example.com', enabled: false });
    await first.askBackground({ type: 'settings/set', patch: { hoverCards: false } });

    const exported = await exportBackup(first);
    const made = await userData(first);
    await first.close();
    first = undefined;

    fresh = await launchFirefoxWithExtension();
    const file = path.join(fixture.dir, 'backup.json');
    writeFileSync(file, exported);
    const restore = await fresh.openExtensionPage('/options.html#panel-backup');
    await waitInPage(restore, () =>
      document.querySelector('[data-panel="backup"] input[name="backup-file"]'),
    );
    await uploadTo(restore, '[data-panel="backup"] input[type="file"][name="backup-file"]', [file]);
    await restore.click('[data-panel="backup"] input[name="backup-mode"][value="merge"]');
    await restore.click('[data-panel="backup"] [data-action="backup-import"]');
    await waitInPage(
      restore,
      () => document.querySelector('[data-panel="backup"] [data-testid="backup-report"]'),
      60_000,
    );
    await restore.close();
    assert.deepEqual(await userData(fresh), made);
    assert.equal(await exportBackup(fresh), exported, 'the re-export is byte-identical');
  });
});
