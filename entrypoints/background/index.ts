// The background owns the database and answers every typed request (lib/messages.ts). Feature files
// contribute handlers: corpus.ts (sources, entities, gazetteer), comparison.ts, highlight.ts (switches,
// badge), and corpus management: sources-admin.ts, source-trash.ts, entities-admin.ts, mutes.ts,
// settings.ts (sites, settings, storage), backup.ts; page-match.ts matches the content scripts' text.
import { browser } from 'wxt/browser';
import { openDb } from '../../data/db';
import { Corpus } from './corpus';
import { comparisonHandlers } from './comparison';
import { broadcastGazetteerChanged, highlightHandlers, setupHighlight } from './highlight';
import { sourceAdminHandlers } from './sources-admin';
import { trashHandlers } from './source-trash';
import { entityAdminHandlers } from './entities-admin';
import { muteHandlers } from './mutes';
import { settingsHandlers } from './settings';
import { backupHandlers } from './backup';
import { pageMatchHandlers } from './page-match';
import { dispatch, isBackgroundRequest, type Handlers } from './router';

export default defineBackground(() => {
  const db = openDb();
  const corpus = new Corpus(db, broadcastGazetteerChanged);
  const handlers: Handlers = {
    ...corpus.handlers(),
    ...comparisonHandlers(corpus),
    ...highlightHandlers(db),
    ...sourceAdminHandlers(corpus),
    ...trashHandlers(corpus),
    ...entityAdminHandlers(corpus),
    ...muteHandlers(corpus),
    ...settingsHandlers(db),
    ...backupHandlers(corpus),
    ...pageMatchHandlers(corpus),
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBackgroundRequest(message, handlers)) return undefined;
    return dispatch(handlers, message, sender).catch((error: unknown) => {
      // The type only: a request may carry a whole backup or article text.
      console.error('Sanad background:', message.type, error);
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
