// The card's half as its own file (content-scripts/card-ui.js, web-accessible), imported from its
// extension URL on the first open: a frame that never opens a card then neither downloads, compiles
// nor keeps any of it. Used in place of card-load.ts by a build that emits that file (see the
// report of the hover-card split); the module is evaluated in the content script's isolated world.
import { browser } from 'wxt/browser';

export const CARD_UI_FILE = '/content-scripts/card-ui.js';

export const loadCardUi = (): Promise<typeof import('./card-ui')> =>
  import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_FILE)) as Promise<typeof import('./card-ui')>;
