// Messages from the background to the content scripts of every open tab.
import { browser } from 'wxt/browser';
import type { ContentRequest } from '../../lib/messages';

/** Sends to every frame of every tab; tabs without our content script (browser pages) just refuse. */
export async function broadcast(message: ContentRequest): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
    ),
  );
}

export function broadcastGazetteerChanged(version: string): void {
  void broadcast({ type: 'gazetteer/changed', version }).catch(() => undefined);
}

/** Mutes or settings changed: open pages re-read their site state and repaint. */
export function broadcastRefresh(): Promise<void> {
  return broadcast({ type: 'page/refresh' }).catch(() => undefined);
}
