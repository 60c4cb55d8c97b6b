// The entity cards this frame has asked for: one entity/cards request per entity however often its
// marks are hovered, and a failed one is asked again on the next hover rather than remembered.
import type { EntityCard } from '../../lib/messages';

export type FetchCard = (entityId: string) => Promise<EntityCard | null>;

export function entityCards(fetchCard: FetchCard): FetchCard {
  const cards = new Map<string, Promise<EntityCard | null>>();
  return (entityId) => {
    let card = cards.get(entityId);
    if (!card) {
      card = fetchCard(entityId);
      card.catch(() => cards.delete(entityId));
      cards.set(entityId, card);
    }
    return card;
  };
}
