// Sends a batch's rows as columns instead of a list of maps (ADR 0007). A list of 5,000 maps
// repeats every key 5,000 times and costs more to encode in the driver and to decode in Neo4j
// than the Cypher that writes them: the same call records went from about 15,000 to 22,000
// rows/s with columns. Values shared by many rows (the cached grade objects) travel once, in a
// small list, and each row carries its index into it.
//
// The load queries keep their `UNWIND $rows AS r` header, so they still read one row at a time;
// `packRows` swaps that line for one that rebuilds `r` from the columns.

import neo4j, { type Integer } from 'neo4j-driver';

const HEADER = /^UNWIND \$rows AS r$/m;
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A column is interned when it has at most one distinct value per this many rows. */
const INTERN_RATIO = 4;

export interface Packed {
  query: string;
  params: Record<string, unknown>;
}

const ints: Integer[] = [];
function int(i: number): Integer {
  return (ints[i] ??= neo4j.int(i));
}

/** Interns a column by identity when its values repeat; null when it does not pay. */
function intern(values: unknown[]): { table: unknown[]; index: Integer[] } | null {
  const ids = new Map<unknown, number>();
  const index: Integer[] = [];
  const limit = Math.max(1, Math.floor(values.length / INTERN_RATIO));
  for (const v of values) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
    let id = ids.get(v);
    if (id === undefined) {
      id = ids.size;
      if (id >= limit) return null;
      ids.set(v, id);
    }
    index.push(int(id));
  }
  return { table: [...ids.keys()], index };
}

/**
 * The query with its `UNWIND $rows AS r` line replaced, and its parameters: `extra` plus the
 * columns. A key absent from a row reads as null, as it does in a map.
 */
export function packRows(
  query: string,
  rows: readonly object[],
  extra: Record<string, unknown> = {},
): Packed {
  if (!HEADER.test(query)) throw new Error('load query must start its rows with UNWIND $rows AS r');
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const row of rows)
    for (const k of Object.keys(row))
      if (!seen.has(k)) {
        if (!KEY.test(k)) throw new Error(`load row key ${JSON.stringify(k)} is not a name`);
        seen.add(k);
        keys.push(k);
      }
  const cols: Record<string, unknown[]> = {};
  const tables: Record<string, unknown[]> = {};
  const fields: string[] = [];
  for (const k of keys) {
    const values = rows.map((r) => (r as Record<string, unknown>)[k] ?? null);
    const interned = intern(values);
    if (interned) {
      tables[k] = interned.table;
      cols[k] = interned.index;
      fields.push(`${k}: $_tables.${k}[$_cols.${k}[_row]]`);
    } else {
      cols[k] = values;
      fields.push(`${k}: $_cols.${k}[_row]`);
    }
  }
  const header = `UNWIND range(0, $_n - 1) AS _row WITH {${fields.join(', ')}} AS r`;
  return {
    query: query.replace(HEADER, header),
    params: { ...extra, _n: int(rows.length), _cols: cols, _tables: tables },
  };
}
