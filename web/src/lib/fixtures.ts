// Factories for unit tests: entities and links with sensible defaults, overridden per test.
import type { Edge, Entity, Field, Provenance } from './api';

export const provenance = (p: Partial<Provenance> = {}): Provenance => ({
  source: 'FGJ',
  sourceId: '1',
  ingestedAt: null,
  reliability: 'B',
  credibility: 2,
  sources: [],
  classification: 0,
  compartments: [],
  ...p,
});

export const entity = (id: string, e: Partial<Entity> = {}): Entity => ({
  id,
  type: 'Person',
  caption: id,
  degree: null,
  fields: [],
  provenance: provenance(),
  ...e,
});

export const edge = (id: string, source: string, target: string, e: Partial<Edge> = {}): Edge => ({
  id,
  type: 'ASSOCIATE_OF',
  source,
  target,
  fields: [],
  provenance: provenance({ source: 'SSC' }),
  ...e,
});

export const field = (key: string, value: string, type = 'string'): Field => ({ key, value, type });
