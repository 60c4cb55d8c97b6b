// The shipped entity inventory (data/entities.json), typed.
import type { Entity } from '../lib/types';
import entities from './entities.json';

export const SHIPPED_ENTITIES: readonly Entity[] = entities as Entity[];
