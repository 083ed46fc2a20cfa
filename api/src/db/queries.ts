// Cypher lives in files under cypher/queries (one query per file, with a header comment naming
// its parameters and what it returns; shared conditions in fragments/ files). They are read once
// and cached, less their comment lines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.js';

const cache = new Map<string, string>();

const withoutComments = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();

/**
 * A query file's text without its comment lines, with each `{{> name}}` replaced by that
 * fragment file's (loaded the same way): conditions several queries must share word for word,
 * such as need-to-know.
 */
export function loadQuery(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9/-]+$/.test(name)) throw new Error(`Bad query name: ${name}`);
    // Comments are not sent: the driver packs the text with every query and Neo4j reads it to
    // find its plan, and a file's header is often half of it (the expand preview's bare query
    // went from ~1.0 to 0.8 ms p50, ADR 0009); the transaction metadata names the query.
    text = withoutComments(
      readFileSync(path.join(repoRoot, 'cypher', 'queries', `${name}.cypher`), 'utf8'),
    ).replace(
      /\{\{> ([a-z0-9/-]+)\}\}/g,
      // In parentheses: `a OR {{> f}}` must not bind to the fragment's first condition.
      (_m, fragment: string) => `(${loadQuery(fragment)})`,
    );
    if (/\{\{>/.test(text)) throw new Error(`query ${name}: malformed include (write {{> name}})`);
    cache.set(name, text);
  }
  return text;
}

/**
 * A query file with {{NAME}} placeholders filled in. Only for what Cypher cannot parameterise
 * (labels, relationship types, arrow directions, hop bounds): the values must come from the
 * allow-lists in api/src/graph/model.ts or be integers checked by the caller.
 */
export function renderQuery(name: string, parts: Record<string, string>): string {
  return loadQuery(name).replace(/\{\{([A-Z_]+)\}\}/g, (_m, key: string) => {
    const value = parts[key];
    if (value === undefined) throw new Error(`query ${name}: no value for {{${key}}}`);
    return value;
  });
}
