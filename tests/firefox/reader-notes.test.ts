// Issue 9 in Firefox ESR: a note written on a passage selected in the reader (an extension page) is
// stored as a verbatim span of the source, survives a restart of the add-on, and is shown as the
// user's own, as in Chromium (tests/e2e/reader-notes.test.ts). Firefox's Selection and Range are what
// is tested here: the passage is selected across the reader's marks.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { REPO_ROOT } from '../e2e/harness';
import { launchFirefoxWithExtension, waitInPage, type FirefoxSession } from './harness';

const SEED_002 = readFileSync(path.join(REPO_ROOT, 'data/seeds/002_09a4258c08e6388d.txt'), 'utf8');
// From seed-002's "زيادة كبيرة" section: the branch grows in Afghanistan under the Taliban (two marks).
const NOTE_PASSAGE = 'وتتزايد قوة هذا الفرع في أفغانستان تحت قيادة طالبان';
const NOTE_TEXT = 'Iqbal ties the growth of ISIS-K to Taliban rule since the 2021 withdrawal.';

/** Selects [start, end) of the reader's text with a DOM Range, as a mouse drag would. */
async function selectInReader(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    (from, to) => {
      const container = document.querySelector('.reader-text') as HTMLElement;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const length = node.data.length;
        if (from >= seen && from <= seen + length) range.setStart(node, from - seen);
        if (to >= seen && to <= seen + length) {
          range.setEnd(node, to - seen);
          break;
        }
        seen += length;
      }
      const selection = document.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    start,
    end,
  );
}

const textOf = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);

describe('reader notes in Firefox ESR', () => {
  let session: FirefoxSession;
  before(async () => {
    session = await launchFirefoxWithExtension();
  });
  after(async () => {
    await session?.close();
  });

  it('keeps a note on a selected passage across an add-on restart and shows it as the user’s', async () => {
    const start = SEED_002.indexOf(NOTE_PASSAGE);
    assert.ok(start >= 0, 'the passage is in seed 002');
    const end = start + NOTE_PASSAGE.length;

    const page = await session.openExtensionPage('/reader.html?source=seed-002&entity=isis-k');
    await waitInPage(page, () => document.querySelector('.reader-text sanad-mark'), 10_000);
    await selectInReader(page, start, end);
    await waitInPage(page, () => document.querySelector('[data-action="note-here"]'));
    await page.click('[data-action="note-here"]');
    await waitInPage(page, () => document.querySelector('form.note-editor'));
    assert.equal(await textOf(page, 'form.note-editor [data-testid="note-passage"]'), NOTE_PASSAGE);
    assert.equal(
      await page.evaluate(
        () => document.querySelector<HTMLSelectElement>('form.note-editor select[name="entity"]')?.value,
      ),
      'isis-k',
      'the entity the reader was opened for',
    );
    await page.select('form.note-editor select[name="entity"]', 'taliban');
    await page.click('form.note-editor input[name="stance"][value="critical"]');
    await page.type('form.note-editor textarea[name="text"]', NOTE_TEXT);
    await page.click('[data-action="save-note"]');
    await waitInPage(page, () => document.querySelector('form.note-editor .done[role="status"]'));
    await page.close();

    await session.restartExtension();

    const again = await session.openExtensionPage('/reader.html?source=seed-002');
    const item = '.note-item[data-entity-id="taliban"][data-origin="user"]';
    await waitInPage(again, () => document.querySelector('.note-item[data-origin="user"]'), 10_000);
    const itemText = (await textOf(again, item)) ?? '';
    assert.match(itemText, /your note/);
    assert.match(itemText, /critical/);
    assert.equal(await textOf(again, `${item} .note-text`), NOTE_TEXT);
    // Its passage, emphasized on demand, is exactly the selected words.
    const clicked = await again.evaluate((selector) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>(`${selector} button`)].find(
        (b) => b.textContent?.trim() === 'Show the passage',
      );
      button?.click();
      return button !== undefined;
    }, item);
    assert.ok(clicked, 'a "Show the passage" button');
    await waitInPage(
      again,
      () => document.querySelector('[data-testid="passage"]')?.getAttribute('data-kind') === 'note',
    );
    assert.equal(await textOf(again, '[data-testid="passage"]'), SEED_002.slice(start, end));

    // What the background stores is a verbatim span of the source.
    const stored = await session.askBackground({ type: 'entity/compare', entityId: 'taliban' });
    const note = stored.view?.sides.find((side) => side.source.id === 'seed-002')?.userNote ?? null;
    assert.deepEqual(note?.passage, { text: NOTE_PASSAGE, start, end });
    await again.close();
  });
});
