// A page's content script repaints when its site's mutes change, and only then: it compares keys.
// Apart from the filter (lib/mute-filter.ts, the background's) so that the content script carries no
// folding code.
import type { Mute } from './types';

/** The same mutes in any order give the same key: a refresh repaints only when it changes. */
export function mutesKey(mutes: readonly Mute[] | undefined): string {
  return JSON.stringify(
    (mutes ?? [])
      .map((m) => [m.entityId, m.alias ?? '', m.site ?? ''])
      .sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1)),
  );
}
