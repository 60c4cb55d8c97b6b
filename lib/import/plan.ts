// The dry run: which drafts are new, which are already stored or repeated in the import itself, and
// every problem. Pure: the options page gives it the store's answer (source/lookup) as `existing`.
// A draft that is both stored and repeated is reported as stored (the id is what the user can open);
// within the import, the first of two copies wins and the later one names it.
import { dedupKeys } from './dedup';
import type { DedupKeys, DraftAt, ImportPlan, ParsedFile } from './types';

export type ExistingLookup = (keys: DedupKeys) => { id: string; by: 'url' | 'text' } | null;

export function planImport(files: ParsedFile[], existing: ExistingLookup): ImportPlan {
  const plan: ImportPlan = { fresh: [], duplicates: [], invalid: [] };
  const byUrl = new Map<string, DraftAt>();
  const byText = new Map<string, DraftAt>();
  for (const file of files) {
    plan.invalid.push(...file.problems);
    for (const parsed of file.drafts) {
      const keys = dedupKeys(parsed.draft);
      const title = parsed.draft.title;
      const stored = existing(keys);
      if (stored) {
        plan.duplicates.push({ at: parsed.at, title, existingId: stored.id, firstAt: null, by: stored.by });
        continue;
      }
      const firstByUrl = keys.canonicalUrl === null ? undefined : byUrl.get(keys.canonicalUrl);
      const first = firstByUrl ?? byText.get(keys.textHash);
      if (first) {
        const by = firstByUrl ? 'url' : 'text';
        plan.duplicates.push({ at: parsed.at, title, existingId: null, firstAt: first, by });
        continue;
      }
      if (keys.canonicalUrl !== null) byUrl.set(keys.canonicalUrl, parsed.at);
      byText.set(keys.textHash, parsed.at);
      plan.fresh.push(parsed);
    }
  }
  return plan;
}
