// Add and import: pasted texts and files are read and validated into a list, a dry run says what an
// import would do, and only the import button writes — in chunks, with progress, cancel and resume.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { ImportPlan, ParsedFile } from '../../lib/import/types';
import type { UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { ErrorLine, errorText, send } from './common';
import { dryRun, readImportFiles } from './import-plan';
import { ImportRun, type RunProgress } from './import-run';
import { ImportProgress } from './ImportProgress';
import { ImportReport } from './ImportReport';
import { PasteForm } from './PasteForm';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.jsonl,.ndjson';

export function ImportPanel({ lang, onWritten }: { lang: UiLang; onWritten: () => void }) {
  const m = MANAGE_STRINGS[lang];
  const [files, setFiles] = useState<ParsedFile[]>([]);
  const [pasted, setPasted] = useState<ParsedFile[]>([]);
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const run = useRef<ImportRun | null>(null);
  // Bumped by every change to the list: a dry run or a read that started before it is stale, and its
  // result is dropped (it would plan, then write, a list the user has since changed).
  const generation = useRef(0);

  const all = [...pasted, ...files];
  // The same vnode each render: Preact skips the report (hundreds of rows) while the progress moves.
  const report = useMemo(() => plan && <ImportReport plan={plan} lang={lang} />, [plan, lang]);
  const records = all.reduce((n, f) => n + f.drafts.length, 0);
  const problems = all.reduce((n, f) => n + f.problems.length, 0);
  const running = progress?.phase === 'running';
  const busy = checking || reading !== null || running;

  const resetPlan = () => {
    // The run in flight must stay reachable, or its Cancel button would do nothing.
    if (run.current?.progress.phase === 'running') return false;
    generation.current++;
    setPlan(null);
    setProgress(null);
    setError(null);
    run.current = null;
    return true;
  };

  const onFiles = async (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    if (!resetPlan()) return;
    const mine = generation.current;
    setFiles([]);
    setReading({ done: 0, total: chosen.length });
    try {
      // A new choice replaces the files chosen before (pasted texts stay).
      const read = await readImportFiles(chosen, (done) => setReading({ done, total: chosen.length }));
      if (mine === generation.current) setFiles(read);
    } catch (e) {
      if (mine === generation.current) setError(errorText(e));
    } finally {
      setReading(null);
    }
  };

  const check = async () => {
    if (!resetPlan()) return;
    const mine = generation.current;
    setChecking(true);
    try {
      const planned = await dryRun(all, send);
      if (mine === generation.current) setPlan(planned);
    } catch (e) {
      if (mine === generation.current) setError(errorText(e));
    } finally {
      setChecking(false);
    }
  };

  const write = async () => {
    if (!plan) return;
    if (!run.current)
      run.current = new ImportRun(
        plan.fresh.map((p) => p.draft),
        send,
        { onProgress: setProgress },
      );
    const end = await run.current.run();
    if (end.added > 0) onWritten();
  };

  const canImport =
    plan !== null && plan.fresh.length > 0 && (progress === null || progress.phase === 'idle');

  return (
    <>
      <PasteForm
        lang={lang}
        disabled={busy}
        onAdd={(file) => {
          if (resetPlan()) setPasted((list) => [...list, file]);
        }}
      />
      <h3>{m.filesHeading}</h3>
      <label class="field">
        <span>
          {m.filesLabel} (<bdi dir="ltr">.txt, .md, .html, .jsonl, .ndjson, ANT &lt;DOC&gt;</bdi>)
        </span>
        <input
          type="file"
          name="import-files"
          multiple
          accept={ACCEPT}
          disabled={busy}
          onChange={(e) => void onFiles(e.currentTarget)}
        />
      </label>
      {reading && (
        <p class="muted" role="status">
          {m.reading} {m.progress(reading.done, reading.total)}
        </p>
      )}
      {all.length > 0 && (
        <p class="muted" data-testid="import-pending">
          {m.pendingHeading}: {m.records(records)} · {m.problems(problems)}{' '}
          <button
            type="button"
            data-action="import-clear"
            disabled={busy}
            onClick={() => {
              if (!resetPlan()) return;
              setFiles([]);
              setPasted([]);
            }}
          >
            {m.clearPending}
          </button>
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          data-action="import-dry-run"
          disabled={all.length === 0 || busy}
          onClick={() => void check()}
        >
          {m.dryRun}
        </button>
        <button type="button" data-action="import-run" disabled={!canImport} onClick={() => void write()}>
          {m.importRun(plan?.fresh.length ?? 0)}
        </button>
      </div>
      {!progress && <p class="muted">{plan && plan.fresh.length === 0 ? m.nothingNew : m.dryRunHint}</p>}
      {error && <ErrorLine lang={lang} message={error} />}
      {report}
      {progress && progress.phase !== 'idle' && (
        <ImportProgress
          lang={lang}
          progress={progress}
          onCancel={() => run.current?.cancel()}
          onResume={() => void write()}
        />
      )}
    </>
  );
}
