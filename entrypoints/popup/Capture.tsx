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
import type { ImportProblem, SourceDraft } from '../../lib/import/types';
import { askBackground, askTab } from '../../lib/send';
import { capturable } from './capturable';
import {
  refusalLines,
  snapshotThenExtract,
  step,
  storedName,
  type CaptureStep,
  type StepResult,
  type StoredName,
} from './capture-steps';

/** Why the preview's save did not store the source: the schema's problems, or a step that failed. */
type Refusal = { kind: 'problems'; problems: ImportProblem[] } | { kind: 'failed'; detail: string };

type Phase =
  | { step: 'idle' }
  | { step: 'reading' }
  | {
      step: 'preview';
      preview: Preview;
      captured: SourceDraft;
      Form: typeof PreviewForm;
      saving: boolean;
      refusal: Refusal | null;
    }
  | { step: 'saved'; id: string }
  | { step: 'duplicate'; id: string; name: StoredName; by: 'url' | 'text' }
  | { step: 'failed'; at: CaptureStep; detail: string };

interface Captured {
  preview: Preview;
  captured: SourceDraft;
  Form: typeof PreviewForm;
}

function capture(tabId: number): Promise<StepResult<Captured>> {
  // The extraction and the form are loaded with the page's snapshot, not with the popup.
  const modules = Promise.all([
    import('../../lib/capture/extract'),
    import('../../components/capture/preview-fields'),
    import('../../components/capture/CapturePreview'),
  ]);
  modules.catch(() => undefined); // awaited (and reported) by the extraction step
  return snapshotThenExtract(
    async () => (await askTab(browser, tabId, { type: 'page/snapshot' }, 0)).snapshot,
    async (snapshot) => {
      const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
      const [{ extractArticle, articleToDraft }, { previewOf }, { CapturePreview }] = await modules;
      const article = await extractArticle(doc, snapshot.url);
      const captured = articleToDraft(article, 'capture');
      return { preview: previewOf(article, captured), captured, Form: CapturePreview };
    },
  );
}

/** Technical text (a parser's message, a field name, an id): English, left to right, in any UI. */
const Technical = ({ text }: { text: string }) => (
  <bdi lang="en" dir="ltr">
    {text}
  </bdi>
);

function Detail({ label, detail }: { label: string; detail: string }) {
  return (
    <p class="muted">
      {label} <Technical text={detail} />
    </p>
  );
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
    void capture(tabId).then((r) =>
      setPhase(
        r.ok
          ? { step: 'preview', ...r.value, saving: false, refusal: null }
          : { step: 'failed', at: r.step, detail: r.detail },
      ),
    );
  };

  const save = async (draft: SourceDraft, current: Extract<Phase, { step: 'preview' }>) => {
    setPhase({ ...current, saving: true, refusal: null });
    const sent = await step('save', () => askBackground(browser, { type: 'source/add', drafts: [draft] }));
    if (!sent.ok)
      return setPhase({ ...current, saving: false, refusal: { kind: 'failed', detail: sent.detail } });
    const result = sent.value;
    const added = result.added[0];
    const duplicate = result.duplicates[0];
    if (added) return setPhase({ step: 'saved', id: added });
    if (duplicate) {
      const id = duplicate.existingId;
      // The source is stored either way; a failed read only costs its title.
      const read = await step('save', () => askBackground(browser, { type: 'source/get', id }));
      const name = storedName(read.ok ? read.value.source : null, id);
      return setPhase({ step: 'duplicate', id, name, by: duplicate.by });
    }
    const problems = result.invalid.flatMap((i) => i.problems);
    setPhase({
      ...current,
      saving: false,
      refusal: problems.length
        ? { kind: 'problems', problems }
        : { kind: 'failed', detail: 'source/add stored nothing and reported no problem' },
    });
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
            <div class="error" role="alert" data-failed-step={phase.at}>
              <p>{s.failed[phase.at]}</p>
              <Detail label={s.technicalDetail} detail={phase.detail} />
            </div>
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
          {phase.refusal?.kind === 'problems' && (
            <div class="error" role="alert">
              <p>{s.refused}</p>
              <ul>
                {refusalLines(phase.refusal.problems, lang).map((parts, i) => (
                  <li key={i}>
                    {parts.map((part, j) =>
                      part.technical ? <Technical key={j} text={part.text} /> : part.text,
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {phase.refusal?.kind === 'failed' && (
            <div class="error" role="alert" data-failed-step="save">
              <p>{s.failed.save}</p>
              <Detail label={s.technicalDetail} detail={phase.refusal.detail} />
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
            {phase.name.kind === 'title' ? (
              <cite {...langAttrs(scriptLang(phase.name.title))}>{phase.name.title}</cite>
            ) : (
              <>
                {s.storedSource} ({s.idWord} <Technical text={phase.name.id} />)
              </>
            )}
          </a>
        </p>
      );
  }
}
