// "Why is this highlighted?" rendered into a DOM (linkedom), with explanations as the background gives
// them for marks of the shipped gazetteer (data/entities.json): a plain alias, an ambiguous alias with
// its rule (الخوارج of the Islamic State needs the Islamic Emirate or the Taliban within 6 words), an
// event found by proximity.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MarkExplanation } from '../../lib/messages';
import { WhyHighlighted, type MuteScope, type WhyState } from './WhyHighlighted';

const PLAIN: MarkExplanation = {
  entityId: 'islamic-state',
  alias: { text: 'داعش', lang: 'ar' },
  via: 'alias',
  muted: [],
};
const RULE: MarkExplanation = {
  entityId: 'islamic-state',
  alias: { text: 'الخوارج', lang: 'ar', rule: { nearby: ['islamic-emirate', 'taliban'], window: 6 } },
  via: 'rule',
  muted: [],
};
const EVENT: MarkExplanation = {
  entityId: 'killing-of-burhan-zaid',
  alias: null,
  via: 'proximity',
  muted: [],
};
const NAMES: Record<string, { en: string; ar: string }> = {
  'islamic-emirate': { en: 'Islamic Emirate of Afghanistan', ar: 'إمارة أفغانستان الإسلامية' },
  taliban: { en: 'Taliban', ar: 'طالبان' },
};

let root: HTMLElement;
let doc: Document;
beforeAll(() => {
  const { document, Event } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
  (globalThis as { Event?: unknown }).Event = Event;
  doc = document as unknown as Document;
});
beforeEach(() => {
  root = doc.getElementById('root') as HTMLElement;
  render(null, root);
});

function mount(state: WhyState, lang: 'en' | 'ar', asked: number[], mutes: MuteScope[]) {
  render(
    <WhyHighlighted
      state={state}
      lang={lang}
      nameOf={(id) => NAMES[id]?.[lang] ?? id}
      onAsk={() => void asked.push(1)}
      onMute={(scope) => void mutes.push(scope)}
    />,
    root,
  );
}

const text = (selector: string) => root.querySelector(selector)?.textContent ?? null;

describe('WhyHighlighted', () => {
  it('is one labelled button until asked', async () => {
    const asked: number[] = [];
    mount({ status: 'closed' }, 'en', asked, []);
    const button = root.querySelector('button[data-action="why-highlighted"]') as HTMLButtonElement;
    expect(button.textContent).toBe('Why is this highlighted?');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('[data-testid="why"]')).toBeNull();
    await act(() => void button.dispatchEvent(new Event('click', { bubbles: true })));
    expect(asked).toEqual([1]);
  });

  it('names the alias with its language and says a plain alias is enough; the mute buttons name it', async () => {
    const mutes: MuteScope[] = [];
    mount({ status: 'ready', explanation: PLAIN }, 'en', [], mutes);
    expect(text('[data-testid="why-alias"]')).toBe('Matched name: داعش (Arabic)');
    // The Arabic alias inside the English sentence is set apart with its own language and direction.
    const alias = root.querySelector('[data-testid="why-alias"] bdi');
    expect(alias?.getAttribute('lang')).toBe('ar');
    expect(alias?.getAttribute('dir')).toBe('rtl');
    expect(alias?.textContent).toBe('داعش');
    expect(root.querySelector('[data-rule]')?.getAttribute('data-rule')).toBe('alias');
    expect(text('[data-action="mute-alias-site"]')).toBe('Mute the name «داعش» on this site');
    expect(text('[data-action="mute-alias-everywhere"]')).toBe('Mute the name «داعش» everywhere');
    for (const action of ['mute-alias-site', 'mute-alias-everywhere']) {
      const bdi = root.querySelector(`[data-action="${action}"] bdi`);
      expect([bdi?.getAttribute('lang'), bdi?.getAttribute('dir'), bdi?.textContent]).toEqual([
        'ar',
        'rtl',
        'داعش',
      ]);
    }
    const everywhere = root.querySelector('[data-action="mute-alias-everywhere"]') as Element;
    await act(() => void everywhere.dispatchEvent(new Event('click', { bubbles: true })));
    expect(mutes).toEqual(['everywhere']);
  });

  it('says the rule in words, with the nearby entities by name, in English and Arabic', () => {
    mount({ status: 'ready', explanation: RULE }, 'en', [], []);
    expect(text('[data-rule="rule"]')).toBe(
      'An ambiguous name: it counts only when confirmed, by the full name earlier on the page, or one of these named within 6 words: Islamic Emirate of Afghanistan, Taliban.',
    );
    mount({ status: 'ready', explanation: RULE }, 'ar', [], []);
    expect(text('[data-rule="rule"]')).toBe(
      'اسم ملتبس: لا يُحتسب إلا إذا تأكّد، بورود الاسم الكامل قبله في الصفحة، أو بذكر أحد هؤلاء على بعد 6 كلمات: إمارة أفغانستان الإسلامية، طالبان.',
    );
    expect(text('[data-testid="why-alias"]')).toBe('الاسم الذي طابق: الخوارج (العربية)');
  });

  it('an event found by proximity has no alias: the buttons mute the event itself', () => {
    mount({ status: 'ready', explanation: EVENT }, 'en', [], []);
    expect(root.querySelector('[data-testid="why-alias"]')).toBeNull();
    expect(root.querySelector('[data-rule]')?.getAttribute('data-rule')).toBe('proximity');
    expect(text('[data-action="mute-alias-site"]')).toBe('Mute the whole entity on this site');
    expect(text('[data-action="mute-alias-everywhere"]')).toBe('Mute the whole entity everywhere');
    mount({ status: 'ready', explanation: EVENT }, 'ar', [], []);
    expect(text('[data-action="mute-alias-everywhere"]')).toBe('اكتم الكيان كله في كل المواقع');
  });

  it('after a mute says so instead of offering it again; a failure is an alert', () => {
    mount({ status: 'ready', explanation: PLAIN, muted: 'site' }, 'en', [], []);
    expect(text('[data-testid="why-muted"]')).toBe('Muted on this site: the page is repainted without it.');
    expect(root.querySelector('[data-action="mute-alias-site"]')).toBeNull();
    mount({ status: 'error', message: 'No entity has this id: x' }, 'en', [], []);
    expect(text('[role="alert"]')).toBe('Sanad cannot explain this mark: No entity has this id: x');
  });
});
