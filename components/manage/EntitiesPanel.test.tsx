// The entities panel against a fake background (linkedom DOM), on two shipped entities of
// data/entities.json: mute an alias everywhere and the entity on a typed site (the request sent, the
// mute listed, unmute), remove an alias (entity/put without it, after a question in the page), the
// rule said in words; and a user entity named in Arabic only (أشرف غريب, from ant-bbc
// culture/BB-culture-1-20180218.txt), the alias form keeping what was typed when the store refuses it,
// and refusing nearby ids no entity has.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import entitiesJson from '../../data/entities.json';
import type { BackgroundRequest } from '../../lib/messages';
import type { Entity, Mute } from '../../lib/types';
import { MANAGE_STRINGS } from '../i18n-manage';

const ALL = (
  Array.isArray(entitiesJson) ? entitiesJson : (entitiesJson as { entities: unknown[] }).entities
) as Entity[];
const PAKISTAN = ALL.find((e) => e.id === 'pakistan')!;
const BURHAN = ALL.find((e) => e.id === 'burhan-zaid')!;
const GHARIB: Entity = {
  id: 'user-ashraf-gharib-1',
  type: 'person',
  names: { en: 'أشرف غريب', ar: 'أشرف غريب' },
  description: { en: '', ar: '' },
  aliases: [{ text: 'أشرف غريب', lang: 'ar' }],
};
let refusePut = false;

const calls: BackgroundRequest[] = [];
let mutes: Mute[] = [];
vi.mock('./common', async (original) => ({
  ...(await original<typeof import('./common')>()),
  send: async (request: BackgroundRequest) => {
    calls.push(request);
    switch (request.type) {
      case 'entity/list':
        return {
          entities: [BURHAN, PAKISTAN, GHARIB].map((entity) => ({
            entity,
            origin: entity === GHARIB ? 'user' : 'shipped',
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
        if (refusePut) throw new Error('The gazetteer changed meanwhile: try again.');
        return { entity: request.entity };
      case 'entity/delete':
        return { ok: true };
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
  refusePut = false;
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

  it('removes an alias by putting the entity back without it, once the user confirms', async () => {
    await fire(inRow('burhan-zaid', '[data-alias="زيد"] [data-action="remove-alias"]'));
    expect(calls.some((c) => c.type === 'entity/put')).toBe(false);
    const dialog = inRow('burhan-zaid', '[role="alertdialog"]')!;
    expect(dialog.textContent).toContain(MANAGE_STRINGS.en.confirmRemoveAlias);
    expect(dialog.querySelector('[lang="ar"]')!.textContent).toBe('زيد');
    await fire(dialog.querySelector('[data-action="confirm-remove"]'));
    const put = calls.find((c) => c.type === 'entity/put');
    expect(put?.type === 'entity/put' && put.entity.aliases.map((a) => a.text)).toEqual(
      BURHAN.aliases.map((a) => a.text).filter((t) => t !== 'زيد'),
    );
  });

  it('says the rule of an alias in words, its Arabic words marked as Arabic', () => {
    const alias = inRow('burhan-zaid', '[data-alias="زيد"]')!;
    expect(alias.textContent).toContain('counts with one of these words nearby: باسم · within 1 word');
    const word = [...alias.querySelectorAll('.muted [lang]')].find((s) => s.textContent === 'باسم');
    expect([word?.getAttribute('lang'), word?.getAttribute('dir')]).toEqual(['ar', 'rtl']);
  });

  it('sends nothing when a removal is cancelled', async () => {
    await fire(inRow(GHARIB.id, '[data-action="remove-entity"]'));
    const dialog = inRow(GHARIB.id, '[role="alertdialog"]')!;
    expect(dialog.textContent).toContain(MANAGE_STRINGS.en.confirmRemoveEntity);
    await fire([...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!);
    expect(inRow(GHARIB.id, '[role="alertdialog"]')).toBeNull();
    expect(calls.some((c) => c.type === 'entity/delete')).toBe(false);
    await fire(inRow(GHARIB.id, '[data-action="remove-entity"]'));
    await fire(inRow(GHARIB.id, '[data-action="confirm-remove"]'));
    expect(calls.filter((c) => c.type === 'entity/delete')).toEqual([
      { type: 'entity/delete', id: GHARIB.id },
    ]);
  });

  it('shows an entity named in Arabic only once, right to left', () => {
    const names = [...root.querySelectorAll(`[data-entity-id="${GHARIB.id}"] > strong`)];
    expect(names.map((n) => [n.textContent, n.getAttribute('lang'), n.getAttribute('dir')])).toEqual([
      ['أشرف غريب', 'ar', 'rtl'],
    ]);
    const shipped = [...root.querySelectorAll('[data-entity-id="pakistan"] > strong')];
    expect(shipped.map((n) => n.getAttribute('lang'))).toEqual(['en', 'ar']);
  });

  async function openAliasForm(id: string) {
    const details = inRow(id, 'details.alias-form') as HTMLDetailsElement;
    details.open = true;
    await fire(details, 'toggle');
  }
  async function typeIn(id: string, name: string, value: string) {
    const input = inRow(id, `input[name="${name}"]`) as HTMLInputElement;
    input.value = value;
    await fire(input, 'input');
  }
  const submitAlias = (id: string) => fire(inRow(id, 'details.alias-form form'), 'submit');
  const fieldValue = (id: string, name: string) =>
    (inRow(id, `input[name="${name}"]`) as HTMLInputElement).value;

  it('keeps the alias typed when the store refuses it, and empties the form once stored', async () => {
    await openAliasForm('pakistan');
    await typeIn('pakistan', 'alias-text', 'إسلام آباد');
    refusePut = true;
    await submitAlias('pakistan');
    expect(calls.at(-1)?.type).toBe('entity/put');
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('The gazetteer changed meanwhile');
    expect(fieldValue('pakistan', 'alias-text')).toBe('إسلام آباد');
    refusePut = false;
    await submitAlias('pakistan');
    expect(fieldValue('pakistan', 'alias-text')).toBe('');
  });

  it('refuses nearby ids no entity has, naming them, and sends nothing', async () => {
    await openAliasForm('pakistan');
    await typeIn('pakistan', 'alias-text', 'الجيش');
    await typeIn('pakistan', 'alias-nearby', 'burhan-zaid, kasur-district, pakistan');
    await submitAlias('pakistan');
    expect(calls.some((c) => c.type === 'entity/put')).toBe(false);
    const problem = inRow('pakistan', '[data-testid="alias-problem"]')!;
    expect(problem.textContent).toContain('kasur-district');
    expect(problem.textContent).not.toContain('burhan-zaid');
    expect(fieldValue('pakistan', 'alias-text')).toBe('الجيش');
    await typeIn('pakistan', 'alias-nearby', 'burhan-zaid');
    await submitAlias('pakistan');
    const put = calls.find((c) => c.type === 'entity/put');
    expect(put?.type === 'entity/put' && put.entity.aliases.at(-1)).toEqual({
      text: 'الجيش',
      lang: 'ar',
      rule: { nearby: ['burhan-zaid'] },
    });
  });
});
