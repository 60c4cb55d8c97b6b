// Keyboard and focus around an open card, on a linkedom page with a model of focus (card-test-page.ts):
// focus on a mark opens its card at once, Tab walks into and through the card's controls and out
// back to the mark (which must not reopen the card), Shift+Tab out stops on the mark, Escape closes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountHoverCards } from './card-host';
import { answerMessages, cardPage, standInContext } from './card-test-page';

const CONTROLS = 'a[href], button:not([disabled])';

async function openByFocus() {
  const p = cardPage();
  const { ctx } = standInContext();
  mountHoverCards(ctx, {
    host: 'www.bbc.com',
    // Explainable, so the card carries "why is this highlighted?" as well as its compare link.
    describe: (mark) => ({
      entityId: mark.dataset.entityId ?? '',
      via: 'alias',
      text: mark.textContent ?? '',
    }),
    label: () => undefined,
  });
  const mark = p.mark('pakistan');
  mark.focus();
  await vi.waitFor(() => expect(p.host()).not.toBeNull());
  const controls = [...p.shadows.at(-1)!.querySelectorAll<HTMLElement>(CONTROLS)];
  return { p, mark, controls };
}

describe('hover card focus and keys', () => {
  beforeEach(() => {
    answerMessages();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('Tab from the mark enters the card, walks its controls, and past the last goes back to the mark', async () => {
    const { p, mark, controls } = await openByFocus();
    expect(controls.map((c) => c.localName)).toEqual(['button', 'a']); // "why?", then "compare"
    expect(p.key('Tab').defaultPrevented).toBe(true);
    expect(p.focused()).toEqual({ active: p.host(), inShadow: controls[0] });
    expect(p.key('Tab').defaultPrevented).toBe(true);
    expect(p.focused().inShadow).toBe(controls[1]);
    // Past the last control: the card closes, focus is on the mark, and the browser's Tab goes on.
    expect(p.key('Tab').defaultPrevented).toBe(false);
    expect(p.host()).toBeNull();
    expect(p.focused().active).toBe(mark);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(p.host()).toBeNull(); // focus given back by us does not reopen it
  });

  it('Shift+Tab before the first control closes the card and stops on the mark', async () => {
    const { p, mark, controls } = await openByFocus();
    p.key('Tab');
    expect(p.focused().inShadow).toBe(controls[0]);
    expect(p.key('Tab', true).defaultPrevented).toBe(true);
    expect(p.host()).toBeNull();
    expect(p.focused().active).toBe(mark);
  });

  it('Escape inside the card closes it, gives focus back to the mark and keeps the key from the page', async () => {
    const { p, mark } = await openByFocus();
    p.key('Tab');
    const pageHeard = vi.fn();
    p.document.body.addEventListener('keydown', pageHeard);
    p.key('Escape');
    expect(p.host()).toBeNull();
    expect(p.focused().active).toBe(mark);
    expect(pageHeard).not.toHaveBeenCalled();
  });

  it('focus moving elsewhere on the page closes the card after the grace period', async () => {
    const { p } = await openByFocus();
    p.mark('islamic-state').parentElement!.focus(); // the paragraph: not a mark, not the card
    expect(p.host()).not.toBeNull();
    await vi.waitFor(() => expect(p.host()).toBeNull(), { timeout: 1500 });
  });
});
