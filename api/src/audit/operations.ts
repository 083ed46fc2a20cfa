// What an audit record says about a GraphQL operation: its root fields with their arguments
// (passwords redacted) and the entity ids it touched.
import {
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';

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

export function summarise(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): OperationSummary | null {
  const op = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!op) return null;
  const fields: OperationSummary['fields'] = [];
  const entities = new Set<string>();
  for (const sel of op.selectionSet.selections) {
    if (sel.kind !== Kind.FIELD || sel.name.value.startsWith('__')) continue;
    const args: Record<string, unknown> = {};
    for (const arg of sel.arguments ?? []) {
      const value = valueFromASTUntyped(arg.value, variables);
      args[arg.name.value] = SECRET.has(arg.name.value) ? '[redacted]' : redact(value);
      entityIds(arg.name.value, value, entities);
    }
    fields.push({ name: sel.name.value, args });
  }
  if (fields.length === 0) return null;
  return {
    action: `${op.operation}:${fields.map((f) => f.name).join(',')}`,
    fields,
    entities: [...entities],
  };
}
