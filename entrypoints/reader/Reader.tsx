// One stored source, shown as stored, with an optional passage (`&start=&end=`, offsets into the
// source text) highlighted and scrolled into view: the target of every quote link.
import { browser } from 'wxt/browser';
import { useEffect, useRef } from 'preact/hooks';
import { askBackground } from '../../lib/send';
import type { Source } from '../../lib/types';
import { SourceMeta } from '../../components/SourceMeta';
import { Status } from '../../components/Status';
import { useAsync } from '../../components/useAsync';
import { langAttrs, ui } from '../../components/t';

export interface ReaderParams {
  sourceId: string | null;
  passage: { start: number; end: number } | null;
}

export function readerParams(search: string): ReaderParams {
  const params = new URLSearchParams(search);
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  const valid =
    params.has('start') &&
    params.has('end') &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end > start;
  return { sourceId: params.get('source'), passage: valid ? { start, end } : null };
}

function SourceText({ source, passage }: { source: Source; passage: ReaderParams['passage'] }) {
  const markRef = useRef<HTMLElement>(null);
  useEffect(() => markRef.current?.scrollIntoView({ block: 'center' }), []);
  const text = source.text;
  const p = passage && passage.end <= text.length ? passage : null;
  return (
    <div class="reader-text" {...langAttrs(source.lang)}>
      {p ? (
        <>
          {text.slice(0, p.start)}
          <mark class="passage" ref={markRef} data-testid="passage">
            {text.slice(p.start, p.end)}
          </mark>
          {text.slice(p.end)}
        </>
      ) : (
        text
      )}
    </div>
  );
}

export function Reader({ params }: { params: ReaderParams }) {
  const { sourceId } = params;
  const state = useAsync(async () =>
    sourceId ? (await askBackground(browser, { type: 'source/get', id: sourceId })).source : null,
  );
  if (!sourceId)
    return (
      <p class="error" role="alert">
        {ui().readerMissingId}
      </p>
    );
  return (
    <Status state={state}>
      {(source) =>
        source ? (
          <article>
            <h1 {...langAttrs(source.lang)}>{source.title}</h1>
            <p class="muted">
              <SourceMeta source={source} />
            </p>
            <SourceText source={source} passage={params.passage} />
          </article>
        ) : (
          <p class="error" role="alert">
            {ui().sourceNotFound(sourceId)}
          </p>
        )
      }
    </Status>
  );
}
