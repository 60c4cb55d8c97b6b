// One entity/cards request per entity, however often its marks are hovered; a failed request is
// asked again on the next hover instead of being remembered.
import { describe, expect, it } from 'vitest';
import type { EntityCard } from '../../lib/messages';
import { entityCards } from './card-entities';

const card = (id: string) => ({ entity: { id } }) as unknown as EntityCard;

describe('entityCards', () => {
  it('asks once per entity and gives every hover the same answer', async () => {
    const asked: string[] = [];
    const cardFor = entityCards((id) => {
      asked.push(id);
      return Promise.resolve(card(id));
    });
    const first = cardFor('pakistan');
    const again = cardFor('pakistan');
    const other = cardFor('kabul');
    expect(again).toBe(first);
    expect((await other)?.entity.id).toBe('kabul');
    expect(asked).toEqual(['pakistan', 'kabul']);
  });

  it('asks again after a failure, and keeps the answer that then comes', async () => {
    const asked: string[] = [];
    let fail = true;
    const cardFor = entityCards((id) => {
      asked.push(id);
      return fail ? Promise.reject(new Error('Could not establish connection.')) : Promise.resolve(card(id));
    });
    await expect(cardFor('taliban')).rejects.toThrow('Could not establish connection.');
    fail = false;
    expect((await cardFor('taliban'))?.entity.id).toBe('taliban');
    await cardFor('taliban');
    expect(asked).toEqual(['taliban', 'taliban']);
  });

  it('keeps an entity the background does not know (null) without asking again', async () => {
    const asked: string[] = [];
    const cardFor = entityCards((id) => {
      asked.push(id);
      return Promise.resolve(null);
    });
    expect(await cardFor('unknown-entity')).toBeNull();
    expect(await cardFor('unknown-entity')).toBeNull();
    expect(asked).toEqual(['unknown-entity']);
  });
});
