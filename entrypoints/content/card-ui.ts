// The half of the hover card that exists only once a card has opened in this frame: the UI language,
// the entity cards asked for, "why is this highlighted?" and the card on the page. card-host.ts loads
// it on the first open, so mounting the cards in a frame (most never open one) asks nothing, reads no
// language and loads no Preact. Which mark is current, and when cards open or close, stays there.
import { browser } from 'wxt/browser';
import type { CardState, HoverCardProps } from '../../components/HoverCard';
import type { MuteScope } from '../../components/capture/WhyHighlighted';
import { uiLangOf } from '../../components/i18n';
import type { EntityLabel } from '../../lib/messages';
import { askBackground } from '../../lib/send';
import { entityCards } from './card-entities';
import { cardLang } from './card-lang';
import { CardView, type CardPointer } from './card-view';
import { WhyController, type DescribeMark } from './card-why';

export interface CardHostOptions {
  /** This frame's hostname (entity/explain and site mutes are about it). */
  host: string;
  /** What a mark stands for, from the highlighter (null before it exists or for a mark not ours). */
  describe: DescribeMark;
  label: (entityId: string) => EntityLabel | undefined;
}

/** What the card needs from card-host.ts, which decides which mark is current. */
export interface CardUiHooks {
  current(): HTMLElement | null;
  /** The current mark scrolled out of view: close its card. */
  close(): void;
  pointer: CardPointer;
}

export class CardUi {
  private readonly uiLang = cardLang(uiLangOf(browser.i18n.getUILanguage()), async () => {
    const settings = await askBackground(browser, { type: 'settings/get' });
    return settings.uiLang;
  });
  private readonly cardFor = entityCards((entityId) =>
    askBackground(browser, { type: 'entity/cards', ids: [entityId] }).then((r) => r.cards[0] ?? null),
  );
  private readonly why: WhyController;
  private readonly view: CardView;
  private cardState: CardState = { status: 'loading' };

  constructor(
    private readonly options: CardHostOptions,
    private readonly hooks: CardUiHooks,
  ) {
    this.view = new CardView(hooks.pointer);
    this.why = new WhyController(
      options.host,
      options.describe,
      (mark) => hooks.current() === mark,
      () => this.rerender(),
    );
  }

  get shown(): boolean {
    return this.view.shown;
  }

  /** A new mark became current: its "why" starts closed. */
  reset(): void {
    this.why.reset();
  }

  /** Asks for `mark`'s card, then shows it loading and then ready (or failed), while it stays current. */
  open(mark: HTMLElement, entityId: string): void {
    const card = this.cardFor(entityId);
    const isCurrent = () => this.hooks.current() === mark;
    void this.uiLang.read().then(() => {
      if (!isCurrent()) return;
      this.show(mark, { status: 'loading' });
      card.then(
        (found) =>
          isCurrent() && this.show(mark, found ? { status: 'ready', card: found } : { status: 'error' }),
        () => isCurrent() && this.show(mark, { status: 'error' }),
      );
    });
  }

  rerender(): void {
    const mark = this.hooks.current();
    if (mark) this.show(mark, this.cardState);
  }

  /** The page scrolled or resized: the card follows its mark, or closes when the mark left the view. */
  follow(): void {
    const mark = this.hooks.current();
    if (mark && this.view.place(mark) === 'away') this.hooks.close();
  }

  /** The settings changed: the next card asks the language again, and an open one follows now. */
  settingsChanged(): void {
    this.uiLang.forget();
    const mark = this.hooks.current();
    if (mark) void this.uiLang.read().then(() => this.hooks.current() === mark && this.rerender());
  }

  remove(): void {
    this.view.remove();
  }

  hasFocus(): boolean {
    return this.view.hasFocus();
  }

  controls(): HTMLElement[] {
    return this.view.controls();
  }

  focusedControl(): number {
    return this.view.focusedControl();
  }

  private show(mark: HTMLElement, state: CardState): void {
    this.cardState = state;
    const entityId = mark.dataset.entityId ?? '';
    const lang = this.uiLang.lang;
    const why: HoverCardProps['why'] =
      this.options.describe(mark) !== null
        ? {
            state: this.why.state,
            lang,
            nameOf: (id) => this.options.label(id)?.names[this.uiLang.lang] ?? id,
            onAsk: () => this.why.ask(mark),
            onMute: (scope: MuteScope) => this.why.mute(mark, scope),
          }
        : undefined;
    const props: HoverCardProps = {
      state,
      lang,
      fallbackName: mark.textContent ?? '',
      compareUrl: `${browser.runtime.getURL('/compare.html')}?entity=${encodeURIComponent(entityId)}`,
      onCompare: (event: MouseEvent) => {
        event.preventDefault();
        void askBackground(browser, { type: 'compare/open', entityId }).catch(() => undefined);
      },
      why,
    };
    if (this.view.show(props, mark) === 'away') this.hooks.close();
  }
}
