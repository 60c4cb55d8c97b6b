// Typed senders over the one message protocol. Kept here (not in entrypoints) because pages,
// the content script and the hover card all use them; `browser` is injected to keep lib/ free of
// extension globals.
import type { BackgroundRequest, ContentRequest, ContentResponseOf, ResponseOf } from './messages';

interface MessagingApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs?: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> };
}

export async function askBackground<R extends BackgroundRequest>(
  api: MessagingApi,
  request: R,
): Promise<ResponseOf<R>> {
  const response = await api.runtime.sendMessage(request);
  if (response && typeof response === 'object' && 'error' in response) {
    throw new Error(String((response as { error: unknown }).error));
  }
  return response as ResponseOf<R>;
}

export async function askTab<R extends ContentRequest>(
  api: MessagingApi,
  tabId: number,
  request: R,
  frameId = 0,
): Promise<ContentResponseOf<R>> {
  if (!api.tabs) throw new Error('tabs API unavailable here');
  return (await api.tabs.sendMessage(tabId, request, { frameId })) as ContentResponseOf<R>;
}
