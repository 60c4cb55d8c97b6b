// One claim: what it states in the UI's words («more than 2,500 fighters»), who the source credits
// with it and whether it distances itself, and the source's own sentence with the claim's words in
// bold. The words are the UI's; the quote stays in the source's language.
import type { Characterization, Claim } from '../../lib/characterize/types';
import { COMPARE_STRINGS } from '../i18n-compare';
import type { UiLang } from '../i18n';
import { langAttrs } from '../t';
import { claimValueText } from './format';
import { QuoteLink } from './QuoteLink';
import { claimPassage } from './side-helpers';

export function ClaimLine({
  claim,
  sourceId,
  sourceLang,
  entityId,
  characterization,
  names,
  lang,
  nameOf = (id) => id,
}: {
  claim: Claim;
  sourceId: string;
  sourceLang: string;
  entityId: string;
  characterization: Characterization | null;
  names: readonly string[];
  lang: UiLang;
  /** An entity's name in the UI language (a `branch` claim names its parent organization). */
  nameOf?: (entityId: string) => string;
}) {
  const s = COMPARE_STRINGS[lang];
  const passage = claimPassage(claim, characterization);
  return (
    <div class="claim" data-attribute={claim.attribute}>
      <span class="claim-value">
        <bdi>{claimValueText(claim, lang)}</bdi>
      </span>
      {claim.attributedTo && (
        <span class="claim-note">
          {' · '}
          {s.attributedTo} <q {...langAttrs(sourceLang)}>{claim.attributedTo.text}</q>
        </span>
      )}
      {claim.hedge && (
        <span class="claim-note">
          {' · '}
          {s.hedged} <q {...langAttrs(sourceLang)}>{claim.hedge.text}</q>
        </span>
      )}
      {claim.via === 'reference' && <span class="claim-note muted">{` · ${s.viaReference}`}</span>}
      {claim.via === 'branch' && claim.branchOf && (
        <span class="claim-note muted">{` · ${s.viaBranch(nameOf(claim.branchOf))}`}</span>
      )}
      <blockquote class="quote">
        <QuoteLink
          sourceId={sourceId}
          entityId={entityId}
          span={passage}
          lang={sourceLang}
          names={names}
          emphasis={claim}
          label={s.openQuote}
        />
      </blockquote>
    </div>
  );
}
