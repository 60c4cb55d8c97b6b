// The reader and the user's notes, in real Chromium with the built extension: a quote opens the reader
// with the passage in view and the entities marked as on pages; a title that is not the source's own
// says so; a note written on a passage selected in the reader survives a service-worker restart and is
// shown as the user's own in the comparison.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, REPO_ROOT, waitInPage, type ExtensionSession } from './harness';

const SEED_002 = readFileSync(path.join(REPO_ROOT, 'data/seeds/002_09a4258c08e6388d.txt'), 'utf8');
// Sentences of seed-002, chosen by reading it: the ISIS-K strength figure (far down the text, so it
// must be scrolled to), and the attacks it claimed in Pakistan (where the note goes).
const QUOTE = 'وتشير بعض التقارير إلى أن عدد مقاتليه يبلغ الآن أكثر من 2500 مقاتل';
const NOTE_PASSAGE = 'كما أعلنت الجماعة مسؤوليتها عن هجمات عدة في باكستان';
const NOTE_TEXT = 'The report lists Pakistan only as a target of ISIS-K attacks.';

function spanOf(sentence: string): { start: number; end: number } {
  const start = SEED_002.indexOf(sentence);
  assert.ok(start >= 0, `"${sentence}" is in seed 002`);
  return { start, end: start + sentence.length };
}

/** Selects [start, end) of the reader's text with a DOM Range, as a mouse drag would. */
async function selectInReader(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ([from, to]) => {
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
    [start, end] as const,
  );
}

