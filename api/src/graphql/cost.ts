// A validation rule that refuses requests asking for too much at once: each field costs 1,
// and each field that runs a graph query over many entities costs 10 more. Aliases count, so
// fifty aliased searches in one request are refused before anything runs.
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

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
  'degree',
]);

export function costLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let cost = 0;
    return {
      Field(node) {
        cost += HEAVY.has(node.name.value) ? 11 : 1;
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
