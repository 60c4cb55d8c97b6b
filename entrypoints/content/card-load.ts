// How the card's half (card-ui.ts: Preact, the card's CSS and strings) is loaded on the first open.
// By default it is part of the content script's bundle, where it is compiled in every frame but only
// run on the first open. A build that ships card-ui as its own file, imported from its extension URL
// on the first open, replaces this one module (an alias in the content script's build).
export const loadCardUi = (): Promise<typeof import('./card-ui')> => import('./card-ui');
