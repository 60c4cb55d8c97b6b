// The user's settings, the list of sites switched off, and what the browser says of our storage.
import * as v from 'valibot';
import { issueLines } from '../../lib/import/issues';
import { UserSettingsSchema } from '../../lib/import/schema';
import { getSetting, putSetting, type SanadDb } from '../../data/db';
import { DEFAULT_SETTINGS, type UserSettings } from '../../lib/types';
import type { StorageState } from '../../lib/messages';
import { broadcastRefresh } from './broadcast';
import type { Handler } from './router';

export const SETTINGS_KEY = 'userSettings';
/** The switches (written by highlight.ts). */
export const GLOBAL_KEY = 'globalEnabled';
export const DISABLED_SITES_KEY = 'disabledSites';

/** The stored settings over the defaults: a setting added later has its default until changed. */
export async function readSettings(db: SanadDb): Promise<UserSettings> {
  const stored = await getSetting<Partial<UserSettings>>(db, SETTINGS_KEY, {});
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** The settings with the patch applied, checked with the backup file's schema (unknown keys refused). */
export function applySettingsPatch(current: UserSettings, patch: Partial<UserSettings>): UserSettings {
  const result = v.safeParse(UserSettingsSchema, { ...current, ...patch });
  if (!result.success) throw new Error(`settings: ${issueLines(result.issues).join('; ')}`);
  return result.output;
}

async function storageState(): Promise<StorageState> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => null) : null,
    storage?.persisted ? storage.persisted().catch(() => null) : null,
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

type SettingsRequests = 'sites/list' | 'settings/get' | 'settings/set' | 'storage/state';

export function settingsHandlers(db: SanadDb): { [K in SettingsRequests]: Handler<K> } {
  return {
    'sites/list': async () => {
      const [disabled, globalEnabled] = await Promise.all([
        getSetting<string[]>(db, DISABLED_SITES_KEY, []),
        getSetting(db, GLOBAL_KEY, true),
      ]);
      return { disabled: [...disabled].sort(), globalEnabled };
    },
    'settings/get': () => readSettings(db),
    'settings/set': async ({ patch }) => {
      const next = await db.transaction('rw', db.settings, async () => {
        const merged = applySettingsPatch(await readSettings(db), patch);
        await putSetting(db, SETTINGS_KEY, merged);
        return merged;
      });
      await broadcastRefresh();
      return next;
    },
    'storage/state': storageState,
  };
}
