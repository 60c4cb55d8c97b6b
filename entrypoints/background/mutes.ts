// Muted aliases and entities (settings key `mutes`): what a page does not highlight, everywhere or on
// one site. Muting changes highlighting only; the stored mentions and the comparisons stay as they are.
import { getSetting, putSetting, type SanadDb } from '../../data/db';
import type { Mute } from '../../lib/types';
import { siteKey } from '../../lib/site';
import { broadcastRefresh } from './broadcast';
import type { Corpus } from './corpus';
import type { Handler } from './router';

export const MUTES_KEY = 'mutes';

const sameMute = (a: Mute, b: Mute) => a.entityId === b.entityId && a.alias === b.alias && a.site === b.site;

/** null (everywhere) before any text, so a list reads whole-entity and global mutes first. */
function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One of each, sites as site keys, sorted by entity, alias, site: the stored and exported form. */
export function normalizeMutes(mutes: readonly Mute[]): Mute[] {
  const out: Mute[] = [];
  for (const m of mutes) {
    const mute: Mute = {
      entityId: m.entityId,
      alias: m.alias,
      site: m.site === null ? null : siteKey(m.site),
    };
    if (!out.some((o) => sameMute(o, mute))) out.push(mute);
  }
  return out.sort(
    (a, b) =>
      compareNullable(a.entityId, b.entityId) ||
      compareNullable(a.alias, b.alias) ||
      compareNullable(a.site, b.site),
  );
}

export function readMutes(db: SanadDb): Promise<Mute[]> {
  return getSetting<Mute[]>(db, MUTES_KEY, []);
}

/** The mutes that apply on a site (a site key): the global ones and the site's own. */
export async function mutesOnSite(db: SanadDb, site: string): Promise<Mute[]> {
  return (await readMutes(db)).filter((m) => m.site === null || m.site === site);
}

function checkMute(mute: Mute): void {
  const textOrNull = (v: unknown) => v === null || (typeof v === 'string' && v.trim() !== '');
  if (
    typeof mute.entityId !== 'string' ||
    !mute.entityId ||
    !textOrNull(mute.alias) ||
    !textOrNull(mute.site)
  )
    throw new Error('A mute needs an entity id, and an alias and a site that are text or null.');
}

export function muteHandlers(corpus: Corpus): { [K in 'mute/list' | 'mute/set']: Handler<K> } {
  const { db } = corpus;
  return {
    'mute/list': async () => ({ mutes: await readMutes(db) }),
    'mute/set': async ({ mute, muted }) => {
      checkMute(mute);
      await corpus.ready();
      const mutes = await db.transaction('rw', db.settings, db.entities, async () => {
        if (muted && !(await db.entities.get(mute.entityId)))
          throw new Error(`No entity has this id: ${mute.entityId}`);
        const [wanted] = normalizeMutes([mute]);
        const current = await readMutes(db);
        const next = normalizeMutes(
          muted ? [...current, wanted!] : current.filter((m) => !sameMute(m, wanted!)),
        );
        await putSetting(db, MUTES_KEY, next);
        return next;
      });
      await broadcastRefresh();
      return { mutes };
    },
  };
}
