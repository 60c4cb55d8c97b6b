// Which matches stay unmarked because the user muted them on this site (SiteState.mutes). Muting
// changes highlighting only: the matcher still sees every match (so "named earlier" rules still
// work), and the filter drops marks afterwards. Applied in the background's page/match, next to the
// matcher (it folds text as the matcher does, and the fold tables stay out of the content script).
// With no mutes there is no filter at all.
import { foldString, isWordCode } from './fold';
import { AL_PREFIXES, CLITICS, LL_PREFIXES, NISBA_SUFFIXES, YA_SUFFIXES } from './matcher/affixes';
import type { Match } from './matcher/types';
import type { Mute } from './types';

export interface MuteFilter {
  /** The matches of `text` that stay marked, in order. */
  keep(text: string, matches: readonly Match[]): Match[];
}

const asStrings = (list: readonly Uint16Array[]) => new Set(list.map((u) => String.fromCharCode(...u)));
/**
 * A mark covers the whole word as written («لداعش», «والطالبان», «الباكستانية»): the muted alias counts as
 * a whole word when what joins it inside the word is one of the affixes the matcher accepts.
 */
const PREFIXES = new Set([...asStrings(CLITICS), ...asStrings(AL_PREFIXES), ...asStrings(LL_PREFIXES)]);
const SUFFIXES = new Set([...asStrings(NISBA_SUFFIXES), ...asStrings(YA_SUFFIXES)]);

function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
  return i;
}

function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  return i;
}

const LL = new Set(asStrings(LL_PREFIXES));

/** Whether folded `alias` occurs in folded `text` as a whole word sequence (affixes allowed). */
export function containsWords(text: string, alias: string): boolean {
  if (alias.length === 0) return false;
  if (occursWith(text, alias, PREFIXES)) return true;
  // ل + ال is written لل: «للهند» holds «الهند» without its alef.
  return alias.startsWith('ال') && alias.length > 3 && occursWith(text, alias.slice(2), LL);
}

function occursWith(text: string, alias: string, prefixes: ReadonlySet<string>): boolean {
  for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
    const end = at + alias.length;
    const before = text.slice(wordStart(text, at), at);
    const after = text.slice(end, wordEnd(text, end));
    const prefixOk = prefixes === LL ? LL.has(before) : before === '' || prefixes.has(before);
    if (prefixOk && (after === '' || SUFFIXES.has(after))) return true;
  }
  return false;
}

/** A filter for these mutes, or null when there is nothing to filter. */
export function muteFilter(mutes: readonly Mute[] | undefined): MuteFilter | null {
  if (!mutes || mutes.length === 0) return null;
  const entities = new Set<string>();
  const aliases = new Map<string, string[]>();
  for (const mute of mutes) {
    if (mute.alias === null) {
      entities.add(mute.entityId);
      continue;
    }
    const folded = foldString(mute.alias).trim();
    if (!folded) continue;
    const list = aliases.get(mute.entityId) ?? [];
    list.push(folded);
    aliases.set(mute.entityId, list);
  }
  const dropped = (match: Match, text: string): boolean => {
    if (entities.has(match.entityId)) return true;
    const muted = aliases.get(match.entityId);
    if (!muted) return false;
    const marked = foldString(text.slice(match.start, match.end));
    return muted.some((alias) => containsWords(marked, alias));
  };
  return {
    keep(text, matches) {
      const kept: Match[] = [];
      for (const match of matches) {
        if (dropped(match, text)) continue;
        // A muted entity named inside an event's span is not counted as on the page.
        const inner = match.inner?.filter((i) => !entities.has(i.entityId));
        kept.push(inner && inner.length !== match.inner?.length ? { ...match, inner } : match);
      }
      return kept;
    },
  };
}
