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

export function dispatch(
  handlers: Handlers,
  request: BackgroundRequest,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> {
  const handler = handlers[request.type] as Handler<typeof request.type>;
  return handler(request as never, sender);
}
