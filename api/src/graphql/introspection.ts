// Introspection (`__schema`, `__type`) describes every type, field and argument of the API: only
// a logged-in caller may ask (plugins/graphql.ts). `__typename` names one object and stays open.
import { BREAK, Kind, visit, type DocumentNode } from 'graphql';

const INTROSPECTION = new Set(['__schema', '__type']);

/** Whether the document selects `__schema` or `__type` anywhere, fragments included. */
export function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD]: (field) => {
      if (!INTROSPECTION.has(field.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}
