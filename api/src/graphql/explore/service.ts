// Exploration over the graph: name search, one entity, its neighbours.
import type { Node, Relationship } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { AppError, type Executor } from '../../db/executor.js';
import { nodeToPlain, relToPlain } from '../../db/values.js';
import { toEdge, toEntity, type EdgeOut, type EntityOut } from './entity.js';
import { luceneQuery } from './search-query.js';

export const MAX_LIMIT = 500;

function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new AppError(
      'BAD_LIMIT',
      `limit must be a whole number from 1 to ${MAX_LIMIT}; got ${limit}`,
    );
  }
  return limit;
}

function num(v: unknown): number {
  return neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v);
}

export class ExploreService {
  constructor(private readonly db: Executor) {}

  async search(
    text: string,
    limit: number,
    user?: string,
  ): Promise<{ entity: EntityOut; score: number }[]> {
    if (text.length > 200)
      throw new AppError('BAD_QUERY', 'The search text is longer than 200 characters.');
    const query = luceneQuery(text);
    if (query === null) return [];
    const rows = await this.db.readQuery({ operation: 'search', user }, 'explore/search-names', {
      query,
      limit: neo4j.int(checkLimit(limit)),
    });
    return rows.map((r) => ({
      entity: toEntity(nodeToPlain(r.node as Node)),
      score: Number(r.score),
    }));
  }

  async node(id: string, user?: string): Promise<EntityOut | null> {
    const rows = await this.db.readQuery({ operation: 'node', user }, 'explore/node', { id });
    const row = rows[0];
    return row ? toEntity(nodeToPlain(row.node as Node), num(row.degree)) : null;
  }

  async neighbors(
    id: string,
    limit: number,
    user?: string,
  ): Promise<{ centre: EntityOut; total: number; nodes: EntityOut[]; edges: EdgeOut[] } | null> {
    const rows = await this.db.readQuery({ operation: 'neighbors', user }, 'explore/neighbors', {
      id,
      limit: neo4j.int(checkLimit(limit)),
    });
    const row = rows[0];
    if (!row) return null;
    const total = num(row.total);
    const centre = toEntity(nodeToPlain(row.centre as Node), total);
    const items = row.items as { rel: Relationship; other: Node; start: string }[];
    const nodes = new Map<string, EntityOut>();
    const edges: EdgeOut[] = [];
    for (const { rel, other, start } of items) {
      const neighbour = toEntity(nodeToPlain(other));
      nodes.set(neighbour.id, neighbour);
      const [source, target] =
        start === centre.id ? [centre.id, neighbour.id] : [neighbour.id, centre.id];
      edges.push(toEdge(relToPlain(rel), source, target));
    }
    return { centre, total, nodes: [...nodes.values()], edges };
  }
}
