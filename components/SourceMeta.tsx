// One line of metadata about a source: outlet (or that the text names none), date, kind.
import type { SourceSummary } from '../lib/types';
import { langAttrs, t } from './t';

type Meta = Pick<SourceSummary, 'outlet' | 'date'> & Partial<Pick<SourceSummary, 'author' | 'kind'>>;

export function SourceMeta({ source }: { source: Meta }) {
  const who = source.outlet ?? source.author;
  return (
    <span class="source-meta">
      {who ? (
        <span {...langAttrs(/[\u0600-\u06ff]/.test(who) ? 'ar' : 'en')}>{who}</span>
      ) : (
        <span>{t('outletUnknown')}</span>
      )}
      {' · '}
      <span>{source.date ? <time dateTime={source.date}>{source.date}</time> : t('dateUnknown')}</span>
      {source.kind && (
        <>
          {' · '}
          <span>{t(`kind_${source.kind}`)}</span>
        </>
      )}
    </span>
  );
}
