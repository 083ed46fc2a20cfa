// The kinds of entity each hypothesis type may link, from → to; the undirected ones either way
// round. The web offers only these (web/src/lib/hypotheses/kinds.ts; a test keeps the two
// equal); the API refuses what does not fit: a person is not a member of another person.
import type { HypothesisType } from './service.js';

const PARTIES = ['Person', 'Organization', 'Company'];

export const HYPOTHESIS_ENDS: Record<
  HypothesisType,
  { from: readonly string[]; to: readonly string[] } | null
> = {
  ASSOCIATE: { from: PARTIES, to: PARTIES },
  FAMILY: { from: ['Person'], to: ['Person'] },
  MEMBER_OF: { from: ['Person', 'Organization'], to: ['Organization'] },
  SAME_PERSON: { from: ['Person'], to: ['Person'] },
  OWNS: {
    from: PARTIES,
    to: ['Company', 'Vehicle', 'BankAccount', 'Phone', 'Address'],
  },
  PAYS: { from: [...PARTIES, 'BankAccount'], to: [...PARTIES, 'BankAccount'] },
  // Anything may be linked in a way not yet known.
  UNKNOWN: null,
};

/** Types whose link has no direction: A associate of B is B associate of A. */
export const UNDIRECTED: ReadonlySet<HypothesisType> = new Set([
  'ASSOCIATE',
  'FAMILY',
  'SAME_PERSON',
  'UNKNOWN',
]);

/** Whether a hypothesis of `type` may link an entity of type `from` to one of type `to`. */
export function endsFit(type: HypothesisType, from: string, to: string): boolean {
  const ends = HYPOTHESIS_ENDS[type];
  if (!ends) return true;
  const forward = ends.from.includes(from) && ends.to.includes(to);
  return forward || (UNDIRECTED.has(type) && ends.from.includes(to) && ends.to.includes(from));
}
