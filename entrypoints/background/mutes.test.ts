import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/types';
import { background, closeAll } from './test-setup';

beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

describe('mutes', () => {
  it('mute/set keeps one of each, sorted, tells every tab to refresh, and site/get gives the site’s mutes', async () => {
    const bg = background('mute-a');
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.bbc.com/arabic' });
    await fakeBrowser.tabs.create({ url: 'https://www.dawn.com/news' });

    await bg.send({
      type: 'mute/set',
      mute: { entityId: 'taliban', alias: 'طالبان', site: 'WWW.BBC.com' },
      muted: true,
    });
    expect(sent).toHaveBeenCalledWith(tab.id, { type: 'page/refresh' });
    // Every tab: the fake browser's own blank tab and the two opened here.
    expect(sent).toHaveBeenCalledTimes(3);
    await bg.send({
      type: 'mute/set',
      mute: { entityId: 'taliban', alias: 'طالبان', site: 'bbc.com' },
      muted: true,
    });
    await bg.send({ type: 'mute/set', mute: { entityId: 'pakistan', alias: null, site: null }, muted: true });
    const { mutes } = await bg.send({ type: 'mute/list' });
    expect(mutes).toEqual([
      { entityId: 'pakistan', alias: null, site: null },
      { entityId: 'taliban', alias: 'طالبان', site: 'bbc.com' },
    ]);

    const bbc = await bg.send({ type: 'site/get', host: 'www.bbc.com' });
    expect(bbc.mutes).toEqual(mutes);
    expect(bbc.hoverCards).toBe(true);
    const dawn = await bg.send({ type: 'site/get', host: 'dawn.com' });
    expect(dawn.mutes).toEqual([{ entityId: 'pakistan', alias: null, site: null }]);

    sent.mockClear();
    const after = await bg.send({
      type: 'mute/set',
      mute: { entityId: 'taliban', alias: 'طالبان', site: 'bbc.com' },
      muted: false,
    });
    expect(after.mutes).toEqual([{ entityId: 'pakistan', alias: null, site: null }]);
    expect(sent).toHaveBeenCalledTimes(3);
    await expect(
      bg.send({
        type: 'mute/set',
        mute: { entityId: 'no-such-entity', alias: null, site: null },
        muted: true,
      }),
    ).rejects.toThrow(/No entity/);
  });
});

describe('settings and sites', () => {
  it('merges settings over the defaults, refuses unknown values, and refreshes tabs on a change', async () => {
    const bg = background('settings-a');
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.bbc.com/arabic' });
    expect(await bg.send({ type: 'settings/get' })).toEqual(DEFAULT_SETTINGS);
    expect(await bg.send({ type: 'settings/set', patch: { hoverCards: false } })).toEqual({
      hoverCards: false,
      uiLang: 'auto',
    });
    expect(sent).toHaveBeenCalledWith(tab.id, { type: 'page/refresh' });
    expect((await bg.send({ type: 'site/get', host: 'bbc.com' })).hoverCards).toBe(false);
    await expect(
      bg.send({ type: 'settings/set', patch: { uiLang: 'fr' } as unknown as { uiLang: 'en' } }),
    ).rejects.toThrow(/uiLang/);
    await expect(
      bg.send({ type: 'settings/set', patch: { theme: 'dark' } as unknown as { uiLang: 'en' } }),
    ).rejects.toThrow(/theme/);
    expect(await bg.send({ type: 'settings/get' })).toEqual({ hoverCards: false, uiLang: 'auto' });
  });

  it('lists the sites switched off, sorted, with the global switch', async () => {
    const bg = background('sites-a');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await bg.send({ type: 'site/set', host: 'www.dawn.com', enabled: false });
    await bg.send({ type: 'site/set', host: 'bbc.com', enabled: false });
    await bg.send({ type: 'global/set', enabled: false });
    expect(await bg.send({ type: 'sites/list' })).toEqual({
      disabled: ['bbc.com', 'dawn.com'],
      globalEnabled: false,
    });
  });

  it('storage/state reports the estimate and persistence when the browser has them, null otherwise', async () => {
    const bg = background('storage-a');
    const storage = {
      estimate: () => Promise.resolve({ usage: 1234, quota: 5678 }),
      persisted: () => Promise.resolve(true),
    };
    vi.stubGlobal('navigator', { storage });
    expect(await bg.send({ type: 'storage/state' })).toEqual({ usage: 1234, quota: 5678, persisted: true });
    vi.stubGlobal('navigator', {});
    expect(await bg.send({ type: 'storage/state' })).toEqual({ usage: null, quota: null, persisted: null });
    vi.unstubAllGlobals();
  });
});
