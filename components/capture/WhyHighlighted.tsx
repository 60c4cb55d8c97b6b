// The hover card's "Why is this highlighted?": the alias that matched (with its language), the rule
// that let it count, in words, and the two mute buttons. The card host asks the background
// (entity/explain, mute/set); this component only shows the state it is given.
import type { MarkExplanation } from '../../lib/messages';
import { WHY_STRINGS } from './i18n-why';
import type { UiLang } from '../i18n';
import { langAttrs } from '../t';

export type MuteScope = 'site' | 'everywhere';

export type WhyState =
  | { status: 'closed' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      explanation: MarkExplanation;
      busy?: MuteScope;
      muted?: MuteScope;
      muteError?: string;
    };

export interface WhyProps {
  state: WhyState;
  lang: UiLang;
  /** The UI-language name of an entity id (a rule's nearby entities). */
  nameOf: (entityId: string) => string;
  onAsk: () => void;
  onMute: (scope: MuteScope) => void;
}

const DEFAULT_RULE_WINDOW = 6;

function Rule({
  explanation,
  lang,
  nameOf,
}: {
  explanation: MarkExplanation;
  lang: UiLang;
  nameOf: WhyProps['nameOf'];
}) {
  const s = WHY_STRINGS[lang];
  if (explanation.via === 'proximity') return <p data-rule="proximity">{s.ruleProximity}</p>;
  const rule = explanation.alias?.rule;
  if (explanation.via === 'rule' || rule) {
    return (
      <p data-rule="rule">
        {s.ruleConfirmed(
          rule?.window ?? DEFAULT_RULE_WINDOW,
          rule?.qualifiers ?? [],
          (rule?.nearby ?? []).map(nameOf),
        )}
      </p>
    );
  }
  return <p data-rule="alias">{s.ruleAlias}</p>;
}

/** What a mute button mutes: the alias (card-why.ts sends its text), or the whole entity when the mark
 * has none (a proximity match), so the label never promises a narrower mute than the one made. */
function MuteLabel({
  alias,
  scope,
  lang,
}: {
  alias: MarkExplanation['alias'];
  scope: MuteScope;
  lang: UiLang;
}) {
  const s = WHY_STRINGS[lang];
  if (!alias) return <>{s.muteEntity[scope]}</>;
  const [before, after] = s.muteAlias[scope];
  return (
    <>
      {before}
      <bdi {...langAttrs(alias.lang)}>{alias.text}</bdi>
      {after}
    </>
  );
}

export function WhyHighlighted({ state, lang, nameOf, onAsk, onMute }: WhyProps) {
  const s = WHY_STRINGS[lang];
  // The button stays where it is once pressed, so keyboard focus is not lost when the answer comes.
  const button = (
    <button
      type="button"
      class="why-button"
      data-action="why-highlighted"
      aria-expanded={state.status !== 'closed'}
      onClick={onAsk}
    >
      {s.why}
    </button>
  );
  if (state.status === 'closed') return button;
  return (
    <>
      {button}
      <section class="why" data-testid="why" aria-live="polite" aria-label={s.why}>
        {state.status === 'loading' && <p class="muted">{s.whyLoading}</p>}
        {state.status === 'error' && (
          <p class="error" role="alert">
            {s.whyFailed(state.message)}
          </p>
        )}
        {state.status === 'ready' && (
          <>
            {state.explanation.alias && (
              <p data-testid="why-alias">
                {s.matchedAlias}{' '}
                <bdi {...langAttrs(state.explanation.alias.lang)}>
                  <b>{state.explanation.alias.text}</b>
                </bdi>{' '}
                <span class="muted">({s.aliasLang[state.explanation.alias.lang]})</span>
              </p>
            )}
            <Rule explanation={state.explanation} lang={lang} nameOf={nameOf} />
            {state.explanation.muted.length > 0 && !state.muted && <p class="muted">{s.mutedAlready}</p>}
            {state.muted ? (
              <p data-testid="why-muted" role="status">
                {state.muted === 'site' ? s.mutedSite : s.mutedEverywhere}
              </p>
            ) : (
              <div class="mute-buttons">
                {(['site', 'everywhere'] as const).map((scope) => (
                  <button
                    key={scope}
                    type="button"
                    data-action={`mute-alias-${scope}`}
                    disabled={state.busy !== undefined}
                    onClick={() => onMute(scope)}
                  >
                    <MuteLabel alias={state.explanation.alias} scope={scope} lang={lang} />
                  </button>
                ))}
              </div>
            )}
            {state.muteError && (
              <p class="error" role="alert">
                {s.muteFailed(state.muteError)}
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}
