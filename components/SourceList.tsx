// The stored sources, each linking to the reader. Shared by the popup and the options page.
import { browser } from 'wxt/browser';
import type { SourceSummary } from '../lib/types';
import { SourceMeta } from './SourceMeta';
import { langAttrs, ui } from './t';

export function readerUrl(sourceId: string, passage?: { start: number; end: number }): string {
  const params = new URLSearchParams({ source: sourceId });
  if (passage) {
    params.set('start', String(passage.start));
    params.set('end', String(passage.end));
  }
  return browser.runtime.getURL(`/reader.html?${params}`);
}

export function SourceList({
  sources,
  showOrigin = false,
}: {
  sources: SourceSummary[];
  showOrigin?: boolean;
}) {
  return (
    <ul class="source-list">
      {sources.map((s) => (
        <li key={s.id} data-source-id={s.id}>
          <a href={readerUrl(s.id)} target="_blank" rel="noopener" {...langAttrs(s.lang)}>
            {s.title}
          </a>
          <div class="muted">
            <SourceMeta source={s} />
            {showOrigin && (
              <>
                {' · '}
                {ui().origin[s.origin]} · {ui().characters(s.length)}
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
