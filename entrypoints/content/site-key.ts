/**
 * The key a site switch is stored under: the hostname, lower-cased, without a trailing dot or a
 * leading "www.". Deliberately not the registrable domain: switching off news.example.com leaves
 * mail.example.com on. Shared by the content script and the background (a pure function, no imports).
 */
export function siteKey(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}
