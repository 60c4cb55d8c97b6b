// The capture preview rendered into a DOM (linkedom): the selector contract's field names, every
// control labelled, where each value came from, a date that is not a real one refused, an edited
// title saved as the user's. The article is /work/shared/pages/htmldate/1784190729.html (alyaum.com)
// as its JSON-LD declares it.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articleToDraft } from '../../lib/capture/extract';
import type { CapturedArticle } from '../../lib/capture/types';
import type { SourceDraft } from '../../lib/import/types';
import { CapturePreview } from './CapturePreview';
import { previewOf } from './preview-fields';

const ARTICLE: CapturedArticle = {
  title: { value: 'طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله', from: 'json-ld' },
  authors: { value: ['حسام أبو العلا - القاهرة'], from: 'json-ld' },
  outlet: null,
  date: { value: '2020-12-01', from: 'json-ld' },
  url: 'https://www.alyaum.com/articles/6291787/',
  lang: 'ar',
  kind: null,
  text: 'وسط تهديدات إيرانية بالانتقام وتوعد إسرائيلي برد قاس، شيعت إيران أمس الإثنين جثمان العالم النووي',
  readable: true,
};

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

function mount(saved: SourceDraft[], lang: 'en' | 'ar' = 'en', article: CapturedArticle = ARTICLE) {
  const captured = articleToDraft(article, 'capture');
  render(
    <CapturePreview
      preview={previewOf(article, captured)}
      captured={captured}
      lang={lang}
      saving={false}
      onSave={(draft) => void saved.push(draft)}
      onCancel={() => undefined}
    />,
    root,
  );
}

const fire = (el: Element, type: string) => el.dispatchEvent(new Event(type, { bubbles: true }));
const input = (name: string) => root.querySelector(`[name="${name}"]`) as HTMLInputElement;
const note = (name: string) => root.querySelector(`[data-origin-of="${name}"]`)?.textContent;

async function type(name: string, value: string) {
  input(name).value = value;
  await act(() => void fire(input(name), 'input'));
}

describe('CapturePreview', () => {
  it('has the contract’s fields, each labelled, with where its value came from', () => {
    mount([]);
    expect(root.querySelector('form[data-testid="capture-preview"]')).not.toBeNull();
    for (const name of ['title', 'outlet', 'author', 'date', 'lang', 'url']) {
      expect(root.querySelector(`input[name="${name}"]`)?.closest('label')).not.toBeNull();
    }
    expect(root.querySelector('select[name="kind"]')?.closest('label')).not.toBeNull();
    expect(root.querySelector('textarea[name="text"]')?.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('textarea[name="text"]')?.getAttribute('lang')).toBe('ar');
    expect(input('title').value).toBe('طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله');
    expect(note('title')).toBe('from the page’s JSON-LD');
    expect(note('outlet')).toBe('not found on the page');
    expect(note('kind')).toBe('not stated by the page: news by default');
    expect(note('text')).toBe('the article as Readability found it');
  });

  it('refuses a date that is not a real one, then saves an edited title as the user’s', async () => {
    const saved: SourceDraft[] = [];
    mount(saved);
    await type('date', '2020-11-31');
    await act(() => void fire(root.querySelector('form') as Element, 'submit'));
    expect(saved).toEqual([]);
    expect(note('date')).toBe('Write a real date as YYYY-MM-DD, or leave it empty.');
    expect(input('date').getAttribute('aria-invalid')).toBe('true');

    await type('date', '2020-12-01');
    await type('title', 'طهران تدفن زادة');
    expect(note('title')).toBe('edited by you');
    await act(() => void fire(root.querySelector('form') as Element, 'submit'));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      title: 'طهران تدفن زادة',
      titleOrigin: 'user',
      author: 'حسام أبو العلا - القاهرة',
      date: '2020-12-01',
      outlet: null,
      lang: 'ar',
      format: 'capture',
    });
  });

  it('gives the title, outlet and author inputs the draft’s language, and follows it when edited', async () => {
    mount([], 'en');
    for (const name of ['title', 'outlet', 'author']) expect(input(name).getAttribute('lang')).toBe('ar');
    // Technical fields are not in the article's language.
    expect(input('url').getAttribute('lang')).toBeNull();
    await type('lang', 'EN-gb');
    expect(input('title').getAttribute('lang')).toBe('en-GB');
    // A tag the schema refuses announces no language (Preact leaves lang="", "unknown", in place).
    await type('lang', 'arabic');
    expect(input('author').getAttribute('lang') ?? '').toBe('');
  });

  it('speaks Arabic in an Arabic UI', () => {
    mount([], 'ar');
    expect(note('author')).toBe('من بيانات JSON-LD في الصفحة');
    expect(root.querySelector('[data-action="save-source"]')?.textContent).toBe('احفظ المصدر');
    expect(note('kind')).toBe('لم تذكره الصفحة: خبر افتراضيًا');
  });

  it('says an opinion kind came from the address when only the path says so', () => {
    // readability/herald-sun-1: canonical path /news/opinion/, no section meta, no JSON-LD kind.
    const opinion: CapturedArticle = { ...ARTICLE, kind: { value: 'opinion', from: 'url' } };
    mount([], 'en', opinion);
    expect(note('kind')).toBe('from the page’s address (its path says so)');
    mount([], 'ar', opinion);
    expect(note('kind')).toBe('من عنوان الصفحة الإلكتروني (مساره يقول ذلك)');
  });
});
