// UI strings of the options page's management panels (import, sources, entities, sites, settings,
// backup), in the two UI languages. Typed like i18n.ts: a missing string is a compile error, counts
// get real plural forms (Arabic has six). Numbers are written in Latin digits, as elsewhere.
import { plural, type Plural, type UiLang } from './i18n';
import { MANAGE_AR } from './manage/strings-ar';

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
  titleOrigin: { curated: string; user: string };
  openReader: string;
  shippedNoDelete: string;
  deleted: string;
  undo: string;
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
  wholeEntity: (name: string) => string;
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
    entities: (added: number, replaced: number) => string;
    notes: Plural;
    mutes: Plural;
    sites: Plural;
  };
}

const en: ManageStrings = {
  nav: 'Sections of this page',
  panel: {
    import: 'Add and import',
    sources: 'Sources',
    entities: 'Entities',
    sites: 'Sites',
    settings: 'Settings',
    backup: 'Backup',
  },
  save: 'Save',
  cancel: 'Cancel',
  edit: 'Edit',
  remove: 'Remove',
  any: 'any',
  andMore: plural('en', { one: 'and 1 more', other: 'and # more' }),
  showMore: (count) => `Show ${count} more`,
  shown: (shown, total) => `Showing ${shown} of ${total}`,
  pasteHeading: 'Paste a text',
  field: {
    text: 'Text',
    title: 'Title',
    outlet: 'Outlet',
    author: 'Author(s)',
    date: 'Date (YYYY-MM-DD)',
    url: 'URL',
    lang: 'Language (ar, en, fr, ur…)',
    kind: 'Kind',
  },
  optional: '(optional)',
  pasteAdd: 'Add to the import',
  pasteAdded: 'Added to the list below. Check it, then import.',
  pastedText: 'Pasted text',
  filesHeading: 'Import files',
  filesLabel: 'Files to import (.txt, .md, .html, .jsonl, .ndjson, ANT <DOC>)',
  reading: 'Reading the files…',
  pendingHeading: 'Read so far',
  records: plural('en', { one: '1 record', other: '# records' }),
  problems: plural('en', { one: '1 problem', other: '# problems' }),
  clearPending: 'Clear the list',
  dryRun: 'Check (dry run)',
  dryRunHint: 'Nothing is written before you press Import.',
  reportHeading: 'What the import would do',
  countLabel: { new: 'new', duplicate: 'duplicates', invalid: 'invalid' },
  problemsHeading: 'Problems',
  duplicatesHeading: 'Duplicates (not imported)',
  at: (file, line, record) =>
    [file, record !== null ? `record ${record}` : null, line !== null ? `line ${line}` : null]
      .filter(Boolean)
      .join(', '),
  dupBy: { url: 'same URL', text: 'same text' },
  alreadyStored: 'already in your sources',
  repeats: (at) => `repeats ${at}`,
  importRun: (count) => `Import ${count} new`,
  nothingNew: 'Nothing new to import.',
  progress: (done, total) => `${done} of ${total}`,
  resume: 'Resume',
  cancelled: plural('en', {
    one: 'Cancelled: 1 source was written.',
    other: 'Cancelled: # sources were written.',
  }),
  stopped: (message, added) =>
    `The import stopped: ${message} ${added === 1 ? '1 source was' : `${added} sources were`} written before.`,
  done: (added, skipped) =>
    `Done: ${added === 1 ? '1 source' : `${added} sources`} added` +
    (skipped ? `, ${skipped} skipped (already stored or refused).` : '.'),
  searchLabel: 'Search titles, outlets, authors and URLs',
  filtersLegend: 'Sort and filter the sources',
  sortLabel: 'Sort by',
  sort: {
    date: 'date (newest first)',
    added: 'added (newest first)',
    title: 'title',
    relevance: 'best match',
  },
  filterLabel: { outlet: 'Outlet', lang: 'Language', kind: 'Kind', origin: 'Origin', from: 'From', to: 'To' },
  clearFilters: 'Clear filters',
  matching: plural('en', { one: 'source matches', other: 'sources match' }),
  titleOrigin: { curated: 'title given by Sanad’s editors', user: 'title written by you' },
  openReader: 'Open in the reader',
  shippedNoDelete: 'Shipped with Sanad: it cannot be deleted (updates restore it).',
  deleted: 'Deleted:',
  undo: 'Undo',
  restored: plural('en', { one: '1 source restored.', other: '# sources restored.' }),
  storageHeading: 'Storage',
  storageUsed: (usage, quota) => (quota ? `${usage} used of ${quota} available` : `${usage} used`),
  storageUnknown: 'The browser does not say how much storage Sanad uses.',
  persist: 'Keep my data',
  persisted: 'The browser will keep Sanad’s data even when the disk runs low.',
  notPersisted: 'The browser did not grant it: it may clear Sanad’s data when the disk runs low.',
  entityFilter: 'Filter entities by name or alias',
  edited: 'edited by you',
  perSource: 'Mentions per source',
  noMentions: 'No stored source mentions it.',
  aliasesHeading: 'Aliases',
  caseSensitive: 'exact letter case',
  ruleAlways: 'counts only after an unambiguous name of the same entity in the text',
  ruleQualifiers: (words) => `counts with one of these words nearby: ${words}`,
  ruleNearby: (names) => `counts near a mention of: ${names}`,
  ruleWindow: plural('en', { one: 'within 1 word', other: 'within # words' }),
  mute: 'Mute',
  muteEntity: 'Mute the entity',
  muteWhere: 'Where',
  everywhere: 'everywhere',
  onSite: 'on one site',
  siteField: 'Site (host name)',
  addAliasHeading: 'Add an alias',
  aliasText: 'Alias',
  ruleQualifiersField: 'Only with one of these words nearby (comma-separated, optional)',
  ruleNearbyField: 'Only near these entities (ids, comma-separated, optional)',
  ruleWindowField: 'Window (words each side)',
  addAlias: 'Add alias',
  mutesHeading: 'Muted',
  noMutes: 'Nothing is muted.',
  wholeEntity: (name) => `${name} (the whole entity)`,
  unmute: 'Unmute',
  addEntityHeading: 'Add an entity',
  typeField: 'Type',
  nameEn: 'Name in English',
  nameAr: 'Name in Arabic',
  descEn: 'Description in English',
  descAr: 'Description in Arabic',
  aliasesField: 'Other aliases (one a line)',
  addEntity: 'Add the entity',
  needName: 'Give a name in English or in Arabic.',
  reindexing: 'Reindexing the corpus…',
  removeEntity: 'Remove the entity',
  shippedNoRemove: 'Shipped entities can be muted, not removed.',
  globalOn: 'Highlighting is on (sites below are switched off).',
  globalOff: 'Highlighting is switched off on every site.',
  noDisabled: 'No site is switched off.',
  enableSite: 'Switch back on',
  disableField: 'Switch off a site (host name, e.g. www.example.com)',
  disableSite: 'Switch off',
  hoverCards: 'Open a card when pointing at a highlighted name',
  uiLang: 'Language of Sanad’s pages',
  langOption: { auto: 'Browser default', en: 'English', ar: 'العربية' },
  savedSettings: 'Saved.',
  exportHeading: 'Export',
  exportButton: 'Export a backup',
  exported: (name) => `Backup ready: ${name}`,
  importHeading: 'Restore a backup',
  backupFile: 'Backup file',
  modeLabel: 'How',
  mode: { merge: 'Merge with what is stored', replace: 'Replace everything you made' },
  backupImport: 'Import the backup',
  chooseFile: 'Choose a backup file first.',
  confirmReplace:
    'Replacing deletes every source, entity, note, mute and site switch you made, and puts the backup’s in their place.',
  confirmYes: 'Replace',
  reportLines: {
    sources: (a, r, u) => `Sources: ${a} added, ${r} replaced, ${u} unchanged`,
    entities: (a, r) => `Entities: ${a} added, ${r} replaced`,
    notes: plural('en', { one: '1 note', other: '# notes' }),
    mutes: plural('en', { one: '1 mute', other: '# mutes' }),
    sites: plural('en', { one: '1 site switched off', other: '# sites switched off' }),
  },
};

export const MANAGE_STRINGS: Record<UiLang, ManageStrings> = { en, ar: MANAGE_AR };
