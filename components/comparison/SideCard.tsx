// One source's side, as a card (the popup stacks them): who and when, its stance and summary in the
// UI language, the claims other sources dispute first, 1–3 quotes with the entity's names marked,
// the curated points with their quotes, and the user's note.
import type { SourceSide } from '../../lib/messages';
import type { Entity } from '../../lib/types';
import { COMPARE_STRINGS } from '../i18n-compare';
import { dirOf, type UiLang } from '../i18n';
import { OriginBadge, StanceBadge } from './Badges';
import { ClaimLine } from './ClaimLine';
import { QuoteLink } from './QuoteLink';
import { claimsToShow, namesToMark } from './side-helpers';
import { SourceLine, SourceTitle } from './SourceLabel';
import { SummaryText } from './SummaryText';

export function CuratedPoints({
  side,
  entityId,
  names,
  lang,
}: {
  side: SourceSide;
  entityId: string;
  names: readonly string[];
  lang: UiLang;
}) {
  const s = COMPARE_STRINGS[lang];
  if (!side.curatedPoints?.length) return null;
  return (
    <ul class="points" aria-label={s.pointsLabel}>
      {side.curatedPoints.map((point, i) => (
        <li key={i} class="point" data-origin="curated">
          <span lang={lang} dir={dirOf(lang)}>
            {point[lang]}
          </span>
          {point.quotes.map((q) => (
            <blockquote class="quote" key={q.start}>
              <QuoteLink
                sourceId={side.source.id}
                entityId={entityId}
                span={q}
                lang={side.source.lang}
                names={names}
                label={s.openQuote}
              />
            </blockquote>
          ))}
        </li>
      ))}
    </ul>
  );
}

export function UserNoteText({
  side,
  entityId,
  names,
  lang,
}: {
  side: SourceSide;
  entityId: string;
  names: readonly string[];
  lang: UiLang;
}) {
  const note = side.userNote;
  if (!note?.text && !note?.passage) return null;
  const s = COMPARE_STRINGS[lang];
  return (
    <div class="user-note" data-origin="user">
      <span class="visually-hidden">{`${s.userNoteLabel}: `}</span>
      <OriginBadge origin="user" lang={lang} />{' '}
      {/* The user may write in either language: the browser guesses the direction from the text. */}
      {note.text && <span dir="auto">{note.text}</span>}
      {note.passage && (
        <blockquote class="quote">
          <QuoteLink
            sourceId={side.source.id}
            entityId={entityId}
            span={note.passage}
            lang={side.source.lang}
            names={names}
            label={s.openQuote}
          />
        </blockquote>
      )}
    </div>
  );
}

export function SideCard({
  side,
  entity,
  disputed,
  lang,
  maxQuotes = 3,
  maxClaims = 3,
  nameOf,
}: {
  side: SourceSide;
  entity: Entity;
  disputed: ReadonlySet<string>;
  lang: UiLang;
  maxQuotes?: number;
  maxClaims?: number;
  nameOf?: (entityId: string) => string;
}) {
  const s = COMPARE_STRINGS[lang];
  const { source, characterization } = side;
  const names = namesToMark(entity, characterization);
  const claims = claimsToShow(source.id, characterization.claims, disputed, maxClaims);
  return (
    <li class="source-card" data-source-id={source.id}>
      <SourceLine source={source} lang={lang} />
      <SourceTitle source={source} />
      <div class="stance-row">
        <StanceBadge stance={side.stance} lang={lang} />
      </div>
      <SummaryText summary={side.summary} lang={lang} />
      <UserNoteText side={side} entityId={entity.id} names={names} lang={lang} />
      {claims.length > 0 && (
        <div class="claims">
          <h4 class="label">
            {s.claimsLabel} <OriginBadge origin="computed" lang={lang} />
          </h4>
          {claims.map(({ claim, disputed }) => (
            <div class={disputed ? 'claim-row disputed' : 'claim-row'} key={claim.start}>
              <ClaimLine
                claim={claim}
                sourceId={source.id}
                sourceLang={source.lang}
                entityId={entity.id}
                characterization={characterization}
                names={names}
                lang={lang}
                nameOf={nameOf}
              />
            </div>
          ))}
        </div>
      )}
      {characterization.quotes.length > 0 && (
        <div class="quotes">
          <h4 class="label">
            {s.quotesLabel} <OriginBadge origin="computed" lang={lang} />
          </h4>
          {characterization.quotes.slice(0, maxQuotes).map((q) => (
            <blockquote class="quote" key={q.start}>
              <QuoteLink
                sourceId={source.id}
                entityId={entity.id}
                span={q}
                lang={source.lang}
                names={names}
                label={s.openQuote}
              />
            </blockquote>
          ))}
        </div>
      )}
      {side.curatedPoints && side.curatedPoints.length > 0 && (
        <details class="points-box">
          <summary>
            {s.pointsLabel} <OriginBadge origin="curated" lang={lang} />
          </summary>
          <CuratedPoints side={side} entityId={entity.id} names={names} lang={lang} />
        </details>
      )}
    </li>
  );
}
