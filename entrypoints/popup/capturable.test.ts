import { describe, expect, it } from 'vitest';
import { capturable } from './capturable';

describe('capturable: pages the content script can read', () => {
  it.each([
    ['https://www.bbc.com/arabic/articles/c0000000', true],
    ['http://127.0.0.1:8080/readability/nytimes-1/source.html', true],
    ['chrome://newtab/', false],
    ['chrome-extension://abcdefghijklmnop/popup.html', false],
    ['moz-extension://0d5e4b1c/options.html', false],
    ['about:blank', false],
    ['file:///home/user/page.html', false],
    ['https://chromewebstore.google.com/detail/sanad/abc', false],
    ['https://chrome.google.com/webstore/detail/abc', false],
    ['https://chrome.google.com/intl/ar/chrome/', true],
    ['https://addons.mozilla.org/ar/firefox/addon/sanad/', false],
    ['https://microsoftedge.microsoft.com/addons/detail/abc', false],
    [undefined, false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(capturable(url)).toBe(expected);
  });
});
