// WXT's ContentScriptContext (timers, listeners and observers tied to one AbortSignal, invalidation
// when the extension goes away) without its page-visible handshake. WXT announces every new context to
// the page (`window.postMessage` of "<extension id>:<name>:wxt:content-script-started") and lets a
// CustomEvent of that type on the document invalidate the older one: any page could read that Sanad is
// installed, with its id, and switch it off by dispatching the event. Our content script is started once
// per frame by frame.js, so there is no older copy to stop: both halves are left out. An orphaned copy
// (the extension reloaded under the page) still stops by itself: isInvalid reads runtime.id.
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export class QuietContext extends ContentScriptContext {
  override stopOldScripts(): void {}

  override listenForNewerScripts(): void {}
}
