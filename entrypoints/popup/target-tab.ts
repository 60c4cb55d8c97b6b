// Which tab the popup speaks about: `?tabId=<id>` (tests open the popup as a page) or the active tab.
import { browser, type Browser } from 'wxt/browser';

export async function targetTab(search = location.search): Promise<Browser.tabs.Tab | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) {
    const id = Number(param);
    if (!Number.isInteger(id)) throw new Error(`tabId must be a number, got “${param}”`);
    return browser.tabs.get(id);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}
