// Issue 8: importing files from the options page. A malformed file is reported (file, line, field)
// and changes no store; a valid import adds exactly its records, and a second import of the same files
// adds none; a deleted source comes back with its mentions on undo.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './harness';
import { dumpStores, storePage, type StoredSourceRow } from './manage-helpers';
import { writeImportFixture, type ImportFixture } from './import-files';

async function dryRun(
  options: Page,
  files: string[],
): Promise<Record<'new' | 'duplicate' | 'invalid', number>> {
  const panel = options.locator('[data-panel="import"]');
  await panel.locator('input[type="file"][name="import-files"]').setInputFiles(files);
  await panel.locator('[data-action="import-dry-run"]').click();
  const report = panel.locator('[data-testid="import-report"]');
  await report.waitFor({ timeout: 20_000 });
  const count = async (name: string) => Number(await report.locator(`[data-count="${name}"]`).textContent());
  return { new: await count('new'), duplicate: await count('duplicate'), invalid: await count('invalid') };
}

async function runImport(options: Page): Promise<number> {
  const panel = options.locator('[data-panel="import"]');
  await panel.locator('[data-action="import-run"]').click();
  const done = panel.locator('[data-testid="import-done"]');
  await done.waitFor({ timeout: 60_000 });
  return Number(await done.getAttribute('data-added'));
}

const userSources = async (page: Page) =>
  ((await dumpStores(page, ['sources'])).sources as StoredSourceRow[]).filter((s) => s.origin === 'user');

describe('import from the options page', () => {
  let session: ExtensionSession;
  let fixture: ImportFixture;
  let options: Page;
  before(async () => {
    session = await launchWithExtension();
    fixture = writeImportFixture();
    options = await session.context.newPage();
    await options.goto(session.url('/options.html'));
    await options.locator('[data-panel="import"]').waitFor();
  });
  after(async () => {
    await session?.close();
    rmSync(fixture.dir, { recursive: true, force: true });
  });

  it('reports every fault of a malformed file by line and field, and writes nothing', async () => {
    const store = await storePage(session);
    const before = await dumpStores(store);
    const counts = await dryRun(options, [fixture.bad]);
    assert.deepEqual(counts, { new: 0, duplicate: 0, invalid: 4 });
    const problems = await options.locator('[data-testid="import-problem"]').allTextContents();
    const expected: [number, RegExp][] = [
      [1, /date/],
      [2, /JSON/i],
      [3, /text/],
      [4, /titel/],
    ];
    for (const [line, field] of expected) {
      const hit = problems.find((p) => p.includes('broken.jsonl') && new RegExp(`\\b${line}\\b`).test(p));
      assert.ok(hit, `a problem names broken.jsonl line ${line}: ${problems.join(' | ')}`);
      assert.match(hit, field);
    }
    const run = options.locator('[data-panel="import"] [data-action="import-run"]');
    if (await run.isEnabled()) await run.click();
    await options.waitForTimeout(500);
    assert.deepEqual(await dumpStores(store), before, 'no store changed');
    await store.close();
  });

  it('adds exactly the records of valid files, then none on a second import', async () => {
    const store = await storePage(session);
    const before = await userSources(store);
    assert.deepEqual(await dryRun(options, fixture.good), { new: 6, duplicate: 0, invalid: 0 });
    const progress = options.locator('[data-panel="import"] progress[data-testid="import-progress"]');
    assert.equal(await runImport(options), 6);
    assert.equal(await progress.getAttribute('max'), '6');
    const after = await userSources(store);
    assert.equal(after.length, before.length + 6);
    assert.deepEqual(
      after.map((s) => s.title).sort(),
      [...before.map((s) => s.title), ...fixture.titles].sort(),
    );
    assert.ok(after.every((s) => s.lang === 'ar' && s.text.length > 200));
    // The JSONL lines' URLs were given with tracking parameters: a source keeps its URL as given (the
    // canonical form is only the duplicate key).
    const jsonl = after.filter((s) => s.url?.includes('utm_source=twitter'));
    assert.equal(jsonl.length, 3);
    const { mentions } = await dumpStores(store, ['mentions']);
    const ids = new Set(after.map((s) => s.id));
    const pakistan = (mentions as { entityId: string; sourceId: string }[]).filter(
      (m) => ids.has(m.sourceId) && m.entityId === 'pakistan',
    );
    assert.ok(pakistan.length > 0, 'imported sources are indexed: their Pakistan mentions are stored');

    await options.reload();
    await options.locator('[data-panel="import"]').waitFor();
    // The same files again, and a record with the URL of an imported one (other tracking parameters,
    // https, a fragment) and another text: a duplicate by its URL alone.
    assert.deepEqual(await dryRun(options, [...fixture.good, fixture.sameUrl]), {
      new: 0,
      duplicate: 7,
      invalid: 0,
    });
    const run = options.locator('[data-panel="import"] [data-action="import-run"]');
    if (await run.isEnabled()) assert.equal(await runImport(options), 0);
    assert.equal((await userSources(store)).length, before.length + 6);
    await store.close();
  });

  it('deletes a source with its mentions, and undo restores both exactly', async () => {
    const store = await storePage(session);
    const [target] = await userSources(store);
    assert.ok(target, 'an imported source to delete');
    const mentionsOf = async (id: string) =>
      ((await dumpStores(store, ['mentions'])).mentions as { sourceId: string; id: number }[])
        .filter((m) => m.sourceId === id)
        .map(({ id: _key, ...m }) => JSON.stringify(m))
        .sort();
    const mentionsBefore = await mentionsOf(target.id);
    assert.ok(mentionsBefore.length > 0);
    const panel = options.locator('[data-panel="sources"]');
    await panel.locator('input[type="search"][name="source-search"]').fill(target.title);
    const row = panel.locator(`[data-source-id="${target.id}"]`);
    await row.waitFor();
    await row.locator('[data-action="delete-source"]').click();
    await panel.locator(`[data-source-id="${target.id}"]`).waitFor({ state: 'detached' });
    assert.equal(
      (await userSources(store)).find((s) => s.id === target.id),
      undefined,
    );
    assert.deepEqual(await mentionsOf(target.id), []);
    await options.locator('[data-action="undo-delete"]').click();
    await panel.locator(`[data-source-id="${target.id}"]`).waitFor();
    assert.deepEqual(
      (await userSources(store)).find((s) => s.id === target.id),
      target,
    );
    assert.deepEqual(await mentionsOf(target.id), mentionsBefore);
    await store.close();
  });
});
