// TEMPORARY (issue 8 in progress): handlers of the corpus-management requests not written yet. Each
// file that implements some of them removes them from here; this file goes when it is empty.
import type { Handler } from './router';

type Pending =
  | 'source/lookup'
  | 'source/add'
  | 'source/batch-end'
  | 'source/list'
  | 'source/update'
  | 'source/delete'
  | 'source/undo-delete'
  | 'entity/list'
  | 'entity/put'
  | 'entity/delete'
  | 'entity/explain'
  | 'mute/list'
  | 'mute/set'
  | 'sites/list'
  | 'settings/get'
  | 'settings/set'
  | 'storage/state'
  | 'backup/export'
  | 'backup/import';

const notYet = (type: string) => () => Promise.reject(new Error(`${type}: not implemented yet`));

export function pendingHandlers(): { [K in Pending]: Handler<K> } {
  return {
    'source/lookup': notYet('source/lookup'),
    'source/add': notYet('source/add'),
    'source/batch-end': notYet('source/batch-end'),
    'source/list': notYet('source/list'),
    'source/update': notYet('source/update'),
    'source/delete': notYet('source/delete'),
    'source/undo-delete': notYet('source/undo-delete'),
    'entity/list': notYet('entity/list'),
    'entity/put': notYet('entity/put'),
    'entity/delete': notYet('entity/delete'),
    'entity/explain': notYet('entity/explain'),
    'mute/list': notYet('mute/list'),
    'mute/set': notYet('mute/set'),
    'sites/list': notYet('sites/list'),
    'settings/get': notYet('settings/get'),
    'settings/set': notYet('settings/set'),
    'storage/state': notYet('storage/state'),
    'backup/export': notYet('backup/export'),
    'backup/import': notYet('backup/import'),
  };
}
