// A validation rule that refuses requests asking for too much at once: each field costs 1,
// and each field that runs a graph query over many entities costs 10 more. Aliases count, so
// fifty aliased searches in one request are refused before anything runs. Path searches cost
// more: shortestPaths runs up to three path searches, and connectingNetwork one shortestPaths per
// pair of up to 10 entities (45), so a request holds at most three of them.
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

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
  'degree',
]);

export function costLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let cost = 0;
    return {
      Field(node) {
        cost += PATHS[node.name.value] ?? (HEAVY.has(node.name.value) ? 11 : 1);
      },
      OperationDefinition: {
        leave(node) {
          if (cost > max) {
            context.reportError(
              new GraphQLError(
                `This request costs ${cost}, more than the limit of ${max}: ask for fewer fields or split it.`,
                { nodes: node },
              ),
            );
          }
          cost = 0;
        },
      },
    };
  };
}
