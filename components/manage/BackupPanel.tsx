// Backup: export everything the user made to one file (downloaded through an <a download>), and
// restore one by merging or replacing — replacing asks first, in the page. The background's refusal
// (a newer format version, an invalid file) is shown as it says it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackupImportReport } from '../../lib/messages';
import type { UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { errorText, send } from './common';

type Mode = BackupImportReport['mode'];

export function BackupPanel({ lang, onRestored }: { lang: UiLang; onRestored: () => void }) {
  const m = MANAGE_STRINGS[lang];
  const [exported, setExported] = useState<{ url: string; name: string } | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<Mode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const [report, setReport] = useState<BackupImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The question is asked in the page: keyboard focus goes to its safe answer, Cancel.
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);

  const exportNow = async () => {
    setError(null);
    try {
      const { json, name } = await send({ type: 'backup/export' });
      if (exported) URL.revokeObjectURL(exported.url);
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.hidden = true;
      document.body.append(a);
      a.click();
      a.remove();
      setExported({ url, name });
    } catch (e) {
      setError(errorText(e));
    }
  };

  const restore = async () => {
    setConfirming(false);
    setReport(null);
    setError(null);
    if (!file) {
      setError(m.chooseFile);
      return;
    }
    setWorking(true);
    try {
      setReport(await send({ type: 'backup/import', json: await file.text(), mode }));
      onRestored();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setWorking(false);
    }
  };

  const r = report;
  return (
    <>
      <h3>{m.exportHeading}</h3>
      <button type="button" data-action="backup-export" onClick={() => void exportNow()}>
        {m.exportButton}
      </button>
      {exported && (
        <p class="muted" role="status">
          <a href={exported.url} download={exported.name}>
            {m.exported(exported.name)}
          </a>
        </p>
      )}
      <h3>{m.importHeading}</h3>
      <form
        class="backup-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (mode === 'replace') setConfirming(true);
          else void restore();
        }}
      >
        <label class="field" for="backup-file">
          <span>{m.backupFile}</span>
          <input
            id="backup-file"
            type="file"
            name="backup-file"
            accept=".json,application/json"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </label>
        <fieldset>
          <legend>{m.modeLabel}</legend>
          {(['merge', 'replace'] as const).map((value) => (
            <label class="switch" key={value}>
              <input
                type="radio"
                name="backup-mode"
                value={value}
                checked={mode === value}
                onChange={() => {
                  setMode(value);
                  setConfirming(false);
                }}
              />
              {m.mode[value]}
            </label>
          ))}
        </fieldset>
        <button type="submit" data-action="backup-import" disabled={working}>
          {m.backupImport}
        </button>
      </form>
      {confirming && (
        <div role="alertdialog" aria-labelledby="replace-warning" class="confirm">
          <p id="replace-warning">{m.confirmReplace}</p>
          <button type="button" data-action="backup-confirm-replace" onClick={() => void restore()}>
            {m.confirmYes}
          </button>{' '}
          <button type="button" ref={cancelButton} onClick={() => setConfirming(false)}>
            {m.cancel}
          </button>
        </div>
      )}
      {working && (
        <p class="muted" role="status">
          {m.reindexing}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {r && (
        <ul data-testid="backup-report" data-mode={r.mode} role="status">
          <li>{m.reportLines.sources(r.sources.added, r.sources.replaced, r.sources.unchanged)}</li>
          {r.sources.duplicates > 0 && <li>{m.reportLines.duplicates(r.sources.duplicates)}</li>}
          <li>{m.reportLines.entities(r.entities.added, r.entities.replaced)}</li>
          <li>{m.reportLines.notes(r.notes)}</li>
          {r.notesSkipped > 0 && <li>{m.reportLines.notesSkipped(r.notesSkipped)}</li>}
          <li>{m.reportLines.mutes(r.mutes)}</li>
          <li>{m.reportLines.sites(r.sites)}</li>
        </ul>
      )}
    </>
  );
}
