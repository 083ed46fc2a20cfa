// The events of a set of entities in time order: what happened, when, and through which link.
import type { Node, Relationship } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { User } from '../../auth/roles.js';
import { checkTimelineKinds } from '../../graph/model.js';
import type { Executor } from '../../db/executor.js';
import type { TimelineKind } from '../generated.js';
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
  /** The subject's role in the event, where its link names one (a case: VICTIM, SUSPECT…). */
  role: string | null;
  entity: EntityOut | null;
  call: EdgeOut | null;
  /** A call's ends the subject stands for (itself, or a person's phones); null otherwise. */
  through: string[] | null;
}

/** How a membership's days come (`via`): its first and its last. */
const MEMBERSHIP_DAYS = new Set(['JOINED', 'LEFT']);

export type TimelineOrder = 'OLDEST_FIRST' | 'NEWEST_FIRST';

/** What to show of a timeline: a window [from, to), kinds of event (empty: all) and an order. */
export interface TimelineFilter {
  from?: string | null;
  to?: string | null;
  kinds?: readonly TimelineKind[] | null;
  order?: TimelineOrder | null;
}

export class TimelineService {
  constructor(
    private readonly db: Executor,
    private readonly viewer: User,
  ) {}

  async timeline(
    ids: string[],
    filter: TimelineFilter,
    first: number,
    after: string | null | undefined,
  ) {
    if (ids.length === 0 || ids.length > MAX_IDS)
      throw new AppError('BAD_INPUT', `give from 1 to ${MAX_IDS} entity ids; got ${ids.length}`);
    checkLimit(first);
    const { from, to } = filter;
    const kinds = checkTimelineKinds(filter.kinds ?? []).sort();
    const newest = filter.order === 'NEWEST_FIRST';
    // A cursor is good only for the query that made it (same ids, window, kinds and order).
    const fp = fingerprint(ids, { from, to, kinds }, `timeline:${newest}`);
    const skip = decodeCursor(after, fp);
    const rows = await this.db.readQuery(
      { operation: 'timeline', user: this.viewer.username },
      'explore/timeline',
      {
        ids,
        from: dateParam(from, 'from'),
        to: dateParam(to, 'to'),
        labels: kinds.length === 0 ? null : kinds.filter((k) => k !== 'Call'),
        calls: kinds.length === 0 || kinds.includes('Call'),
        newest,
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
        kind: MEMBERSHIP_DAYS.has(String(r.via)) ? 'Membership' : entity ? entity.type : 'Call',
        via: String(r.via),
        role: r.role == null ? null : String(r.role),
        entity,
        call,
        through: Array.isArray(r.through) ? r.through.map(String) : null,
        link: r.link ? toEdge(r.link as Relationship, String(r.linkFrom), String(r.linkTo)) : null,
      };
    });
    return {
      events,
      pageInfo: { hasNextPage, endCursor: hasNextPage ? encodeCursor(skip + first, fp) : null },
    };
  }
}
