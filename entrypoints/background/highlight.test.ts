import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { openDb, type SanadDb } from '../../data/db';
import { siteKey } from '../../lib/site';
import { highlightHandlers } from './highlight';

const sender = {} as Browser.runtime.MessageSender;

describe('site and global switches', () => {
  let db: SanadDb;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = openDb(`highlight-${Math.random()}`);
    await db.open();
  });

  it('keys a site by host without www, not covering other subdomains', () => {
    expect(siteKey('WWW.Example.com.')).toBe('example.com');
    expect(siteKey('news.example.com')).toBe('news.example.com');
  });

  it('is on by default, remembers a site switched off, and tells open tabs', async () => {
    const handlers = highlightHandlers(db);
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await fakeBrowser.tabs.create({ url: 'https://www.example.com/a' });
    expect(await handlers['site/get']({ type: 'site/get', host: 'example.com' }, sender)).toMatchObject({
      globalEnabled: true,
      siteEnabled: true,
      coversSubdomains: false,
    });
    const off = await handlers['site/set'](
      { type: 'site/set', host: 'www.example.com', enabled: false },
      sender,
    );
    expect(off).toMatchObject({ site: 'example.com', siteEnabled: false });
    expect((await handlers['site/get']({ type: 'site/get', host: 'example.com' }, sender)).siteEnabled).toBe(
      false,
    );
    expect(
      (await handlers['site/get']({ type: 'site/get', host: 'mail.example.com' }, sender)).siteEnabled,
    ).toBe(true);
    expect(sent).toHaveBeenCalledWith(expect.any(Number), {
      type: 'highlight/state',
      enabled: false,
      host: 'example.com',
    });
    await handlers['global/set']({ type: 'global/set', enabled: false }, sender);
    expect((await handlers['site/get']({ type: 'site/get', host: 'other.org' }, sender)).globalEnabled).toBe(
      false,
    );
  });
});
