// Typed dispatch of BackgroundRequest messages. Each feature file contributes the handlers it owns;
// index.ts merges them, so a request type without a handler is a compile error.
import type { Browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponses } from '../../lib/messages';

export type Handler<K extends BackgroundRequest['type']> = (
  request: Extract<BackgroundRequest, { type: K }>,
  sender: Browser.runtime.MessageSender,
) => Promise<BackgroundResponses[K]>;

export type Handlers = { [K in BackgroundRequest['type']]: Handler<K> };

export function isBackgroundRequest(message: unknown, handlers: Handlers): message is BackgroundRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    Object.hasOwn(handlers, (message as { type: string }).type)
  );
}

/**
 * Requests that write the corpus or the user's data, or hand the whole of it out: only the extension's
 * own pages send them. A content script runs inside every page the user visits, so a page that
 * subverted one must not be able to delete, rewrite or export the corpus through it. What the
 * content script needs stays open to it (page/match and page/prefilter, cards, explanations, the hover
 * card's mute/set, page reports).
 */
const PAGES_ONLY: ReadonlySet<BackgroundRequest['type']> = new Set<BackgroundRequest['type']>([
  'source/add',
  'source/batch-end',
  'source/update',
  'source/delete',
  'source/undo-delete',
  'source/list',
  'source/read',
  'entity/put',
  'entity/delete',
  'note/put',
  'note/delete',
  'settings/set',
  'site/set',
  'global/set',
  'sites/list',
  'storage/state',
  'backup/export',
  'backup/import',
]);

const EXTENSION_PAGE = /^(chrome|moz)-extension:\/\//;

/**
 * Whether this request comes from a content script that may not send it. A page of the extension has
 * no `tab` (popup, options) or, opened in a tab, an extension URL; a content script has the page's.
 */
export function refused(type: BackgroundRequest['type'], sender: Browser.runtime.MessageSender): boolean {
  return PAGES_ONLY.has(type) && sender.tab !== undefined && !EXTENSION_PAGE.test(sender.url ?? '');
}

export function dispatch(
  handlers: Handlers,
  request: BackgroundRequest,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> {
  if (refused(request.type, sender))
    return Promise.reject(new Error(`${request.type} is accepted from the extension's own pages only.`));
  const handler = handlers[request.type] as Handler<typeof request.type>;
  return handler(request as never, sender);
}
