// For the background's tests only: a database with the shipped corpus and every handler, as index.ts
// merges them, and real drafts to add (the opening lines of three BBC Arabic articles of ant-bbc).
import { vi } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { openDb, type SanadDb } from '../../data/db';
import type { SourceDraft } from '../../lib/import/types';
import type { BackgroundRequest, BackgroundResponses } from '../../lib/messages';
import { Corpus } from './corpus';
import { comparisonHandlers } from './comparison';
import { highlightHandlers } from './highlight';
import { dispatch, type Handlers } from './router';
import { sourceAdminHandlers } from './sources-admin';
import { trashHandlers } from './source-trash';
import { entityAdminHandlers } from './entities-admin';
import { muteHandlers } from './mutes';
import { settingsHandlers } from './settings';
import { backupHandlers } from './backup';
import { pageMatchHandlers } from './page-match';

const sender = { id: fakeBrowser.runtime.id } as Browser.runtime.MessageSender;

export function allHandlers(corpus: Corpus): Handlers {
  return {
    ...corpus.handlers(),
    ...comparisonHandlers(corpus),
    ...highlightHandlers(corpus.db),
    ...sourceAdminHandlers(corpus),
    ...trashHandlers(corpus),
    ...entityAdminHandlers(corpus),
    ...muteHandlers(corpus),
    ...settingsHandlers(corpus.db),
    ...backupHandlers(corpus),
    ...pageMatchHandlers(corpus),
  };
}

export interface Background {
  db: SanadDb;
  corpus: Corpus;
  gazetteerChanged: ReturnType<typeof vi.fn>;
  send<R extends BackgroundRequest>(request: R): Promise<BackgroundResponses[R['type']]>;
}

const opened: SanadDb[] = [];

/** A background on its own database; `restart()` gives a new one on the same database (a new worker). */
export function background(name: string, db = openDb(`${name}-${Math.random()}`)): Background {
  opened.push(db);
  const gazetteerChanged = vi.fn();
  const corpus = new Corpus(db, gazetteerChanged);
  const handlers = allHandlers(corpus);
  return {
    db,
    corpus,
    gazetteerChanged,
    send: <R extends BackgroundRequest>(request: R) =>
      dispatch(handlers, request, sender) as Promise<BackgroundResponses[R['type']]>,
  };
}

export async function closeAll(): Promise<void> {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
}

/** Every table's rows, for "nothing changed" checks. */
export async function snapshot(db: SanadDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

const bbc = (title: string, url: string, date: string, text: string): SourceDraft => ({
  title,
  titleOrigin: 'source',
  outlet: 'BBC',
  author: null,
  date,
  url,
  lang: 'ar',
  kind: 'news',
  text,
  format: 'ant-doc',
});

/** internationalNews/BB-internationalNews-1057-20180904.txt (title, URL, first two lines of TEXT). */
export const HAQQANI = bbc(
  'طالبان تعلن وفاة مؤسس جماعة حقاني الأفغانية المتشددة',
  'http://www.bbc.co.uk/arabic/world-45407047',
  '2018-09-04',
  'توفي مؤسس جماعة حقاني المتشددة بعد سنوات من المرض، بحسب ما أعلنته حركة طالبان أفغانستان.\n' +
    'وكان جلال الدين حقاني شخصية متشددة مهمة في أفغانستان، ومقربا من كل من طالبان وتنظيم القاعدة.',
);

/** internationalNews/BB-internationalNews-1010-20180901.txt */
export const IMRAN_KHAN = bbc(
  '"التوك توك الطائر" بدلا من الهليكوبتر لرئيس وزراء باكستان',
  'http://www.bbc.co.uk/arabic/world-45382597',
  '2018-09-01',
  'تطغى قصة تنقل رئيس الوزراء الباكستاني عمران خان بالمروحية بين منزله ومكتبه على النقاشات الدائرة على شبكة الإنترنت في باكستان.\n' +
    'وقد تعرض اختياره للمروحية للتنقل بين منزله ومقر إقامته الرسمي والمسافة بينهما 15 كيلومترا للسخرية اللاذعة، بسبب إعلانه قبل انتخابه عن حملة لإزالة مظاهر البذخ حول الموظفين الكبار والسياسيين.',
);

/** internationalNews/BB-internationalNews-1078-20180910.txt */
export const ICC = bbc(
  'الولايات المتحدة تهدد بفرض عقوبات على المحكمة الجنائية الدولية إذا أصرت على محاكمة أمريكيين',
  'http://www.bbc.co.uk/arabic/world-45479521',
  '2018-09-10',
  'هددت الولايات المتحدة بفرض عقوبات على المحكمة الجنائية الدولية إذا أصرت على الاستمرار في جهودها لمحاكمة مواطنين امريكيين.\n' +
    'وتدرس المحكمة مقاضاة عدد من عناصر الجيش الأمريكي بسبب اتهامات بانتهاكات لحقوق معتقلين في أفغانستان.',
);
