// The entities panel against a fake background (linkedom DOM), on two shipped entities of
// data/entities.json: mute an alias everywhere and the entity on a typed site (the request sent, the
// mute listed, unmute), remove an alias (entity/put without it), the rule said in words.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import entitiesJson from '../../data/entities.json';
import type { BackgroundRequest } from '../../lib/messages';
import type { Entity, Mute } from '../../lib/types';

const ALL = (
  Array.isArray(entitiesJson) ? entitiesJson : (entitiesJson as { entities: unknown[] }).entities
) as Entity[];
const PAKISTAN = ALL.find((e) => e.id === 'pakistan')!;
const BURHAN = ALL.find((e) => e.id === 'burhan-zaid')!;

const calls: BackgroundRequest[] = [];
let mutes: Mute[] = [];
vi.mock('./common', async (original) => ({
  ...(await original<typeof import('./common')>()),
  send: async (request: BackgroundRequest) => {
    calls.push(request);
    switch (request.type) {
      case 'entity/list':
        return {
          entities: [BURHAN, PAKISTAN].map((entity) => ({
            entity,
            origin: 'shipped',
            editedByUser: false,
            mentions: 12,
            perSource: [{ sourceId: 'seed-002', count: 12 }],
          })),
        };
      case 'mute/list':
        return { mutes };
      case 'mute/set':
        mutes = request.muted
          ? [...mutes, request.mute]
          : mutes.filter((m) => JSON.stringify(m) !== JSON.stringify(request.mute));
        return { mutes };
      case 'entity/put':
        return { entity: request.entity };
      default:
        throw new Error(`unexpected ${request.type}`);
    }
  },
}));
const { EntitiesPanel } = await import('./EntitiesPanel');

let root: HTMLElement;
beforeAll(() => {
  const { document, Event } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
  (globalThis as { Event?: unknown }).Event = Event;
});
beforeEach(async () => {
  root = document.getElementById('root') as HTMLElement;
  render(null, root);
  calls.length = 0;
  mutes = [];
  await act(() => render(<EntitiesPanel lang="en" revision={0} onChanged={() => {}} />, root));
  await settle();
});

const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));
async function fire(el: Element | null, type = 'click') {
  await act(() => void el!.dispatchEvent(new Event(type, { bubbles: true })));
  await settle();
}
const inRow = (id: string, selector: string) => root.querySelector(`[data-entity-id="${id}"] ${selector}`);

describe('EntitiesPanel', () => {
  it('mutes an alias everywhere, lists the mute, and unmutes it', async () => {
    await fire(inRow('pakistan', '[data-alias="باكستان"] [data-action="mute-alias"]'));
    expect(calls.at(-1)).toEqual({
      type: 'mute/set',
      mute: { entityId: 'pakistan', alias: 'باكستان', site: null },
      muted: true,
    });
    expect(root.querySelector('.mutes')!.textContent).toContain('باكستان — everywhere');
    await fire(root.querySelector('[data-action="unmute"]'));
    expect(calls.at(-1)).toMatchObject({ type: 'mute/set', muted: false });
    expect(root.querySelector('.mutes')).toBeNull();
  });

  it('mutes the whole entity on the site the user typed (as a site key)', async () => {
    await fire(inRow('pakistan', 'input[value="site"]'), 'change');
    const site = inRow('pakistan', 'input[name="mute-site"]') as HTMLInputElement;
    site.value = 'https://www.bbc.com/arabic';
    await fire(site, 'input');
    await fire(inRow('pakistan', '[data-action="mute-entity"]'));
    expect(calls.at(-1)).toEqual({
      type: 'mute/set',
      mute: { entityId: 'pakistan', alias: null, site: 'bbc.com' },
      muted: true,
    });
  });

  it('removes an alias by putting the entity back without it', async () => {
    await fire(inRow('burhan-zaid', '[data-alias="زيد"] [data-action="remove-alias"]'));
    const put = calls.find((c) => c.type === 'entity/put');
    expect(put?.type === 'entity/put' && put.entity.aliases.map((a) => a.text)).toEqual(
      BURHAN.aliases.map((a) => a.text).filter((t) => t !== 'زيد'),
    );
  });

  it('says the rule of an alias in words', () => {
    expect(inRow('burhan-zaid', '[data-alias="زيد"]')!.textContent).toContain(
      'counts with one of these words nearby: باسم · within 1 word',
    );
  });
});
