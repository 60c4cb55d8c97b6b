// Who says it and when: the outlet (else the author, else the source's title), the date and the kind.
// A title not written by the source itself says who gave it.
import type { SourceBrief } from '../../lib/messages';
import { COMPARE_STRINGS } from '../i18n-compare';
import { STRINGS, type UiLang } from '../i18n';
import { langAttrs, scriptLang } from '../t';
import { formatIsoDate } from './format';

export function SourceName({
  source,
}: {
  source: Pick<SourceBrief, 'outlet' | 'author' | 'title' | 'lang'>;
}) {
  const who = source.outlet ?? source.author;
  if (who)
    return (
      <span class="source-name" {...langAttrs(scriptLang(who))}>
        {who}
      </span>
    );
  return (
    <cite class="source-name" {...langAttrs(source.lang)}>
      {source.title}
    </cite>
  );
}

export function SourceDate({ date, lang }: { date: string | null; lang: UiLang }) {
  if (!date) return <span class="muted">{STRINGS[lang].noDate}</span>;
  return <time dateTime={date}>{formatIsoDate(date, lang)}</time>;
}

export function SourceLine({ source, lang }: { source: SourceBrief; lang: UiLang }) {
  const s = STRINGS[lang];
  const c = COMPARE_STRINGS[lang];
  return (
    <div class="source-line">
      <SourceName source={source} />
      <span class="muted">
        {' · '}
        <SourceDate date={source.date} lang={lang} />
        {' · '}
        {s.kind[source.kind]}
        {source.titleOrigin !== 'source' && (
          <>
            {' · '}
            {c.titleOrigin[source.titleOrigin]}
          </>
        )}
      </span>
    </div>
  );
}

/** The source's title in its own language, when the name above is the outlet or the author. */
export function SourceTitle({ source }: { source: SourceBrief }) {
  if (!(source.outlet ?? source.author)) return null;
  return (
    <div class="source-title" {...langAttrs(source.lang)}>
      {source.title}
    </div>
  );
}
