// `npm run screenshots`: the README's pictures, taken from the real built extension (.output/chrome-mv3,
// built first by the npm script) in Debian's Chromium: the popup comparison, the full comparison page,
// the hover card on a real news page and the reader, in English and Arabic (the browser's UI language,
// as a user sets it), light and dark (prefers-color-scheme). Writes docs/screenshots/<view>-<lang>-<scheme>.png.
// Viewport shots only, so the PNGs stay small.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  REPO_ROOT,
  serveFixtures,
  type ExtensionSession,
  type FixtureServer,
  type LaunchOptions,
  sharedPagesDir,
} from '../tests/e2e/harness';
import { askBackgroundAs, readCard, tabIdOf, waitForStableMarks } from '../tests/e2e/highlight-helpers';
import { writeImportFixture } from '../tests/e2e/import-files';

const OUT = path.join(REPO_ROOT, 'docs/screenshots');
const LANGS: { lang: 'en' | 'ar'; launch: LaunchOptions }[] = [
  { lang: 'en', launch: {} },
  { lang: 'ar', launch: { args: ['--lang=ar'], locale: 'ar' } },
];
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

// seed-002 (data/seeds/002_09a4258c08e6388d.txt), the sentence on ISIS-K's strength ("more than 2,500
// fighters"): the passage the reader opens on.
const READER_PASSAGE =
  'وتشير بعض التقارير إلى أن عدد مقاتليه يبلغ الآن أكثر من 2500 مقاتل، وهي زيادة كبيرة بالنسبة إلى مجموعة بدأت مع بضع مئات من المجندين.';
/** A real Arabic news page with JSON-LD (../shared/pages): what the capture preview shows. */
const CAPTURE_PAGE = '/htmldate/1784190729.html';
/** An AP story (tests/fixtures) that names Pakistan several times. */
const CARD_PAGE = '/pages/newspaper/ap_meta_refresh.html';

const painted = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.comparisonPainted, undefined, {
    timeout: 30_000,
    polling: 50,
  });

