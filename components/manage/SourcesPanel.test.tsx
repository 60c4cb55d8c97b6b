// The sources panel against a fake background (linkedom DOM): the count of matching rows under the
// selector the browser tests read, 50 rows at a time, search folding, and delete then undo. The 120
// sources carry real ant-bbc titles (culture/BB-culture-187-20180604.txt, culture/BB-culture-96-20180403.txt)
// and numbered copies of a third (internationalNews/BB-internationalNews-1-20180218.txt); a retitle
// takes the title of culture/BB-culture-1-20180218.txt.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundRequest, ManagedSource } from '../../lib/messages';

const calls: BackgroundRequest[] = [];
let stored: ManagedSource[] = [];
let tokens = 0;
/** The background's answer when storage is full: deleted without an undo copy (an empty token). */
let fullDisk = false;
vi.mock('./common', async (original) => ({
  ...(await original<typeof import('./common')>()),
  send: async (request: BackgroundRequest) => {
    calls.push(request);
    switch (request.type) {
      case 'source/list':
        return { sources: stored };
      case 'storage/state':
        return { usage: 1_500_000, quota: null, persisted: false };
      case 'source/delete':
        stored = stored.filter((s) => !request.ids.includes(s.id));
        return { token: fullDisk ? '' : `t${++tokens}`, deleted: 1 };
      case 'source/update': {
        // The store is left as it was: the panel must search its own edited list, not a reload.
        const old = stored.find((s) => s.id === request.id)!;
        return { source: { ...old, ...request.patch } };
      }
      case 'source/undo-delete':
        stored = [...stored, deletedRow!];
        return { restored: 1 };
      default:
        throw new Error(`unexpected ${request.type}`);
    }
  },
}));
const { SourcesPanel } = await import('./SourcesPanel');

function row(id: string, title: string, addedAt: number): ManagedSource {
  return {
    id,
    title,
    outlet: 'BBC',
    author: null,
    date: '2018-02-18',
    lang: 'ar',
    kind: 'news',
    url: null,
    origin: 'user',
    addedAt,
    updatedAt: addedAt,
    length: 2000,
    entities: 3,
  };
}
const SAEED = row('u-saeed', 'وفاة الإذاعي المصري أحمد سعيد المدير السابق لصوت العرب', 1000);
let deletedRow: ManagedSource | null = SAEED;

let root: HTMLElement;
beforeAll(() => {
  const { document, Event } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
  (globalThis as { Event?: unknown }).Event = Event;
});
beforeEach(() => {
  root = document.getElementById('root') as HTMLElement;
  render(null, root);
  stored = [
    SAEED,
    row('u-tawfik', 'مصر تودع "العراب" أحمد خالد توفيق', 999),
    ...Array.from({ length: 118 }, (_, i) =>
      row(`u-${i}`, `بعد مذبحة المدرسة الأمريكية، مسيرة في واشنطن ضد فوضى السلاح ${i + 1}`, i),
    ),
  ];
  deletedRow = SAEED;
  tokens = 0;
});

