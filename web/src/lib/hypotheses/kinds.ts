// The kinds of entity each hypothesis type may link, from → to; the undirected ones either way
// round. The API holds the same table (api/src/graphql/hypotheses/kinds.ts; a test keeps them
// equal) and refuses what does not fit: a person is not a member of another person.
import type { HypothesisType } from '../generated.js';

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

/**
 * The selection a proposal starts from, ends first: as chosen when two are (the rest is
 * evidence); of a wider one, its two parties (people, organisations, companies) when it holds
 * exactly two, else no ends ('' each: the user picks them) and all of it as evidence.
 */
export function endsFirst(
  ids: readonly string[],
  typeOf: (id: string) => string | undefined,
): string[] {
  if (ids.length <= 2) return [...ids];
  const parties = ids.filter((id) => PARTIES.includes(typeOf(id) ?? ''));
  if (parties.length === 2) return [...parties, ...ids.filter((id) => !parties.includes(id))];
  return ['', '', ...ids];
}
