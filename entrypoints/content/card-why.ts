// The hover card's "why is this highlighted?" and its mute buttons: asks the background to explain the
// mark (entity/explain, with the marked words and how the engine found them) and to mute it
// (mute/set). The background then tells every tab of the site to repaint (page/refresh).
import { browser } from 'wxt/browser';
import type { MuteScope, WhyState } from '../../components/capture/WhyHighlighted';
import type { Match } from '../../lib/matcher/types';
import { askBackground } from '../../lib/send';
import { siteKey } from '../../lib/site';

export type DescribeMark = (
  mark: HTMLElement,
) => { entityId: string; via: Match['via']; text: string } | null;

export class WhyController {
  state: WhyState = { status: 'closed' };

  constructor(
    /** This frame's hostname. */
    private readonly host: string,
    private readonly describe: DescribeMark,
    /** Whether `mark` still has the card open (an answer for a closed card is dropped). */
    private readonly isCurrent: (mark: HTMLElement) => boolean,
    private readonly rerender: () => void,
  ) {}

  reset(): void {
    this.state = { status: 'closed' };
  }

  private set(mark: HTMLElement, state: WhyState): void {
    if (!this.isCurrent(mark)) return;
    this.state = state;
    this.rerender();
  }

  ask(mark: HTMLElement): void {
    const about = this.describe(mark);
    if (!about) return;
    this.set(mark, { status: 'loading' });
    askBackground(browser, { type: 'entity/explain', ...about, host: this.host }).then(
      (explanation) => this.set(mark, { status: 'ready', explanation }),
      (e: unknown) => this.set(mark, { status: 'error', message: String(e) }),
    );
  }

  mute(mark: HTMLElement, scope: MuteScope): void {
    const ready = this.state;
    if (ready.status !== 'ready') return;
    const { entityId, alias } = ready.explanation;
    this.set(mark, { ...ready, busy: scope, muteError: undefined });
    const site = scope === 'site' ? siteKey(this.host) : null;
    askBackground(browser, {
      type: 'mute/set',
      mute: { entityId, alias: alias?.text ?? null, site },
      muted: true,
    }).then(
      () => this.set(mark, { ...ready, muted: scope }),
      (e: unknown) => this.set(mark, { ...ready, muteError: String(e) }),
    );
  }
}
