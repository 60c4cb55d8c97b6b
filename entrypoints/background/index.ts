// The background owns the database and answers every typed request (lib/messages.ts). Feature files
// contribute handlers: corpus.ts (sources, entities, gazetteer) and highlight.ts (switches, badge).
import { browser } from 'wxt/browser';
import { openDb } from '../../data/db';
import { Corpus } from './corpus';
import { comparisonHandlers } from './comparison';
import { broadcastGazetteerChanged, highlightHandlers, setupHighlight } from './highlight';
import { pendingHandlers } from './pending';
import { dispatch, isBackgroundRequest, type Handlers } from './router';

export default defineBackground(() => {
  const db = openDb();
  const corpus = new Corpus(db, broadcastGazetteerChanged);
  const handlers: Handlers = {
    ...corpus.handlers(),
    ...comparisonHandlers(corpus),
    ...highlightHandlers(db),
    ...pendingHandlers(),
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBackgroundRequest(message, handlers)) return undefined;
    return dispatch(handlers, message, sender).catch((error: unknown) => {
      console.error('Sanad background:', message, error);
      return { error: error instanceof Error ? error.message : String(error) };
    });
  });

  // On install and update the engine may be new: rebuild what it derived. On every start of the worker,
  // seed if needed (the database may have been cleared).
  browser.runtime.onInstalled.addListener(() => {
    void corpus.reindex().catch((error: unknown) => console.error('Sanad: indexing failed', error));
  });
  void corpus.ready().catch((error: unknown) => console.error('Sanad: seeding failed', error));
  setupHighlight(db);
});
