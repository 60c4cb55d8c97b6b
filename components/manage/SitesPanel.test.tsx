// The sites panel reloads its list when the page says something else changed the sites (a restored
// backup bumps `revision`). Hosts are the outlets of the shipped seeds' pages.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { BackgroundRequest } from '../../lib/messages';

let disabled: string[] = [];
vi.mock('./common', async (original) => ({
  ...(await original<typeof import('./common')>()),
  send: async (request: BackgroundRequest) => {
    if (request.type === 'sites/list') return { disabled, globalEnabled: true };
    throw new Error(`unexpected ${request.type}`);
  },
}));
const { SitesPanel } = await import('./SitesPanel');

let root: HTMLElement;
beforeAll(() => {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
  root = document.getElementById('root') as HTMLElement;
});
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));
const sites = () => [...root.querySelectorAll('[data-site]')].map((li) => li.getAttribute('data-site'));

describe('SitesPanel', () => {
  it('reloads the switched-off sites when the revision moves', async () => {
    disabled = ['bbc.com'];
    await act(() => render(<SitesPanel lang="en" revision={0} />, root));
    await settle();
    expect(sites()).toEqual(['bbc.com']);
    disabled = ['aljazeera.net', 'bbc.com'];
    await act(() => render(<SitesPanel lang="en" revision={1} />, root));
    await settle();
    expect(sites()).toEqual(['aljazeera.net', 'bbc.com']);
  });
});
