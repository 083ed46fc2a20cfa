// Cypher lives in files under cypher/queries (one query per file, with a header comment naming
// its parameters and what it returns). They are read once and cached.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.js';

const cache = new Map<string, string>();

export function loadQuery(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9/-]+$/.test(name)) throw new Error(`Bad query name: ${name}`);
    text = readFileSync(path.join(repoRoot, 'cypher', 'queries', `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