async function mount(onChanged: () => void = () => {}) {
  await act(() => render(<SourcesPanel lang="en" revision={0} onChanged={onChanged} />, root));
  await settle();
}
/** The reload after an undo ends in an effect, which Preact runs after a frame: wait for it. */
async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++)
    await act(async () => void (await new Promise((r) => setTimeout(r, 10))));
}
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));
const count = () => root.querySelector('[data-testid="source-count"]')?.textContent;
const rows = () => root.querySelectorAll('[data-source-id]').length;
async function type(query: string) {
  const input = root.querySelector<HTMLInputElement>('input[name="source-search"]')!;
  await act(() => {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function click(selector: string) {
  await act(() => void root.querySelector(selector)!.dispatchEvent(new Event('click', { bubbles: true })));
  await settle();
}

describe('SourcesPanel', () => {
  it('counts every match but shows 50 rows, then 50 more', async () => {
    await mount();
    expect(count()).toBe('120');
    expect(rows()).toBe(50);
    await click('[data-action="show-more-sources"]');
    expect(rows()).toBe(100);
    expect(root.querySelector('[data-testid="storage-used"]')!.textContent).toBe('1.5 MB used');
  });

  it('finds أحمد written with harakat, and the count follows the search', async () => {
    await mount();
    await type('أَحْمَد');
    expect(count()).toBe('2');
    expect(
      [...root.querySelectorAll('[data-source-id]')].map((r) => r.getAttribute('data-source-id')).sort(),
    ).toEqual(['u-saeed', 'u-tawfik']);
  });

  it('deletes a row at once, offers undo, and undo brings it back', async () => {
    await mount();
    await type('سعيد');
    await click('[data-source-id="u-saeed"] [data-action="delete-source"]');
    expect(calls.filter((c) => c.type === 'source/delete')).toEqual([
      { type: 'source/delete', ids: ['u-saeed'] },
    ]);
    expect(root.querySelector('[data-source-id="u-saeed"]')).toBeNull();
    expect(count()).toBe('0');
    await click('[data-action="undo-delete"]');
    await until(() => root.querySelector('[data-source-id="u-saeed"]') !== null);
    expect(calls.some((c) => c.type === 'source/undo-delete' && c.token === 't1')).toBe(true);
    expect(root.querySelector('[data-source-id="u-saeed"]')).not.toBeNull();
    expect(root.querySelector('[data-action="undo-delete"]')).toBeNull();
  });

  it('finds a source by the title it was just given', async () => {
    await mount();
    await click('[data-source-id="u-tawfik"] [data-action="edit-source"]');
    const title = root.querySelector<HTMLInputElement>('[data-source-id="u-tawfik"] input[name="title"]')!;
    await act(() => {
      title.value = 'المؤرخ السينمائي أشرف غريب " يحطم الأساطير" المحيطة بالممثلين اليهود في مصر';
      title.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root
        .querySelector('[data-source-id="u-tawfik"] form')!
        .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(calls.at(-1)).toMatchObject({ type: 'source/update', id: 'u-tawfik' });
    await type('غريب');
    expect(count()).toBe('1');
    expect(root.querySelector('[data-source-id]')!.getAttribute('data-source-id')).toBe('u-tawfik');
    await type('العراب');
    expect(count()).toBe('0');
  });

  it('says a deletion made on a full disk cannot be undone, and offers no undo', async () => {
    fullDisk = true;
    try {
      await mount();
      await click('[data-source-id="u-saeed"] [data-action="delete-source"]');
      expect(root.querySelector('[data-source-id="u-saeed"]')).toBeNull();
      expect(root.querySelector('[data-action="undo-delete"]')).toBeNull();
      expect(root.querySelector('[data-testid="undo-none"]')!.textContent).toMatch(/storage was full/);
    } finally {
      fullDisk = false;
    }
  });

  it('tells the page after a delete and after its undo', async () => {
    const changed = vi.fn();
    await mount(changed);
    await click('[data-source-id="u-saeed"] [data-action="delete-source"]');
    expect(changed).toHaveBeenCalledTimes(1);
    await click('[data-action="undo-delete"]');
    await until(() => changed.mock.calls.length === 2);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('after two deletes, offers undo for the last and says the first can no longer be undone', async () => {
    await mount();
    await click('[data-source-id="u-saeed"] [data-action="delete-source"]');
    await click('[data-source-id="u-tawfik"] [data-action="delete-source"]');
    const first = root.querySelector('[data-deleted-token="t1"]')!;
    const second = root.querySelector('[data-deleted-token="t2"]')!;
    expect(first.textContent).toContain('أحمد سعيد');
    expect(first.querySelector('[data-action="undo-delete"]')).toBeNull();
    expect(first.textContent).toContain('can no longer be undone');
    expect(second.textContent).toContain('أحمد خالد توفيق');
    expect(second.querySelector('[data-action="undo-delete"]')).not.toBeNull();
    await click('[data-action="undo-delete"]');
    await until(() => root.querySelector('[data-deleted-token="t2"]') === null);
    expect(calls.some((c) => c.type === 'source/undo-delete' && c.token === 't2')).toBe(true);
    // The trash held only the second: the first is still listed, with no Undo.
    expect(root.querySelector('[data-deleted-token="t1"] [data-action="undo-delete"]')).toBeNull();
    expect(root.querySelector('[data-action="undo-delete"]')).toBeNull();
  });
});
