// Which pages the capture button is offered on: the ones our content script can run in. Browsers
// keep extensions out of their own pages (chrome://, about:, other extensions' pages) and their stores.

/** The stores, as `host` + path prefix. */
const STORES: { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** Whether the content script can run on this URL at all (http(s) pages outside the stores). */
export function capturable(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, hostname, pathname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return false;
    return !STORES.some((store) => hostname === store.host && pathname.startsWith(store.path));
  } catch {
    return false;
  }
}
