// The note editor rendered into a DOM (linkedom): labelled controls, the five stances and "no stance",
// a note that says nothing is refused with a visible error, an existing note is loaded for editing.
// The passage is a sentence of data/seeds/002_09a4258c08e6388d.txt (seed-002).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Span, UserNote } from '../lib/characterize/types';
import { NoteEditor, type NoteDraft } from './NoteEditor';

const TEXT_002 = readFileSync(path.join(__dirname, '../data/seeds/002_09a4258c08e6388d.txt'), 'utf8');
const WORDS = 'كما أعلنت الجماعة مسؤوليتها عن هجمات عدة في باكستان';
const PASSAGE: Span = {
  text: WORDS,
  start: TEXT_002.indexOf(WORDS),
  end: TEXT_002.indexOf(WORDS) + WORDS.length,
};
const ENTITIES = [
  { id: 'isis-k', name: 'Islamic State Khorasan Province', lang: 'en' as const },
  { id: 'pakistan', name: 'Pakistan', lang: 'en' as const },
];

let root: HTMLElement;
let doc: Document;
beforeAll(() => {
  const { document, Event } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
  (globalThis as { Event?: unknown }).Event = Event;
  doc = document as unknown as Document;
});
beforeEach(() => {
  root = doc.getElementById('root') as HTMLElement;
  render(null, root);
});

function mount(
  notes: Map<string, UserNote>,
  saved: NoteDraft[],
  deleted: string[],
  lang: 'en' | 'ar' = 'en',
  initialEntityId = 'pakistan',
) {
  render(
    <NoteEditor
      lang={lang}
      entities={ENTITIES}
      initialEntityId={initialEntityId}
      notes={notes}
      passage={PASSAGE}
      sourceLang="ar"
      onSave={async (draft) => void saved.push(draft)}
      onDelete={async (id) => void deleted.push(id)}
      onCancel={() => undefined}
    />,
    root,
  );
}

const fire = (el: Element, type: string) => el.dispatchEvent(new Event(type, { bubbles: true }));
/** Fires the event and lets the handler's promise settle before looking. */
const fireAndSettle = (el: Element, type: string) =>
  act(async () => {
    fire(el, type);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

describe('NoteEditor', () => {
  it('labels every control and offers the five stances and none', () => {
    mount(new Map(), [], []);
    const controls = [...root.querySelectorAll('select, textarea, input')];
    expect(controls.length).toBe(2 + 6);
    for (const control of controls) expect(control.closest('label')).not.toBeNull();
    const stances = [...root.querySelectorAll<HTMLInputElement>('input[name="stance"]')].map((i) => i.value);
    expect(stances).toEqual(['hostile', 'critical', 'neutral', 'sympathetic', 'supportive', '']);
    // linkedom has no select.value: the chosen entity is checked in tests/e2e/reader-notes.test.ts.
    expect([...root.querySelectorAll('option')].map((o) => o.getAttribute('value'))).toEqual([
      'isis-k',
      'pakistan',
    ]);
    const quoted = root.querySelector('[data-testid="note-passage"]');
    expect(quoted?.textContent).toBe(TEXT_002.slice(PASSAGE.start, PASSAGE.end));
    expect(quoted?.getAttribute('lang')).toBe('ar');
    expect(quoted?.getAttribute('dir')).toBe('rtl');
  });

  it('refuses a note with neither text nor stance, and saves one with a stance', async () => {
    const saved: NoteDraft[] = [];
    mount(new Map(), saved, []);
    const form = root.querySelector('form') as HTMLFormElement;
    await act(() => void fire(form, 'submit'));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Write something or choose a stance before saving.',
    );
    expect(saved).toEqual([]);
    await act(() => void fire(root.querySelector('input[value="critical"]') as Element, 'change'));
    const textarea = root.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = '  Pakistan only as a target.  ';
    await act(() => void fire(textarea, 'input'));
    await fireAndSettle(form, 'submit');
    expect(saved).toEqual([{ entityId: 'pakistan', stance: 'critical', text: 'Pakistan only as a target.' }]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Note saved.');
  });

  it('loads the existing note of the entity and offers to delete it', async () => {
    const note: UserNote = {
      entityId: 'isis-k',
      sourceId: 'seed-002',
      stance: 'hostile',
      text: 'Underestimated threat.',
      passage: PASSAGE,
      createdAt: 1,
      updatedAt: 1,
    };
    const deleted: string[] = [];
    mount(new Map([['isis-k', note]]), [], deleted);
    // pakistan has no note yet: nothing to delete.
    expect(root.querySelector('[data-action="delete-note"]')).toBeNull();
    render(null, root);
    mount(new Map([['isis-k', note]]), [], deleted, 'en', 'isis-k');
    expect(root.textContent).toContain('saving replaces it');
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Underestimated threat.');
    // linkedom reflects Preact's `checked` as the attribute.
    expect(root.querySelector('input[value="hostile"]')?.hasAttribute('checked')).toBe(true);
    expect(root.querySelector('input[value="critical"]')?.hasAttribute('checked')).toBe(false);
    await fireAndSettle(root.querySelector('[data-action="delete-note"]') as Element, 'click');
    expect(deleted).toEqual(['isis-k']);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Note deleted.');
  });

  it('speaks Arabic in an Arabic UI, stance names as in the comparison', () => {
    mount(new Map(), [], [], 'ar');
    const names = [...root.querySelectorAll('input[name="stance"]')].map((i) => i.parentElement?.textContent);
    expect(names).toEqual(['عدائي', 'ناقد', 'محايد', 'متعاطف', 'مؤيد', 'بلا موقف']);
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe('احفظ');
  });
});
