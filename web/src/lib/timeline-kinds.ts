// The kinds of event a timeline can be narrowed to, and which of them a reader is offered.
import type * as G from './generated';

/**
 * Kinds of event a timeline can be narrowed to, in the order the Inspector shows them, with the
 * compartment every event of the kind is loaded in (ADR 0003: CJM records are GV, UIF's are FIN):
 * a reader outside it is not offered a kind that can only ever come back empty. A record, so a
 * kind the API adds (codegen's TimelineKind) must be placed here before the web builds.
 */
const KIND_CHIPS: Record<G.TimelineKind, G.Compartment | null> = {
  Case: null,
  Incident: null,
  Arrest: null,
  Custody: null,
  CjmCase: 'GV',
  Transfer: 'FIN',
  FinancialReport: 'FIN',
  Call: null,
  Membership: null,
};
export const TIMELINE_KINDS = Object.keys(KIND_CHIPS) as G.TimelineKind[];

/** The kinds of event offered to a reader with these compartments. */
export function timelineKindsFor(compartments: readonly string[]): G.TimelineKind[] {
  return TIMELINE_KINDS.filter((k) => {
    const needs = KIND_CHIPS[k];
    return needs === null || compartments.includes(needs);
  });
}

const EVENT_KINDS: ReadonlySet<string> = new Set(TIMELINE_KINDS);

/**
 * The kinds of event entities of these types can have, from their expand preview (what this
 * reader may see): their own kind (a case's own dates), event entities linked to them, transfers
 * of their accounts, calls of their phones (or of the phone itself) and memberships (the days
 * of which are events). A phone is not offered case files it has no link to. An upper bound:
 * an account may have no dated transfer.
 */
export function kindsReached(
  types: readonly string[],
  groups: readonly Pick<G.ExpandGroup, 'relType' | 'neighborType' | 'count'>[],
): Set<G.TimelineKind> {
  const out = new Set<G.TimelineKind>();
  const add = (kind: string) => {
    if (EVENT_KINDS.has(kind)) out.add(kind as G.TimelineKind);
  };
  types.forEach(add);
  for (const g of groups) {
    if (g.count === 0) continue;
    add(g.neighborType);
    if (g.neighborType === 'BankAccount' && (g.relType === 'HOLDS_ACCOUNT' || g.relType === 'OWNS'))
      add('Transfer');
    if (g.relType === 'CALLED' || (g.neighborType === 'Phone' && g.relType === 'USES_PHONE'))
      add('Call');
    if (g.relType === 'MEMBER_OF') add('Membership');
  }
  return out;
}

/**
 * One row per event when both its ends were asked about: a membership of a selected person in a
 * selected organisation comes back for each (the person joined it; it took the person in), the
 * same day and step, and a call between two selected phones (or their users) for each end. The
 * first said is kept, and names the other (`with`): the row says whom the event joins — for a
 * call, only when the two stand for its two ends (`through`): not a phone and its user, nor two
 * people who share one phone (a call from elsewhere to their phone read as a call between them).
 */
export function withoutMirrors<
  E extends {
    at: string;
    via: string;
    subject: string;
    entity?: { id: string } | null;
    call?: { id: string } | null;
    through?: readonly string[] | null;
  },
>(events: readonly E[]): (E & { with?: string })[] {
  /** Whether two sides a call came back for stand for different ends of it. */
  const apart = (a: E, b: E) =>
    !!a.through?.length && !!b.through?.length && !a.through.some((p) => b.through!.includes(p));
  const out: (E & { with?: string })[] = [];
  /** Where each event kept is in `out`, by the key its mirror would have. */
  const kept = new Map<string, number>();
  for (const ev of events) {
    const [mine, mirror] = ev.call
      ? [ev.call.id, ev.call.id]
      : ev.entity
        ? [
            JSON.stringify([ev.at, ev.via, ev.subject, ev.entity.id]),
            JSON.stringify([ev.at, ev.via, ev.entity.id, ev.subject]),
          ]
        : [null, null];
    const at = mirror === null ? undefined : kept.get(mirror);
    if (at !== undefined) {
      const first = out[at]!;
      if (first.subject !== ev.subject && (!ev.call || apart(first, ev)))
        out[at] = { ...first, with: ev.subject };
      continue;
    }
    if (mine !== null && !kept.has(mine)) kept.set(mine, out.length);
    out.push(ev);
  }
  return out;
}