/** Fonts and the frame after the last render, so a shot never catches text half laid out. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

async function openPage(session: ExtensionSession, scheme: Scheme, width: number, height: number) {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: scheme });
  return page;
}

interface Shot {
  view: string;
  take(session: ExtensionSession, scheme: Scheme, file: string): Promise<void>;
}

function shots(
  server: FixtureServer,
  pages: FixtureServer,
  readerSpan: { start: number; end: number },
): Shot[] {
  const files = writeImportFixture();
  return [
    {
      view: 'capture',
      async take(session, scheme, file) {
        const article = await session.context.newPage();
        await article.goto(pages.url(CAPTURE_PAGE), { waitUntil: 'domcontentloaded' });
        const page = await openPage(session, scheme, 400, 700);
        await page.goto(session.url(`/popup.html?tabId=${await tabIdOf(session, article)}`));
        await page.locator('[data-action="capture"]').click();
        await page.locator('form[data-testid="capture-preview"]').waitFor({ timeout: 20_000 });
        await page.locator('form[data-testid="capture-preview"]').scrollIntoViewIfNeeded();
        await settle(page);
        await page.screenshot({ path: file });
        await Promise.all([page.close(), article.close()]);
      },
    },
    {
      view: 'import',
      async take(session, scheme, file) {
        const page = await openPage(session, scheme, 1100, 900);
        await page.goto(session.url('/options.html'));
        const panel = page.locator('[data-panel="import"]');
        await panel
          .locator('input[type="file"][name="import-files"]')
          .setInputFiles([...files.good, files.bad]);
        await panel.locator('[data-action="import-dry-run"]').click();
        await panel.locator('[data-testid="import-report"]').waitFor({ timeout: 20_000 });
        await panel.locator('[data-testid="import-report"]').scrollIntoViewIfNeeded();
        await settle(page);
        await page.screenshot({ path: file });
        await page.close();
      },
    },
    {
      view: 'popup',
      async take(session, scheme, file) {
        const page = await openPage(session, scheme, 400, 700);
        await page.goto(session.url('/popup.html?entity=isis-k'));
        await painted(page);
        await settle(page);
        await page.screenshot({ path: file });
        await page.close();
      },
    },
    {
      view: 'compare',
      async take(session, scheme, file) {
        const page = await openPage(session, scheme, 1280, 900);
        await page.goto(session.url('/compare.html?entity=pakistan'));
        await painted(page);
        await settle(page);
        await page.screenshot({ path: file });
        await page.close();
      },
    },
    {
      view: 'hover-card',
      async take(session, scheme, file) {
        const width = 1100;
        const height = 800;
        const page = await openPage(session, scheme, width, height);
        await page.goto(server.url(CARD_PAGE));
        await waitForStableMarks(page);
        const mark = page.locator('sanad-mark[data-entity-id="pakistan"]').first();
        await mark.scrollIntoViewIfNeeded();
        // Room above and below the mark, so the card can open where it prefers.
        await page.evaluate(() => window.scrollBy(0, -Math.round(window.innerHeight / 3)));
        await mark.hover();
        let card = await readCard(page);
        for (let i = 0; i < 50 && !(card && card.sources > 0); i++) {
          await page.waitForTimeout(100);
          card = await readCard(page);
        }
        if (!card) throw new Error('the hover card did not open');
        await settle(page);
        const box = await mark.boundingBox();
        const r = card.rect;
        const pad = 24;
        const left = Math.max(0, Math.min(r.left, box?.x ?? r.left) - pad);
        const top = Math.max(0, Math.min(r.top, box?.y ?? r.top) - pad);
        const right = Math.min(width, Math.max(r.right, (box?.x ?? 0) + (box?.width ?? 0)) + pad);
        const bottom = Math.min(height, Math.max(r.bottom, (box?.y ?? 0) + (box?.height ?? 0)) + pad);
        await page.screenshot({
          path: file,
          clip: { x: left, y: top, width: right - left, height: bottom - top },
        });
        await page.close();
      },
    },
    {
      view: 'reader',
      async take(session, scheme, file) {
        const page = await openPage(session, scheme, 1000, 1000);
        const { start, end } = readerSpan;
        await page.goto(session.url(`/reader.html?source=seed-002&start=${start}&end=${end}&entity=isis-k`));
        await page.locator('[data-testid="passage"]').waitFor();
        await page.locator('.reader-text sanad-mark').first().waitFor();
        await settle(page);
        // The reader scrolls the passage into view; scrolled back as far as it stays in view, the shot
        // also shows the page's header and tools (in the UI's language).
        await page.evaluate(() => {
          const rect = document.querySelector('[data-testid="passage"]')!.getBoundingClientRect();
          const bottom = rect.bottom + window.scrollY + 40;
          window.scrollTo(0, Math.max(0, bottom - window.innerHeight));
        });
        await settle(page);
        await page.screenshot({ path: file });
        await page.close();
      },
    },
  ];
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await serveFixtures();
  const pages = await serveFixtures(sharedPagesDir());
  const written: string[] = [];
  try {
    for (const { lang, launch } of LANGS) {
      // A private copy of the build (`updatable`), so a concurrent rebuild of .output cannot break a shot.
      const session = await launchWithExtension({ ...launch, updatable: true });
      try {
        const { source } = await askBackgroundAs(session, { type: 'source/get', id: 'seed-002' });
        const start = source?.text.indexOf(READER_PASSAGE) ?? -1;
        if (start < 0) throw new Error('the ISIS-K strength sentence is not in seed-002 as stored');
        const span = { start, end: start + READER_PASSAGE.length };
        for (const shot of shots(server, pages, span))
          for (const scheme of SCHEMES) {
            const file = path.join(OUT, `${shot.view}-${lang}-${scheme}.png`);
            await shot.take(session, scheme, file);
            written.push(path.relative(REPO_ROOT, file));
          }
      } finally {
        await session.close();
      }
    }
  } finally {
    await server.close();
    await pages.close();
  }
  for (const f of written) console.log(f);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
