// What `webextension-polyfill` resolves to in the content script's build (see wxt.config.ts): the
// browser's own API object, `browser` in Firefox and `chrome` in Chromium. The polyfill wraps every
// namespace at load and copies the properties of `chrome` (touching lazy getters such as chrome.app):
// 2-3 ms of start-up in every frame of every page, for promises Chromium's MV3 API already returns.
// The one thing it added that we used, answering runtime.onMessage with a returned promise, is done
// with sendResponse instead (controller.ts).
import { browser } from '@wxt-dev/browser';

export default browser;
