// A source row of the manager rendered into a DOM (linkedom): metadata shown with the source's own
// language, whose title it is, a delete button only for the user's sources (a shipped one says why),
// and the inline edit form sending only what changed. Titles: seed-003 and seed-001 of
// data/shipped-sources.ts, and a real ant-bbc title (culture/BB-culture-1-20180218.txt).
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ManagedSource, SourceMetaPatch } from '../../lib/messages';
import { MANAGE_STRINGS } from '../i18n-manage';
import { SourceRow } from './SourceRow';

let root: HTMLElement;
beforeAll(() => {
  const { document, Event } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
  (globalThis as { Event?: unknown }).Event = Event;
});
beforeEach(() => {
  root = document.getElementById('root') as HTMLElement;
  render(null, root);
});

const base: ManagedSource = {
  id: 'seed-003',
  title: '«تجارة الإرهاب»: دور باكستان في مكافحة داعش',
  titleOrigin: 'curated',
  outlet: null,
  author: null,
  date: null,
  lang: 'ar',
  kind: 'analysis',
  url: null,
  origin: 'shipped',
  addedAt: 0,
  updatedAt: 0,
  length: 6330,
  entities: 38,
};

const USER: ManagedSource = {
  ...base,
  id: 'user-1',
  title: 'المؤرخ السينمائي أشرف غريب " يحطم الأساطير" المحيطة بالممثلين اليهود في مصر',
  titleOrigin: 'source',
  outlet: 'BBC',
  date: '2018-02-18',
  kind: 'news',
  url: 'http://www.bbc.co.uk/arabic/art-and-culture-43105759',
  origin: 'user',
};

function mount(source: ManagedSource, saved: SourceMetaPatch[] = []) {
  render(
    <SourceRow lang="en" source={source} onSave={async (p) => void saved.push(p)} onDelete={() => {}} />,
    root,
  );
}
const action = (name: string) => root.querySelector(`[data-action="${name}"]`);

describe('SourceRow', () => {
  it('a shipped source: the curated title said so, no delete button and why', () => {
    mount(base);
    const row = root.querySelector('[data-source-id="seed-003"]')!;
    const link = row.querySelector('a')!;
    expect([link.getAttribute('lang'), link.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(link.getAttribute('href')).toMatch(/\/reader\.html\?source=seed-003$/);
    expect(row.textContent).toContain(MANAGE_STRINGS.en.titleOrigin.curated);
    expect(action('delete-source')).toBeNull();
    expect(row.textContent).toContain(MANAGE_STRINGS.en.shippedNoDelete);
    expect(row.textContent).toContain('6,330 characters');
  });

  it('a user source: delete offered, the source’s own title not flagged', () => {
    mount(USER);
    expect(action('delete-source')).not.toBeNull();
    expect(root.querySelector('.origin')).toBeNull();
    expect(root.querySelector('time')!.getAttribute('datetime')).toBe('2018-02-18');
  });

  it('edit sends only the fields changed, an emptied one as null', async () => {
    const saved: SourceMetaPatch[] = [];
    mount(USER, saved);
    await act(() => {
      action('edit-source')!.dispatchEvent(new Event('click', { bubbles: true }));
    });
    const input = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    expect(input('title').value).toBe(USER.title);
    await act(() => {
      input('outlet').value = 'BBC عربي';
      input('outlet').dispatchEvent(new Event('input', { bubbles: true }));
      input('url').value = '';
      input('url').dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(saved).toEqual([{ outlet: 'BBC عربي', url: null }]);
    expect(root.querySelector('form')).toBeNull();
  });
});
