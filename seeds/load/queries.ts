// Reads the Cypher of a load step from cypher/queries/load/<name>.cypher, with its includes
// (the API's reader: one way to read a query file).
import { loadQuery as readQuery } from '../../api/src/db/queries.js';

const NAME = /^[a-z0-9-]+$/;

export function loadQuery(name: string): string {
  if (!NAME.test(name)) throw new Error(`bad query name ${name}`);
  return readQuery(`load/${name}`);
}
