// "Save this page as a source": the top frame serializes the page (page/snapshot), the popup parses it
// and extracts the article (lib/capture, imported only on click so the popup's first paint does not
// pay for Readability), the preview lets the user correct it, and source/add stores it.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CapturePreview as PreviewForm } from '../../components/capture/CapturePreview';
import type { Preview } from '../../components/capture/preview-fields';
import { CAPTURE_STRINGS } from '../../components/i18n-capture';
import { readerUrl } from '../../components/SourceList';
import { langAttrs, scriptLang, uiLang } from '../../components/t';
import type { SourceDraft } from '../../lib/import/types';
import { askBackground, askTab } from '../../lib/send';
import { capturable } from './capturable';

type Phase =
  | { step: 'idle' }
  | { step: 'reading' }
  | {
      step: 'preview';
      preview: Preview;
      captured: SourceDraft;
      Form: typeof PreviewForm;
      saving: boolean;
      problems: string[];
    }
  | { step: 'saved'; id: string }
  | { step: 'duplicate'; id: string; title: string; by: 'url' | 'text' }
  | { step: 'failed'; message: string };

async function capture(
  tabId: number,
): Promise<{ preview: Preview; captured: SourceDraft; Form: typeof PreviewForm }> {
  // The extraction and the form are loaded with the page's snapshot, not with the popup.
  const modules = Promise.all([
    import('../../lib/capture/extract'),
    import('../../components/capture/preview-fields'),
    import('../../components/capture/CapturePreview'),
  ]);
  const { snapshot } = await askTab(browser, tabId, { type: 'page/snapshot' }, 0);
  if (!snapshot) throw new Error('no snapshot');
  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  const [{ extractArticle, articleToDraft }, { previewOf }, { CapturePreview }] = await modules;
  const article = await extractArticle(doc, snapshot.url);
  const captured = articleToDraft(article, 'capture');
  return { preview: previewOf(article, captured), captured, Form: CapturePreview };
}

export function Capture({ tabId, url }: { tabId: number; url: string | undefined }) {
  const lang = uiLang();
  const s = CAPTURE_STRINGS[lang];
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });

  if (!capturable(url)) {
    return (
      <p class="muted" data-testid="capture-unavailable">
        {s.captureUnavailable}
      </p>
    );
  }

  const start = () => {
    setPhase({ step: 'reading' });
    capture(tabId).then(
      (found) => setPhase({ step: 'preview', ...found, saving: false, problems: [] }),
      () => setPhase({ step: 'failed', message: s.snapshotFailed }),
    );
  };

  const save = async (draft: SourceDraft, current: Extract<Phase, { step: 'preview' }>) => {
    setPhase({ ...current, saving: true, problems: [] });
    try {
      const result = await askBackground(browser, { type: 'source/add', drafts: [draft] });
      const added = result.added[0];
      const duplicate = result.duplicates[0];
      if (added) return setPhase({ step: 'saved', id: added });
      if (duplicate) {
        const { source } = await askBackground(browser, { type: 'source/get', id: duplicate.existingId });
        const title = source?.title ?? duplicate.existingId;
        return setPhase({ step: 'duplicate', id: duplicate.existingId, title, by: duplicate.by });
      }
      const problems = result.invalid.flatMap((i) => i.problems).map((p) => `${p.field ?? '—'}: ${p.detail}`);
      setPhase({ ...current, saving: false, problems: problems.length ? problems : ['—'] });
    } catch (error) {
      setPhase({ ...current, saving: false, problems: [String(error)] });
    }
  };

  switch (phase.step) {
    case 'idle':
    case 'reading':
    case 'failed':
      return (
        <div class="capture">
          <button type="button" data-action="capture" onClick={start} disabled={phase.step === 'reading'}>
            {phase.step === 'reading' ? s.capturing : s.capture}
          </button>
          {phase.step === 'failed' && (
            <p class="error" role="alert">
              {phase.message}
            </p>
          )}
        </div>
      );
    case 'preview':
      return (
        <div class="capture">
          <phase.Form
            preview={phase.preview}
            captured={phase.captured}
            lang={lang}
            saving={phase.saving}
            onSave={(draft) => void save(draft, phase)}
            onCancel={() => setPhase({ step: 'idle' })}
          />
          {phase.problems.length > 0 && (
            <div class="error" role="alert">
              <p>{s.refused}</p>
              <ul>
                {phase.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      );
    case 'saved':
      return (
        <p class="capture-done" role="status" data-testid="capture-saved" data-source-id={phase.id}>
          {s.saved}{' '}
          <a href={readerUrl(phase.id)} target="_blank" rel="noopener">
            {s.openReader}
          </a>
        </p>
      );
    case 'duplicate':
      return (
        <p class="capture-done" role="status" data-testid="capture-duplicate" data-source-id={phase.id}>
          {s.duplicate(phase.by)}{' '}
          <a href={readerUrl(phase.id)} target="_blank" rel="noopener">
            <cite {...langAttrs(scriptLang(phase.title))}>{phase.title}</cite>
          </a>
        </p>
      );
  }
}
