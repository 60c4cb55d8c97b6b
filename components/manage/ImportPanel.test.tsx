// The import panel against a fake background (linkedom DOM): while a dry run or an import is in
// flight the list it works on cannot change (file input, clear and the paste form's Add are
// disabled, and a paste submitted anyway is refused), so Cancel keeps reaching the run in flight.
// The pasted text is the title and first paragraph of ant-bbc culture/BB-culture-1-20180218.txt.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundRequest } from '../../lib/messages';

const TEXT =
  'المؤرخ السينمائي أشرف غريب " يحطم الأساطير" المحيطة بالممثلين اليهود في مصر\n\nليست هذه المرة الأولى التي يتحدى فيها أشرف غريب الأفكار الراسخة الشائعة بين الناس، بمن فيهم الفنانون والإعلاميون، عن نجوم الفن في مصر.';

interface Pending {
  request: BackgroundRequest;
  resolve: (value: unknown) => void;
}
const pending: Pending[] = [];
const calls: BackgroundRequest[] = [];
vi.mock('./common', async (original) => ({
  ...(await original<typeof import('./common')>()),
  send: (request: BackgroundRequest) => {
    calls.push(request);
    if (request.type === 'source/batch-end') return Promise.resolve({});
    return new Promise((resolve) => pending.push({ request, resolve }));
  },
}));
const { ImportPanel } = await import('./ImportPanel');

let root: HTMLElement;
beforeAll(() => {
  const { document, Event } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
  (globalThis as { Event?: unknown }).Event = Event;
});
beforeEach(() => {
  root = document.getElementById('root') as HTMLElement;
  render(null, root);
  pending.length = 0;
  calls.length = 0;
});

const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));
const $ = (selector: string) => root.querySelector(selector) as HTMLElement;
const isDisabled = (selector: string) => $(selector).hasAttribute('disabled');
const pendingText = () => $('[data-testid="import-pending"]').textContent;

async function paste(text: string) {
  const area = $('textarea[name="paste-text"]') as HTMLTextAreaElement;
  await act(() => {
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  // Submitted as a keyboard's Enter would, whatever the button's state.
  await act(() => void $('form.paste-form').dispatchEvent(new Event('submit', { bubbles: true })));
  await settle();
}
async function click(selector: string) {
  await act(() => void $(selector).dispatchEvent(new Event('click', { bubbles: true })));
  await settle();
}
async function answer(type: BackgroundRequest['type'], value: unknown) {
  const i = pending.findIndex((p) => p.request.type === type);
  expect(i).toBeGreaterThanOrEqual(0);
  const [p] = pending.splice(i, 1);
  await act(async () => {
    p!.resolve(value);
    await new Promise((r) => setTimeout(r, 0));
  });
  await settle();
}

describe('ImportPanel', () => {
  it('keeps the list still while a dry run is in flight', async () => {
    await act(() => render(<ImportPanel lang="en" onWritten={() => {}} />, root));
    await paste(TEXT);
    expect(pendingText()).toContain('1 record');
    await click('[data-action="import-dry-run"]');
    expect(calls.at(-1)?.type).toBe('source/lookup');
    expect(isDisabled('input[name="import-files"]')).toBe(true);
    expect(isDisabled('[data-action="import-clear"]')).toBe(true);
    expect(isDisabled('[data-action="paste-add"]')).toBe(true);
    await paste(`${TEXT} ثانية`);
    expect(pendingText()).toContain('1 record');
    await answer('source/lookup', { existing: [null] });
    expect($('[data-action="import-run"]').textContent).toContain('1');
    expect(isDisabled('[data-action="import-run"]')).toBe(false);
    expect(isDisabled('[data-action="paste-add"]')).toBe(false);
  });

  it('refuses a paste during the import, so the progress and its Cancel stay', async () => {
    const written = vi.fn();
    await act(() => render(<ImportPanel lang="en" onWritten={written} />, root));
    await paste(TEXT);
    await click('[data-action="import-dry-run"]');
    await answer('source/lookup', { existing: [null] });
    await click('[data-action="import-run"]');
    expect(calls.at(-1)?.type).toBe('source/add');
    expect(isDisabled('[data-action="paste-add"]')).toBe(true);
    await paste(`${TEXT} ثانية`);
    expect(pendingText()).toContain('1 record');
    expect($('[data-action="import-cancel"]')).not.toBeNull();
    await answer('source/add', { added: ['u-1'], duplicates: [], invalid: [] });
    expect($('[data-testid="import-done"]').getAttribute('data-added')).toBe('1');
    expect(written).toHaveBeenCalledTimes(1);
  });
});
