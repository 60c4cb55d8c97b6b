// The first step of Sanad in every frame of every page: the only code that runs where there is
// nothing for us. It touches no extension API, sends no message and builds nothing; it only looks
// for readable text. Most frames (ad slots, trackers, players, empty pages) stop here. A frame with
// text loads the rest (controller.ts and what it imports: bundled in the same file, but evaluated
// only now — a dynamic import inside a content script is a lazy module of the one bundle).
// Measured from outside (docs/decisions/content-cost.md): the whole bundle evaluated at start cost an
// empty page 8-9 ms; this step costs it what any extension's content script does.

const NOT_READABLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Text nodes looked at before deciding a frame this full is worth reading anyway. */
const MAX_NODES_LOOKED_AT = 2000;
/** A frame without text is looked at again this long after the page changed it (not on every change). */
const TEXT_RECHECK_MS = 200;

/** Whether any text node of the body outside scripts and styles holds a non-blank character. */
export function bodyHasReadableText(doc: Document): boolean {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(), seen = 0; node; node = walker.nextNode(), seen++) {
    if (seen > MAX_NODES_LOOKED_AT) return true;
    if (!NOT_READABLE.has(node.parentElement?.tagName ?? '') && /\S/.test((node as Text).data)) return true;
  }
  return false;
}

/** The extension was reloaded or removed under this frame: its old script must stop. */
function extensionGone(): boolean {
  const api = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome;
  return !api?.runtime?.id;
}

/**
 * Calls `then` once the document's body holds readable text; never, if it never does. A page that
 * keeps changing an empty frame costs one look per TEXT_RECHECK_MS, not one per change.
 */
export function whenDocumentHasText(doc: Document, then: () => void): void {
  if (bodyHasReadableText(doc)) {
    then();
    return;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      if (extensionGone()) observer.disconnect();
      else if (bodyHasReadableText(doc)) {
        observer.disconnect();
        then();
      }
    }, TEXT_RECHECK_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
}

export function startFrame(): void {
  if (!(document.documentElement instanceof HTMLElement)) return; // XML, SVG documents: nothing to do
  whenDocumentHasText(document, () => {
    // Never throw into the page: a failure here only means no highlights.
    import('./controller')
      .then(({ runContentScript }) => runContentScript())
      .catch((error: unknown) => console.debug('Sanad: highlighting unavailable', error));
  });
}
