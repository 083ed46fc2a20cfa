// What an audit record says about a GraphQL operation: its root fields with their arguments
// (passwords redacted) and the entity ids it touched.
import {
  getArgumentValues,
  getVariableValues,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
// Not graphql's public API (16.x; package.json pins ^16): its own way of reading an operation's
// fields, fragments and @skip/@include included.
import { collectFields } from 'graphql/execution/collectFields.js';

/** Arguments that name entities (also inside input objects); the audit screen checks them too. */
export const ID_ARGS: ReadonlySet<string> = new Set([
  'id',
  'ids',
  'from',
  'to',
  'entityIds',
  'fromId',
  'toId',
  'evidence',
  'evidenceIds',
  'others',
  'hypothesisId',
  'avoid',
]);
const SECRET = new Set(['password']);

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET.has(k) ? '[redacted]' : redact(v)]),
    );
  }
  return value;
}

/** The strings in an argument's value: itself, or those of a list. */
export function ids(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Entity ids in an argument, also inside input objects (proposeHypothesis's input.fromId…). */
function entityIds(name: string, value: unknown, into: Set<string>): void {
  if (ID_ARGS.has(name)) ids(value).forEach((i) => into.add(i));
  if (value && typeof value === 'object' && !Array.isArray(value))
    for (const [k, v] of Object.entries(value)) entityIds(k, v, into);
}

export interface OperationSummary {
  action: string;
  fields: {
    name: string;
    args: Record<string, unknown>;
    /** An export's marking, added by its resolver (recordExport). */
    marking?: { classification: number; compartments: string[] };
    /** The accounts the audit's user filter stood for (a name matches several), by username. */
    users?: string[];
  }[];
  entities: string[];
}

/**
 * The root fields graphql-js runs, by response key; when they cannot be worked out (a variable
 * `@skip` reads was not sent: the request fails), the root's own fields as written, so that the
 * failed attempt is still recorded.
 */
function rootFields(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  values: Record<string, unknown>,
  root: GraphQLObjectType,
  op: OperationDefinitionNode,
): Map<string, readonly FieldNode[]> {
  try {
    return collectFields(schema, fragments, values, root, op.selectionSet);
  } catch {
    const written = op.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
    return new Map(written.map((f, i) => [`${i}`, [f]]));
  }
}

/**
 * The root fields an operation runs, as graphql-js runs them (security review: fields inside
 * fragments, and ids given as variables' defaults, went unrecorded): through fragments and
 * `@skip`/`@include`, with the arguments written as the resolvers get them (variables coerced,
 * their defaults applied). Null for a document with no operation, or one of introspection alone.
 */
export function summarise(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): OperationSummary | null {
  const op = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const root = op && schema.getRootType(op.operation);
  if (!op || !root) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], variables ?? {});
  // Variables that do not coerce fail the request before it runs; recorded as sent.
  const values: Record<string, unknown> = coerced.coerced ?? { ...variables };
  const fields: OperationSummary['fields'] = [];
  const entities = new Set<string>();
  for (const [, nodes] of rootFields(schema, fragments, values, root, op)) {
    const node = nodes[0]!;
    const name = node.name.value;
    if (name.startsWith('__')) continue;
    let given: Record<string, unknown>;
    const def = root.getFields()[name];
    try {
      if (!def) throw new Error('unknown field');
      // The arguments written, as coerced (the schema's own defaults are not what was asked).
      const all = getArgumentValues(def, node, values);
      const written = new Set((node.arguments ?? []).map((a) => a.name.value));
      given = Object.fromEntries(Object.entries(all).filter(([k]) => written.has(k)));
    } catch {
      // Not valid against the schema (refused before it runs): its arguments as written.
      given = Object.fromEntries(
        (node.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, values)]),
      );
    }
    const args: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(given)) {
      args[key] = SECRET.has(key) ? '[redacted]' : redact(value);
      entityIds(key, value, entities);
    }
    fields.push({ name, args });
  }
  if (fields.length === 0) return null;
  return {
    action: `${op.operation}:${fields.map((f) => f.name).join(',')}`,
    fields,
    entities: [...entities],
  };
}
