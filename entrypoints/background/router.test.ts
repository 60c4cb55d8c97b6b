import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import type { BackgroundRequest } from '../../lib/messages';
import { dispatch } from './router';
import { allHandlers, background, closeAll, HAQQANI, snapshot } from './test-setup';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
/** The content script on a BBC Arabic article (the page of internationalNews/BB-internationalNews-1057). */
const contentScript = {
  id: fakeBrowser.runtime.id,
  tab,
  frameId: 0,
  url: 'https://www.bbc.com/arabic/world-45407047',
} as Browser.runtime.MessageSender;
const sender = (url: string | undefined, withTab = true) =>
  ({ id: fakeBrowser.runtime.id, ...(withTab ? { tab } : {}), url }) as Browser.runtime.MessageSender;

describe('who may send what', () => {
  it('a content script cannot write or export the corpus; it keeps what the page needs', async () => {
    const bg = background('router-a');
    await bg.corpus.ready();
    const handlers = allHandlers(bg.corpus);
    const before = await snapshot(bg.db);
    const writes: BackgroundRequest[] = [
      { type: 'source/add', drafts: [HAQQANI] },
      { type: 'source/delete', ids: ['seed-000'] },
      { type: 'source/undo-delete', token: 'trash-x' },
      { type: 'source/update', id: 'seed-000', patch: { title: 'x' } },
      { type: 'entity/delete', id: 'kunar' },
      { type: 'settings/set', patch: { hoverCards: false } },
      { type: 'site/set', host: 'bbc.com', enabled: false },
      { type: 'global/set', enabled: false },
      { type: 'sites/list' },
      { type: 'backup/export' },
      { type: 'backup/import', json: '{}', mode: 'replace' },
    ];
    for (const request of writes)
      await expect(dispatch(handlers, request, contentScript)).rejects.toThrow(
        `${request.type} is accepted from the extension's own pages only.`,
      );
    expect(await snapshot(bg.db)).toEqual(before);

    // The hover card's «hide this» and «why» come from the content script.
    const mute = { entityId: 'pakistan', alias: 'باكستان', site: 'bbc.com' };
    expect(await dispatch(handlers, { type: 'mute/set', mute, muted: true }, contentScript)).toEqual({
      mutes: [mute],
    });
    const why = await dispatch(
      handlers,
      { type: 'entity/explain', entityId: 'pakistan', text: 'باكستان', via: 'alias', host: 'www.bbc.com' },
      contentScript,
    );
    expect(why).toMatchObject({ entityId: 'pakistan', muted: [mute] });
    const site = await dispatch(handlers, { type: 'site/get', host: 'www.bbc.com' }, contentScript);
    expect(site).toMatchObject({ site: 'bbc.com' });
  });

  it('the extension’s pages may, in a tab (Chromium or Firefox) or not', async () => {
    const bg = background('router-b');
    const handlers = allHandlers(bg.corpus);
    const pages = [
      sender('chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html'),
      sender('moz-extension://0f4c7e1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b/options.html'),
      sender(undefined, false),
    ];
    for (const from of pages)
      await expect(dispatch(handlers, { type: 'sites/list' }, from)).resolves.toEqual({
        disabled: [],
        globalEnabled: true,
      });
    // A tab whose URL is unknown is not taken for a page of the extension.
    await expect(dispatch(handlers, { type: 'sites/list' }, sender(undefined))).rejects.toThrow(
      /own pages only/,
    );
  });
});
