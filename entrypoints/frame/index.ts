// Sanad's content script, in every frame of every page (declared in wxt.config.ts). An unlisted
// script rather than a WXT content script: WXT's wrapper builds a ContentScriptContext (events,
// a message to the page, extension API calls) before anything else, in every frame; here that
// happens only once a frame holds text (entrypoints/content/first-stage.ts).
import { startFrame } from '../content/first-stage';

export default defineUnlistedScript(() => {
  startFrame();
});
