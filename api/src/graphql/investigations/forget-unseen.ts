// Once per investigation: references none of its owner and editors may see are forgotten.
// Before session 47 a save stored whatever ids it was sent; one its saver could not see (a
// probe) was later told apart from a deleted one when the investigation was opened ("deleted
// since" counted only the latter), which told whether a protected entity or link existed
// (security review). Saves now store only what the saver may see (service.ts `seenBySaver`);
// this clears what was stored before. Kept: what still exists and someone who may edit the
// investigation may see (a colleague's protected entities), and what no longer exists (still
// said to be deleted since). Runs in the background at start; every API instance may run it,
// as each investigation is rewritten only if unchanged and not yet checked.
import neo4j from 'neo4j-driver';
import type { Executor } from '../../db/executor.js';
import type { LinkRef } from './validate.js';

const META = { operation: 'forgetUnseen', user: 'trama' };
/** Investigations read per pass, and passes at most per start (a busy one is left for later). */
const PAGE = 200;
const PASSES = 50;

/** Checks the investigations not yet checked; returns how many references were forgotten. */
export async function forgetUnseen(db: Executor): Promise<number> {
  let forgotten = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const rows = await db.readQuery(META, 'investigations/unchecked', { first: neo4j.int(PAGE) });
    let marked = 0;
    for (const row of rows) {
      const ids = (row.entityIds as string[] | null) ?? [];
      let links: LinkRef[] = [];
      try {
        links = JSON.parse(String(row.links ?? '[]')) as LinkRef[];
      } catch {
        links = []; // unreadable: it would open with no links anyway
      }
      const [kept] = await db.readQuery(META, 'investigations/seen-by-any', {
        ids,
        links,
        people: row.people,
      });
      const keptIds = new Set((kept?.entityIds as string[] | undefined) ?? []);
      const keptLinks = new Set((kept?.linkIds as string[] | undefined) ?? []);
      const entityIds = ids.filter((id) => keptIds.has(id));
      const keptRefs = links.filter((l) => keptLinks.has(l.id));
      const done = await db.writeQuery(META, 'investigations/mark-seen', {
        id: row.id,
        version: row.version,
        entityIds,
        links: JSON.stringify(keptRefs),
      });
      if (done.length > 0) {
        marked++;
        forgotten += ids.length - entityIds.length + links.length - keptRefs.length;
      }
    }
    // Nothing left, or only investigations saved meanwhile (left for the next start).
    if (rows.length < PAGE || marked === 0) break;
  }
  return forgotten;
}
