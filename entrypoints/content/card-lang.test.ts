// The hover cards' UI language: read from the settings when a card first opens, and again after the
// settings changed (page/refresh), so an open tab follows a change made on the options page.
import { describe, expect, it } from 'vitest';
import type { UserSettings } from '../../lib/types';
import { cardLang } from './card-lang';

function settings(initial: UserSettings['uiLang']) {
  const s = { value: initial, reads: 0 };
  const read = () => {
    s.reads++;
    return Promise.resolve(s.value);
  };
  return { s, read };
}

describe('cardLang', () => {
  it('is the browser’s language until read, then the setting; read once while nothing changes', async () => {
    const { s, read } = settings('ar');
    const lang = cardLang('en', read);
    expect(lang.lang).toBe('en');
    await lang.read();
    await lang.read();
    expect([lang.lang, s.reads]).toEqual(['ar', 1]);
  });

  it('follows a change of the setting after forget (the settings changed)', async () => {
    const { s, read } = settings('ar');
    const lang = cardLang('en', read);
    await lang.read();
    s.value = 'en';
    await lang.read();
    expect(lang.lang).toBe('ar'); // not told yet
    lang.forget();
    await lang.read();
    expect(lang.lang).toBe('en');
    // Back to "auto": the browser's language again, not the last one set.
    s.value = 'auto';
    lang.forget();
    await lang.read();
    expect(lang.lang).toBe('en');
    const ar = cardLang('ar', read);
    s.value = 'en';
    await ar.read();
    s.value = 'auto';
    ar.forget();
    await ar.read();
    expect(ar.lang).toBe('ar');
  });

  it('keeps the language it had when the settings cannot be read', async () => {
    const lang = cardLang('ar', () => Promise.reject(new Error('Extension context invalidated.')));
    await lang.read();
    expect(lang.lang).toBe('ar');
  });

  it('ignores an answer that comes after a later question', async () => {
    const answers: ((v: UserSettings['uiLang']) => void)[] = [];
    const lang = cardLang('en', () => new Promise((resolve) => answers.push(resolve)));
    const first = lang.read();
    lang.forget();
    const second = lang.read();
    answers[1]?.('en');
    await second;
    answers[0]?.('ar');
    await first;
    expect(lang.lang).toBe('en');
  });
});
