// Links between the extension's pages: a quote opens the reader at its passage; an entity opens its
// full comparison. Extension URLs only: nothing here reaches the network.
import { browser } from 'wxt/browser';

export function quoteUrl(sourceId: string, span: { start: number; end: number }, entityId: string): string {
  const params = new URLSearchParams({
    source: sourceId,
    start: String(span.start),
    end: String(span.end),
    entity: entityId,
  });
  return browser.runtime.getURL(`/reader.html?${params}`);
}

export function comparePageUrl(entityId: string): string {
  return browser.runtime.getURL(`/compare.html?${new URLSearchParams({ entity: entityId })}`);
}
