// The events of a set of entities in time order: what happened, when, and through which link.
import type { Node, Relationship } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { User } from '../../auth/roles.js';
import type { Executor } from '../../db/executor.js';
import { toPlain } from '../../db/values.js';
import { toEdge, toEntity, type EdgeOut, type EntityOut } from './entity.js';
import { dateParam, decodeCursor, encodeCursor, fingerprint, MAX_IDS } from './expand.js';
import { checkLimit, viewerParams } from './service.js';
import { AppError } from '../../db/executor.js';

export interface TimelineEvent {
  subject: string;
  at: string;
  kind: string;
  via: string;
  entity: EntityOut | null;
  call: EdgeOut | null;
}

export class TimelineService {
  constructor(
    private readonly db: Executor,
    private readonly viewer: User,
  ) {}

  async timeline(
    ids: string[],
    from: string | null | undefined,
    to: string | null | undefined,
    first: number,
    after: string | null | undefined,
  ) {
    if (ids.length === 0 || ids.length > MAX_IDS)
      throw new AppError('BAD_INPUT', `give from 1 to ${MAX_IDS} entity ids; got ${ids.length}`);
    checkLimit(first);
    const fp = fingerprint(ids, { from, to }, 'timeline');
    const skip = decodeCursor(after, fp);
    const rows = await this.db.readQuery(
      { operation: 'timeline', user: this.viewer.username },
      'explore/timeline',
      {
        ids,
        from: dateParam(from, 'from'),
        to: dateParam(to, 'to'),
        skip: neo4j.int(skip),
        limit: neo4j.int(first),
        ...viewerParams(this.viewer),
      },
    );
    const hasNextPage = rows.length > first;
    const events: TimelineEvent[] = rows.slice(0, first).map((r) => {
      const entity = r.event ? toEntity(r.event as Node) : null;
      const call = r.call
        ? toEdge(r.call as Relationship, String(r.callFrom), String(r.callTo))
        : null;
      return {
        subject: String(r.subject),
        at: String(toPlain(r.at)),
        kind: entity ? entity.type : 'Call',
        via: String(r.via),
        entity,
        call,
      };
    });
    return {
      events,
      pageInfo: { hasNextPage, endCursor: hasNextPage ? encodeCursor(skip + first, fp) : null },
    };
  }
}
