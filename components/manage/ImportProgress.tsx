// The import while it runs and after: a progress bar and "N of M" (announced politely after each
// chunk), cancel while it runs, resume after a cancel or an error, and how it ended.
import type { UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import type { RunProgress } from './import-run';

export function ImportProgress({
  lang,
  progress: p,
  onCancel,
  onResume,
}: {
  lang: UiLang;
  progress: RunProgress;
  onCancel: () => void;
  onResume: () => void;
}) {
  const m = MANAGE_STRINGS[lang];
  return (
    <div class="import-progress">
      <progress
        data-testid="import-progress"
        value={p.processed}
        max={p.total}
        aria-label={m.progress(p.processed, p.total)}
      />{' '}
      <span aria-live="polite">{m.progress(p.processed, p.total)}</span>{' '}
      {p.phase === 'running' && (
        <button type="button" data-action="import-cancel" onClick={onCancel}>
          {m.cancel}
        </button>
      )}
      {(p.phase === 'cancelled' || p.phase === 'error') && (
        <button type="button" data-action="import-resume" onClick={onResume}>
          {m.resume}
        </button>
      )}
      {p.phase === 'cancelled' && <p role="status">{m.cancelled(p.added)}</p>}
      {p.phase === 'error' && (
        <p class="error" role="alert">
          {m.stopped(p.error ?? '', p.added)}
        </p>
      )}
      {p.phase === 'done' && (
        <p data-testid="import-done" data-added={String(p.added)} role="status">
          {m.done(p.added, p.duplicates + p.invalid)}
        </p>
      )}
    </div>
  );
}
