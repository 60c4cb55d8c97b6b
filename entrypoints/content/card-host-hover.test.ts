// Hovering a mark, with the real open delay and grace period: the pointer reaching a mark starts
// loading the card's code (so it is there when the delay ends) but asks nothing and reads no language;
// the card opens after the delay and closes after the pointer leaves. Its own file: a module loads
// once per test file, and this one must see card-ui.ts load on the first hover.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountHoverCards } from './card-host';
import { CLOSE_GRACE_MS, OPEN_DELAY_MS } from './card-timing';
import { answerMessages, cardPage, standInContext } from './card-test-page';

const loaded = vi.hoisted(() => ({ cardUi: false }));
vi.mock('./card-ui', async (importOriginal) => {
  loaded.cardUi = true;
  return importOriginal();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mountHoverCards, hovering', () => {
  let m: ReturnType<typeof answerMessages>;
  beforeEach(() => {
    m = answerMessages();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('loads the card code on reaching a mark, opens after the delay, closes after the grace period', async () => {
    const p = cardPage();
    const { ctx } = standInContext();
    mountHoverCards(ctx, { host: 'www.aljazeera.net', describe: () => null, label: () => undefined });
    const mark = p.mark('pakistan');
    expect(loaded.cardUi).toBe(false);
    p.pointer('mouseover', mark);
    await wait(OPEN_DELAY_MS / 3); // well before the card opens
    expect(loaded.cardUi).toBe(true);
    expect(m.sent).toEqual([]);
    expect(m.uiLanguageAsked).toBe(0);
    expect(p.host()).toBeNull();
    await vi.waitFor(() => expect(p.host()).not.toBeNull(), { timeout: OPEN_DELAY_MS + 1000 });
    expect(m.sent.map((r) => r.type)).toEqual(['entity/cards', 'settings/get']);
    p.pointer('mouseout', mark);
    await wait(CLOSE_GRACE_MS / 2);
    expect(p.host()).not.toBeNull(); // still there for the pointer to reach it
    await wait(CLOSE_GRACE_MS);
    expect(p.host()).toBeNull();
  });

  it('crossing a mark on the way elsewhere opens nothing and asks nothing', async () => {
    const p = cardPage();
    const { ctx } = standInContext();
    mountHoverCards(ctx, { host: 'www.aljazeera.net', describe: () => null, label: () => undefined });
    const mark = p.mark('islamic-state');
    p.pointer('mouseover', mark);
    await wait(OPEN_DELAY_MS / 3);
    p.pointer('mouseout', mark);
    await wait(OPEN_DELAY_MS + 100);
    expect(p.host()).toBeNull();
    expect(m.sent).toEqual([]);
  });
});
