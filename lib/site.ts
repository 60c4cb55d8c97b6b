/**
 * The key a site switch is stored under: the hostname, lower-cased, without a trailing dot or a
 * leading "www.". Deliberately not the registrable domain: switching off news.example.com leaves
 * mail.example.com on. Shared by the content script, the popup and the background.
 */
export function siteKey(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** The hostname of a web page's URL; null for browser pages, files and anything not http(s). */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}
