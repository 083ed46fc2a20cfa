// What cited source records are (`sourceRecords`): a hypothesis's evidence is a list of records
// ("SSC:vinculo:INT-V-11", "FGJ:sabana:OF-1:638"), and a supervisor weighs what they say, not
// their references: the entity a record became, or the links it stands behind with their ends,
// times and grades. Need-to-know inside the query (explore/records.cypher), as everywhere.
import type { Node, Relationship } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { User } from '../../auth/roles.js';
import { AppError, type Executor } from '../../db/executor.js';
import { num, toPlain } from '../../db/values.js';
import { toEdge, toEntity, type EdgeOut, type EntityOut } from './entity.js';
import { checkLimit, viewerParams } from './service.js';

/** How many records one question may name (a hypothesis cites at most 50). */
export const MAX_REFS = 100;
/** How many of a record's links are returned at most (a call warrant has hundreds). */
export const MAX_LINKS = 100;

export interface SourceRecordOut {
  ref: string;
  entity: EntityOut | null;
  links: EdgeOut[];
  linkCount: number;
  firstAt: string | null;
  lastAt: string | null;
}

export async function sourceRecords(
  db: Executor,
  viewer: User,
  refs: readonly string[],
  linkLimit: number,
): Promise<SourceRecordOut[]> {
  const unique = [...new Set(refs.map((r) => r.trim()))].filter((r) => r.length > 0);
  if (unique.length > MAX_REFS)
    throw new AppError(
      'BAD_INPUT',
      `ask for at most ${MAX_REFS} records at once; got ${unique.length}`,
    );
  if (unique.length === 0) return [];
  const rows = await db.readQuery(
    { operation: 'sourceRecords', user: viewer.username },
    'explore/records',
    {
      refs: unique,
      limit: neo4j.int(checkLimit(linkLimit, MAX_LINKS)),
      ...viewerParams(viewer),
    },
  );
  const byRef = new Map(
    rows.map((row) => {
      const links = row.links as { rel: Relationship; from: string; to: string }[];
      const out: SourceRecordOut = {
        ref: String(row.ref),
        entity: row.entity ? toEntity(row.entity as Node) : null,
        links: links.map((l) => toEdge(l.rel, l.from, l.to)),
        linkCount: num(row.linkCount),
        firstAt: (toPlain(row.firstAt) as string | null) ?? null,
        lastAt: (toPlain(row.lastAt) as string | null) ?? null,
      };
      return [out.ref, out];
    }),
  );
  // In the order asked.
  return unique.flatMap((r) => byRef.get(r) ?? []);
}