describe('reader and notes', () => {
  let session: ExtensionSession;

  before(async () => {
    session = await launchWithExtension({ viewport: { width: 1000, height: 700 } });
  });
  after(async () => {
    await session?.close();
  });

  it('opens a quote with the passage in view and every entity marked', async () => {
    const { start, end } = spanOf(QUOTE);
    const page = await session.context.newPage();
    await page.goto(session.url(`/reader.html?source=seed-002&start=${start}&end=${end}&entity=isis-k`));
    const passage = page.locator('[data-testid="passage"]');
    await passage.waitFor();
    assert.equal(await passage.textContent(), SEED_002.slice(start, end));
    assert.equal(await passage.textContent(), QUOTE);
    // Scrolled into view: the whole passage lies inside the viewport, and it has the focus.
    await waitInPage(page, () => {
      const rect = document.querySelector('[data-testid="passage"]')!.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight && window.scrollY > 0;
    });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'passage');
    const ids = await page
      .locator('.reader-text sanad-mark[data-entity-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-entity-id')));
    for (const id of ['isis-k', 'moscow', 'pakistan', 'afghanistan', 'moscow-concert-hall-attack'])
      assert.ok(ids.includes(id), `${id} is marked`);
    // The text is the stored text: the marks only wrap it.
    assert.equal(await page.locator('.reader-text').textContent(), SEED_002);
    // Marks are typed and coloured as on pages (the shared palette's rule for places).
    const placeColour = await page
      .locator('.reader-text sanad-mark[data-entity-id="pakistan"]')
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationColor);
    assert.equal(placeColour, 'rgb(31, 157, 85)');
    // From the keyboard, with nothing selected, a note points at the quoted passage; Escape closes it
    // and gives the focus back.
    await page.locator('[data-action="note-selection"]').focus();
    await page.keyboard.press('Enter');
    const form = page.locator('form.note-editor');
    await form.waitFor();
    assert.equal(await form.locator('[data-testid="note-passage"]').textContent(), QUOTE);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'entity');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('data-action')),
      'note-selection',
    );
    // The way back.
    assert.match(
      (await page.locator('[data-action="back-to-compare"]').getAttribute('href')) ?? '',
      /compare\.html\?entity=isis-k$/,
    );
    assert.match(
      (await page.locator('[data-action="back-to-popup"]').getAttribute('href')) ?? '',
      /popup\.html\?entity=isis-k$/,
    );
    await page.close();
  });

  it('says when the title was given by the editors (seed 003 has no headline)', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/reader.html?source=seed-003'));
    const note = page.locator('[data-title-origin="curated"]');
    await note.waitFor();
    assert.match((await note.textContent()) ?? '', /Title given by Sanad’s editors/);
    assert.equal(await page.locator('[data-testid="passage"]').count(), 0);
    // seed-002's headline is its own: no such note.
    await page.goto(session.url('/reader.html?source=seed-002'));
    await page.locator('.reader-text').waitFor();
    assert.equal(await page.locator('[data-title-origin]').count(), 0);
    await page.close();
  });

  it('keeps a note written on a selected passage across a worker restart and shows it as the user’s', async () => {
    const { start, end } = spanOf(NOTE_PASSAGE);
    const page = await session.context.newPage();
    await page.goto(session.url('/reader.html?source=seed-002&entity=isis-k'));
    await page.locator('.reader-text sanad-mark').first().waitFor();
    await selectInReader(page, start, end);
    await page.locator('[data-action="note-here"]').click();
    const form = page.locator('form.note-editor');
    await form.waitFor();
    assert.equal(await form.locator('[data-testid="note-passage"]').textContent(), NOTE_PASSAGE);
    // The entity defaults to the one the reader was opened for.
    assert.equal(await form.locator('select[name="entity"]').inputValue(), 'isis-k');
    await form.locator('select[name="entity"]').selectOption('pakistan');
    await form.getByLabel('critical').check();
    await form.locator('textarea[name="text"]').fill(NOTE_TEXT);
    await form.locator('[data-action="save-note"]').click();
    await form.locator('.done[role="status"]').waitFor();
    await page.close();

    await session.restartServiceWorker();

    const again = await session.context.newPage();
    await again.goto(session.url('/reader.html?source=seed-002'));
    const item = again.locator('.note-item[data-entity-id="pakistan"][data-origin="user"]');
    await item.waitFor();
    assert.match((await item.textContent()) ?? '', /your note/);
    assert.match((await item.textContent()) ?? '', /critical/);
    assert.equal(await item.locator('.note-text').textContent(), NOTE_TEXT);
    // Its passage, emphasized on demand, is exactly the selected words.
    await item.getByRole('button', { name: 'Show the passage' }).click();
    await waitInPage(
      again,
      () => document.querySelector('[data-testid="passage"]')?.getAttribute('data-kind') === 'note',
    );
    assert.equal(await again.locator('[data-testid="passage"]').textContent(), SEED_002.slice(start, end));

    // What the background stores is a verbatim span of the source.
    const stored = await again.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: object): Promise<unknown> } };
      };
      const response = (await chrome.runtime.sendMessage({
        type: 'entity/compare',
        entityId: 'pakistan',
      })) as {
        view: { sides: { source: { id: string }; userNote: unknown }[] } | null;
      };
      return response.view?.sides.find((side) => side.source.id === 'seed-002')?.userNote ?? null;
    });
    assert.deepEqual((stored as { passage: unknown } | null)?.passage, { text: NOTE_PASSAGE, start, end });
    await again.close();

    const popup = await session.context.newPage();
    await popup.goto(session.url('/popup.html?entity=pakistan'));
    const side = popup.locator('.source-card[data-source-id="seed-002"] [data-origin="user"]').first();
    await side.waitFor();
    assert.match(
      (await popup.locator('.source-card[data-source-id="seed-002"]').textContent()) ?? '',
      /your note/,
    );
    await popup.close();
  });
});

describe('reader in Arabic', () => {
  let session: ExtensionSession;

  before(async () => {
    session = await launchWithExtension({ args: ['--lang=ar'], locale: 'ar' });
  });
  after(async () => {
    await session?.close();
  });

  it('lays the page out right to left and says whose title it is in Arabic', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/reader.html?source=seed-003'));
    const note = page.locator('[data-title-origin="curated"]');
    await note.waitFor();
    assert.equal(await note.textContent(), 'عنوان وضعه محررو سند — النص بلا عنوان');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    const text = page.locator('.reader-text');
    assert.equal(await text.getAttribute('lang'), 'ar');
    assert.equal(await text.getAttribute('dir'), 'rtl');
    await page.close();
  });
});
