// Reads the Cypher of a load step from cypher/queries/load/<name>.cypher (cached).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../geo/cdmx.js';

const cache = new Map<string, string>();
const NAME = /^[a-z0-9-]+$/;

export function loadQuery(name: string): string {
  if (!NAME.test(name)) throw new Error(`bad query name ${name}`);
  let q = cache.get(name);
  if (q === undefined) {
    q = readFileSync(resolve(REPO_ROOT, 'cypher', 'queries', 'load', `${name}.cypher`), 'utf8');
    cache.set(name, q);
  }
  return q;
}
