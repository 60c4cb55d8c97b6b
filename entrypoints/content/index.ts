// The content script: highlights the corpus's entities on every page (see controller.ts).
import { runContentScript } from './controller';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // Never throw into the page: a failure here only means no highlights.
    runContentScript(ctx).catch((error: unknown) => console.debug('Sanad: highlighting unavailable', error));
  },
});
