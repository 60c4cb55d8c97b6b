// The names a source uses for one entity, as it writes them, most frequent first. A name is the alias
// the matcher found, cut out of the marked word(s): the matcher's mark covers proclitics (و ف ب ك ل، ال،
// لل) and the nisba around the alias, which are grammar, not naming. Nisba forms (الباكستانية،
// الأمريكيين، الداعشي) are adjectives about the entity, not names for it: they are left out.

import type { EntityType } from '../types';
import { fold, foldString } from '../fold';
import type { NameUse } from './types';

/** One mention of an entity in a source, as the assembler passes it (from lib/matcher's matches). */
export interface EntityMention {
  entityId: string;
  type: EntityType;
  start: number;
  end: number;
  /** The matcher's folded alias key (lib/fold.ts); '' for proximity events, which are phrases, not names. */
  key?: string;
}

/** What may follow an alias inside the marked word: the nisba endings (folded: ة is ه). */
const NISBA = new Set(['ي', 'يه', 'يون', 'يين', 'يات', 'يا', 'ه', 'ون', 'ين', 'ات', 'ان', 'يتين']);

/** Proclitics without a key: a conjunction or preposition letter glued before the article. */
const BARE_PROCLITIC = /^(?:[وف]?[بكل]?(?=ال)|[وف](?=لل)|[وف]?ل(?=ل))/u;

/** Folded text of a short string, with the fold's map back to it. */
function folded(surface: string): { s: string; starts: Int32Array; ends: Int32Array } {
  const f = fold(surface);
  let s = '';
  for (let i = 0; i < f.length; i++) s += String.fromCharCode(f.codes[i] as number);
  return { s, starts: f.starts, ends: f.ends };
}

/**
 * The written name of one mention: the alias as the text writes it, proclitics cut off; null for a
 * nisba adjective or a proximity event. «للولايات المتحدة» (ل + ال, the alef dropped) gives
 * «الولايات المتحدة»: the article is restored, the only letters not copied from the text.
 */
export function writtenName(text: string, m: EntityMention): string | null {
  const surface = text.slice(m.start, m.end);
  if (m.key === '') return null;
  const { s, starts, ends } = folded(surface);
  if (m.key === undefined) {
    const p = BARE_PROCLITIC.exec(s)?.[0].length ?? 0;
    return p === 0 ? surface : surface.slice(starts[p] as number);
  }
  const key = m.key;
  let at = s.indexOf(key);
  let keyLength = key.length;
  let article = false;
  if (at < 0 && key.startsWith('ال')) {
    // The preposition's ل, then the article's ل, then the rest of the key.
    const elided = s.indexOf('ل' + key.slice(1));
    if (elided >= 0) {
      at = elided + 2;
      keyLength = key.length - 2;
      article = true;
    }
  }
  if (at < 0) return surface;
  const rest = s.slice(at + keyLength);
  if (rest && NISBA.has(rest)) return null;
  const from = starts[at] as number;
  const to = rest ? surface.length : (ends[at + keyLength - 1] as number);
  return (article ? 'ال' : '') + surface.slice(from, to);
}

export function namesUsed(text: string, mentions: readonly EntityMention[]): NameUse[] {
  const groups = new Map<string, { forms: Map<string, number>; count: number; first: number }>();
  mentions.forEach((m, i) => {
    const name = writtenName(text, m);
    if (!name) return;
    const key = foldString(name);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { forms: new Map(), count: 0, first: i }));
    g.count++;
    g.forms.set(name, (g.forms.get(name) ?? 0) + 1);
  });
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map((g) => {
      // The spelling the source uses most for this name (harakat and hamza forms vary within one text).
      let best = '';
      let most = 0;
      for (const [form, n] of g.forms) {
        if (n > most) {
          best = form;
          most = n;
        }
      }
      return { text: best, count: g.count };
    });
}
