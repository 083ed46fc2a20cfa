// A validation rule that refuses requests asking for too much at once: each field costs 1,
// and each field that runs a graph query over many entities costs 10 more. Aliases count, so
// fifty aliased searches in one request are refused before anything runs. Path searches cost
// more: shortestPaths runs up to three path searches, and connectingNetwork one shortestPaths per
// pair of up to 10 entities (45), so a request holds at most three of them.
// An operation is costed as it runs: through its fragments, each as often as it is spread
// (security review: fields moved into a fragment written after the operation went uncounted).
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

const PATHS: Record<string, number> = { shortestPaths: 30, connectingNetwork: 60 };

const HEAVY = new Set([
  'search',
  'neighbors',
  'expand',
  'expandPreview',
  'linkBundles',
  'shortestPaths',
  'connectingNetwork',
  'commonAssociates',
  'timeline',
  'callContacts',
  'samePersonCandidates',
  'sourceRecords',
  'degree',
]);

export function costLimit(max: number) {
  const enough = max * 10;
  return (context: ValidationContext): ASTVisitor => {
    /** Each fragment's cost, worked out once (review: walked again at every spread, a chain of
     * fragments each spreading the next twice took 2^depth steps before any session check). */
    const fragments = new Map<string, number>();
    /**
     * The cost of a selection, fragments counted where spread; `within`: the fragments being
     * costed (a cycle is refused by another rule; here it adds nothing). Costs stop growing far
     * past `max` (fragments spread in fragments multiply): the answer is then "too much".
     */
    const costOf = (set: SelectionSetNode, within: ReadonlySet<string>): number => {
      let cost = 0;
      for (const sel of set.selections) {
        if (cost > enough) break;
        if (sel.kind === Kind.FIELD) {
          const name = sel.name.value;
          cost += PATHS[name] ?? (HEAVY.has(name) ? 11 : 1);
          if (sel.selectionSet) cost += costOf(sel.selectionSet, within);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          cost += costOf(sel.selectionSet, within);
        } else {
          cost += fragmentCost(sel.name.value, within);
        }
      }
      return Math.min(cost, enough + 1);
    };
    const fragmentCost = (name: string, within: ReadonlySet<string>): number => {
      const known = fragments.get(name);
      if (known !== undefined) return known;
      const fragment = context.getFragment(name);
      if (!fragment || within.has(name)) return 0; // unknown or a cycle: refused elsewhere
      const cost = costOf(fragment.selectionSet, new Set([...within, name]));
      fragments.set(name, cost);
      return cost;
    };
    return {
      OperationDefinition(node) {
        const cost = costOf(node.selectionSet, new Set());
        if (cost > max) {
          context.reportError(
            new GraphQLError(
              `This request costs ${cost > enough ? `over ${enough}` : cost}, more than the limit of ${max}: ask for fewer fields or split it.`,
              { nodes: node },
            ),
          );
        }
      },
    };
  };
}
