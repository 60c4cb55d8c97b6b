// The card's half as its own file (content-scripts/card-ui.js, web-accessible), imported from its
// extension URL on the first open: a frame that never opens a card then neither compiles nor keeps
// any of it. Used in place of card-load.ts by a build that emits that file (an alias in the content
// script's build); the module is evaluated in the content script's isolated world.
import { browser, type PublicPath } from 'wxt/browser';

/** Emitted only by that build, so WXT's list of public paths does not know it. */
export const CARD_UI_FILE = '/content-scripts/card-ui.js' as PublicPath;

export const loadCardUi = (): Promise<typeof import('./card-ui')> =>
  import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_FILE)) as Promise<typeof import('./card-ui')>;
