// The card shown when a highlighted name is hovered or focused: what the entity is, in both languages,
// and one line per stored source that mentions it: its stance and summary in the UI language (each
// saying whether it is curated, computed or the user's), and a quote in the source's own language.
// Rendered inside a closed shadow root by entrypoints/content/card-host.ts; it knows nothing about
// positioning or the page.
import type { EntityCard } from '../lib/messages';
import { dirOf, STRINGS, type UiLang } from './i18n';
import { IsoDate } from './SourceMeta';
import { OriginBadge, StanceBadge } from './comparison/Badges';
import { COMPARE_STRINGS } from './i18n-compare';
import { langAttrs, scriptLang } from './t';
import { WhyHighlighted, type WhyProps } from './capture/WhyHighlighted';

export type CardState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; card: EntityCard };

export interface HoverCardProps {
  state: CardState;
  lang: UiLang;
  /** Shown before the card arrives, from the mark itself. */
  fallbackName: string;
  compareUrl: string;
  onCompare: (event: MouseEvent) => void;
  /** "Why is this highlighted?" and the mutes (absent when the mark cannot be explained). */
  why?: WhyProps;
}

const QUOTE_MAX = 160;
/** With a stance and a summary on every line, the card's quotes are kept shorter. */
const CARD_QUOTE_MAX = 110;

export function shortQuote(text: string, max = QUOTE_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > max * 0.6 ? lastSpace : max)}…`;
}

export function HoverCard({ state, lang, fallbackName, compareUrl, onCompare, why }: HoverCardProps) {
  const s = STRINGS[lang];
  const entity = state.status === 'ready' ? state.card.entity : null;
  const name = entity ? entity.names[lang] : fallbackName;
  return (
    <div
      class="card"
      role="dialog"
      aria-label={s.cardLabel(name)}
      lang={lang}
      dir={dirOf(lang)}
      data-testid="hover-card"
    >
      {entity ? (
        <header class="head">
          <span class={`type type-${entity.type}`} data-testid="card-type">
            {s.type[entity.type]}
          </span>
          <span class="name" lang="en" dir="ltr" data-testid="card-name-en">
            {entity.names.en}
          </span>
          <span class="name" lang="ar" dir="rtl" data-testid="card-name-ar">
            {entity.names.ar}
          </span>
        </header>
      ) : (
        <header class="head">
          <span class="name">{fallbackName}</span>
        </header>
      )}
      {state.status === 'loading' && <p class="muted">{s.loading}</p>}
      {state.status === 'error' && <p class="muted">{s.unavailable}</p>}
      {state.status === 'ready' && (
        <>
          <p class="desc" lang={lang} dir={dirOf(lang)} data-testid="card-description">
            {state.card.entity.description[lang]}
          </p>
          <h3 class="sub">{s.sourcesHeading}</h3>
          {state.card.sources.length === 0 ? (
            <p class="muted">{s.noSources}</p>
          ) : (
            <ul class="sources">
              {state.card.sources.map((source) => (
                <li key={source.sourceId} data-testid="card-source" data-source-id={source.sourceId}>
                  {/* Without a named outlet, the source's own title says more than "unknown". */}
                  <span class="outlet" {...langAttrs(scriptLang(source.outlet ?? source.title))}>
                    {source.outlet ?? <cite>{source.title}</cite>}
                  </span>
                  <span class="sep"> · </span>
                  <span class="date">{source.date ? <IsoDate date={source.date} /> : s.noDate}</span>
                  <span class="sep"> · </span>
                  <span class="count">{s.mentions(source.mentions)}</span>
                  <div class="verdicts">
                    <StanceBadge stance={source.stance} lang={lang} />
                  </div>
                  {source.summary?.[lang] && (
                    <p class="summary" lang={lang} dir={dirOf(lang)} data-origin={source.summary.origin}>
                      <OriginBadge origin={source.summary.origin} lang={lang} /> {source.summary[lang]}
                    </p>
                  )}
                  {source.quote && (
                    <q class="quote" lang={source.lang} dir={dirOf(source.lang)}>
                      {shortQuote(source.quote.text, CARD_QUOTE_MAX)}
                    </q>
                  )}
                </li>
              ))}
            </ul>
          )}
          {/* With a large corpus the card lists the first sources only; the comparison has them all. */}
          {(state.card.sourceCount ?? 0) > state.card.sources.length && (
            <p class="muted" data-testid="card-more">
              {COMPARE_STRINGS[lang].andMore((state.card.sourceCount ?? 0) - state.card.sources.length)}
            </p>
          )}
        </>
      )}
      {why && <WhyHighlighted {...why} />}
      <a
        class="compare"
        href={compareUrl}
        target="_blank"
        rel="noopener"
        onClick={onCompare}
        data-testid="card-compare"
      >
        {s.compareSources}
      </a>
    </div>
  );
}
