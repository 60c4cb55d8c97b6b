// UI strings of the options page's management panels (import, sources, entities, sites, settings,
// backup), in the two UI languages. Typed like i18n.ts: a missing string is a compile error, counts
// get real plural forms (Arabic has six). Numbers are written in Latin digits, as elsewhere.
import type { Plural, UiLang } from './i18n';
import { MANAGE_AR } from './manage/strings-ar';
import { MANAGE_EN } from './manage/strings-en';

export type PanelId = 'import' | 'sources' | 'entities' | 'sites' | 'settings' | 'backup';

export interface ManageStrings {
  nav: string;
  panel: Record<PanelId, string>;
  save: string;
  cancel: string;
  edit: string;
  remove: string;
  any: string;
  andMore: Plural;
  narrowDown: string;
  showMore: (count: number) => string;
  shown: (shown: number, total: number) => string;
  // Import
  pasteHeading: string;
  field: {
    text: string;
    title: string;
    outlet: string;
    author: string;
    date: string;
    url: string;
    lang: string;
    kind: string;
  };
  optional: string;
  pasteAdd: string;
  pasteAdded: string;
  pastedText: string;
  filesHeading: string;
  filesLabel: string;
  reading: string;
  pendingHeading: string;
  records: Plural;
  problems: Plural;
  clearPending: string;
  dryRun: string;
  dryRunHint: string;
  reportHeading: string;
  countLabel: { new: string; duplicate: string; invalid: string };
  problemsHeading: string;
  duplicatesHeading: string;
  at: (file: string, line: number | null, record: number | null) => string;
  dupBy: { url: string; text: string };
  alreadyStored: string;
  repeats: (at: string) => string;
  importRun: (count: number) => string;
  nothingNew: string;
  progress: (done: number, total: number) => string;
  resume: string;
  cancelled: Plural;
  stopped: (message: string, added: number) => string;
  done: (added: number, skipped: number) => string;
  // Sources
  searchLabel: string;
  filtersLegend: string;
  sortLabel: string;
  sort: { date: string; added: string; title: string; relevance: string };
  filterLabel: { outlet: string; lang: string; kind: string; origin: string; from: string; to: string };
  clearFilters: string;
  matching: Plural;
  titleOrigin: { curated: string; user: string; 'file-name': string };
  openReader: string;
  shippedNoDelete: string;
  deleted: string;
  undo: string;
  /** After a deleted title whose deletion a later one replaced in the trash. */
  undoGone: string;
  /** A deletion the background could not keep for undo (storage full): said, never offered. */
  noUndo: string;
  restored: Plural;
  storageHeading: string;
  storageUsed: (usage: string, quota: string | null) => string;
  storageUnknown: string;
  persist: string;
  persisted: string;
  notPersisted: string;
  // Entities
  entityFilter: string;
  edited: string;
  perSource: string;
  noMentions: string;
  aliasesHeading: string;
  caseSensitive: string;
  ruleAlways: string;
  ruleQualifiers: (words: string) => string;
  ruleNearby: (names: string) => string;
  ruleWindow: Plural;
  mute: string;
  muteEntity: string;
  muteWhere: string;
  everywhere: string;
  onSite: string;
  siteField: string;
  addAliasHeading: string;
  aliasText: string;
  ruleQualifiersField: string;
  ruleNearbyField: string;
  ruleWindowField: string;
  addAlias: string;
  mutesHeading: string;
  noMutes: string;
  /** After the entity's name, which is rendered apart in its own language. */
  wholeEntity: string;
  unmute: string;
  addEntityHeading: string;
  typeField: string;
  nameEn: string;
  nameAr: string;
  descEn: string;
  descAr: string;
  aliasesField: string;
  addEntity: string;
  needName: string;
  reindexing: string;
  removeEntity: string;
  /** The question before a removal; the alias or the entity's name follows it, in its own language. */
  confirmRemoveAlias: string;
  confirmRemoveEntity: string;
  confirmRemove: string;
  unknownNearby: (ids: string) => string;
  shippedNoRemove: string;
  // Sites
  globalOn: string;
  globalOff: string;
  noDisabled: string;
  enableSite: string;
  disableField: string;
  disableSite: string;
  // Settings
  hoverCards: string;
  uiLang: string;
  langOption: { auto: string; en: string; ar: string };
  savedSettings: string;
  // Backup
  exportHeading: string;
  exportButton: string;
  exported: (name: string) => string;
  importHeading: string;
  backupFile: string;
  modeLabel: string;
  mode: { merge: string; replace: string };
  backupImport: string;
  chooseFile: string;
  confirmReplace: string;
  confirmYes: string;
  reportLines: {
    sources: (added: number, replaced: number, unchanged: number) => string;
    /** Sources of the file skipped as the same article as a stored one (under another id). */
    duplicates: Plural;
    /** Notes of the file not written (their source was skipped and already had one on that entity). */
    notesSkipped: Plural;
    entities: (added: number, replaced: number) => string;
    notes: Plural;
    mutes: Plural;
    sites: Plural;
  };
}

export const MANAGE_STRINGS: Record<UiLang, ManageStrings> = { en: MANAGE_EN, ar: MANAGE_AR };
