// The highlighting feature of the background: the per-site and global switches (stored in the
// `settings` table), the keyboard command, the toolbar badge, and telling open tabs when a switch or
// the gazetteer changes. Nothing that matters lives only in memory: the worker can restart at any time.
import { browser, type Browser } from 'wxt/browser';
import { getSetting, putSetting, type SanadDb } from '../../data/db';
import type { PageEntityCount, SiteState } from '../../lib/messages';
import { hostOf, siteKey } from '../../lib/site';
import type { Handler } from './router';
import { broadcast } from './broadcast';
import { mutesOnSite } from './mutes';
import { DISABLED_SITES_KEY, GLOBAL_KEY, readSettings } from './settings';

export { broadcastGazetteerChanged } from './broadcast';

type HighlightRequests =
  'site/get' | 'site/set' | 'global/set' | 'page/report' | 'page/counts' | 'compare/open';

const BADGE_COLOUR = '#1d4e89';
/**
 * The toolbar button: `action` in MV3 (Chromium), `browserAction` in Firefox's MV2 build. Reading
 * `browser.action` there gives undefined, and a call on it threw before any catch (setupHighlight then
 * stopped half-way: no badge, no shortcut, no reset on navigation).
 */
const toolbarButton = () => browser.action ?? browser.browserAction;
/** storage.session key holding one tab's reported entities, per frame. */
const badgeKey = (tabId: number) => `badge:${tabId}`;
/** Per frame id: its entity counts. storage.session dies with the browser, so no older format exists. */
type FrameEntities = Record<string, PageEntityCount[]>;

/** The counts of all frames of a tab, summed per entity, most mentioned first. */
export function sumFrames(frames: FrameEntities): PageEntityCount[] {
  const sums = new Map<string, PageEntityCount>();
  for (const entries of Object.values(frames)) {
    for (const entry of entries) {
      const sum = sums.get(entry.entityId);
      if (sum) sum.count += entry.count;
      else sums.set(entry.entityId, { ...entry });
    }
  }
  return [...sums.values()].sort((a, b) => b.count - a.count || a.entityId.localeCompare(b.entityId));
}

async function tabCounts(tabId: number): Promise<PageEntityCount[]> {
  // Reports still being written for this tab go first, so the answer includes them.
  await badgeQueue.get(tabId);
  const key = badgeKey(tabId);
  const stored = (await browser.storage.session.get(key))[key] as FrameEntities | undefined;
  return sumFrames(stored ?? {});
}

export async function siteState(db: SanadDb, host: string): Promise<SiteState> {
  const site = siteKey(host);
  const [globalEnabled, disabled, mutes, settings] = await Promise.all([
    getSetting(db, GLOBAL_KEY, true),
    getSetting<string[]>(db, DISABLED_SITES_KEY, []),
    mutesOnSite(db, site),
    readSettings(db),
  ]);
  return {
    host,
    site,
    coversSubdomains: false,
    globalEnabled,
    siteEnabled: !disabled.includes(site),
    mutes,
    hoverCards: settings.hoverCards,
  };
}

async function setSiteEnabled(db: SanadDb, host: string, enabled: boolean): Promise<SiteState> {
  const site = siteKey(host);
  await db.transaction('rw', db.settings, async () => {
    const disabled = new Set(await getSetting<string[]>(db, DISABLED_SITES_KEY, []));
    if (enabled) disabled.delete(site);
    else disabled.add(site);
    await putSetting(db, DISABLED_SITES_KEY, [...disabled].sort());
  });
  await broadcast({ type: 'highlight/state', enabled, host: site });
  return siteState(db, host);
}

// Reports of one tab are read-modify-written in storage; chaining them keeps two frames from racing.
const badgeQueue = new Map<number, Promise<void>>();

function updateBadge(tabId: number, change: (frames: FrameEntities) => FrameEntities | null): Promise<void> {
  const run = async () => {
    const key = badgeKey(tabId);
    const stored = (await browser.storage.session.get(key))[key] as FrameEntities | undefined;
    const frames = change(stored ?? {});
    if (frames === null) await browser.storage.session.remove(key);
    else await browser.storage.session.set({ [key]: frames });
    const distinct = new Set(
      Object.values(frames ?? {}).flatMap((entries) => entries.map((e) => e.entityId)),
    );
    await toolbarButton().setBadgeText({ tabId, text: distinct.size > 0 ? String(distinct.size) : '' });
  };
  const next = (badgeQueue.get(tabId) ?? Promise.resolve()).then(run, run).catch(() => undefined);
  badgeQueue.set(tabId, next);
  void next.then(() => {
    if (badgeQueue.get(tabId) === next) badgeQueue.delete(tabId);
  });
  return next;
}

async function reportPage(
  sender: Browser.runtime.MessageSender,
  entities: readonly PageEntityCount[],
): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const frame = String(sender.frameId ?? 0);
  const counted = entities
    .filter((e) => e.count > 0)
    .map(({ entityId, type, count }) => ({ entityId, type, count }));
  await updateBadge(tabId, (frames) => {
    const next = { ...frames };
    if (counted.length > 0) next[frame] = counted;
    else delete next[frame];
    return Object.keys(next).length > 0 ? next : null;
  });
}

export function highlightHandlers(db: SanadDb): { [K in HighlightRequests]: Handler<K> } {
  return {
    'site/get': ({ host }) => siteState(db, host),
    'site/set': ({ host, enabled }) => setSiteEnabled(db, host, enabled),
    'global/set': async ({ enabled }) => {
      await putSetting(db, GLOBAL_KEY, enabled);
      await broadcast({ type: 'highlight/state', enabled });
      return { globalEnabled: enabled };
    },
    'page/report': async ({ entities }, sender) => {
      await reportPage(sender, entities);
      return { ok: true };
    },
    'page/counts': async ({ tabId }) => ({ entities: await tabCounts(tabId) }),
    // Content scripts cannot open extension pages themselves (popup.html is not web-accessible).
    'compare/open': async ({ entityId }, sender) => {
      await browser.tabs.create({
        url: compareUrl(entityId),
        ...(sender.tab?.id !== undefined ? { openerTabId: sender.tab.id, index: sender.tab.index + 1 } : {}),
      });
      return { ok: true };
    },
  };
}

export function compareUrl(entityId: string): string {
  return `${browser.runtime.getURL('/compare.html')}?entity=${encodeURIComponent(entityId)}`;
}

/** The 'toggle-site' command: flips the switch of the site in `tab` (the active tab when not given). */
export async function toggleSiteOfTab(db: SanadDb, tab?: Browser.tabs.Tab): Promise<SiteState | null> {
  const target = tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  const host = hostOf(target?.url);
  if (!host) return null;
  const current = await siteState(db, host);
  return setSiteEnabled(db, host, !current.siteEnabled);
}

export function setupHighlight(db: SanadDb): void {
  void Promise.resolve()
    .then(() => toolbarButton().setBadgeBackgroundColor({ color: BADGE_COLOUR }))
    .catch(() => undefined);
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-site') void toggleSiteOfTab(db, tab).catch(() => undefined);
  });
  // A new document in the tab: forget what the previous one reported (its content script is gone).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void updateBadge(tabId, () => null);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(badgeKey(tabId)).catch(() => undefined);
  });
  // Headless browsers cannot press extension shortcuts: tests run the command through this hook.
  (globalThis as { sanadCommands?: { run(name: string): Promise<SiteState | null> } }).sanadCommands = {
    run: (name) => (name === 'toggle-site' ? toggleSiteOfTab(db) : Promise.resolve(null)),
  };
}
