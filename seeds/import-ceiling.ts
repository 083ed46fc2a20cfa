// The machine's offline load ceiling for a loaded graph (npm run bench:load, step 5): the same
// entities and relationships written by Neo4j's own bulk importer (`neo4j-admin database import
// full`, from db/'s build), then the schema's indexes built over them. No Cypher and no
// transactions: the fastest way Neo4j can store this graph on this machine, so the loader's
// rows/s can be read against it.
//
// The graph is exported to CSV first (not timed). Empty lists are left out (the importer reads
// an empty field as no value), so the ceiling writes slightly fewer properties than the loader.

import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { launcherClasspath } from '../api/src/db/embedded.js';
import { connect } from './connect.js';
import { applySchemaFiles } from './load/schema.js';

export interface Ceiling {
  nodes: number;
  rels: number;
  exportSeconds: number;
  importSeconds: number;
  indexSeconds: number;
}

/** Array elements are joined with this (the importer's `--array-delimiter`). */
const ARRAY_DELIMITER = '|';

/** Writes one CSV body and learns each column's import type from the values it sees. */
class CsvBody {
  private readonly out: WriteStream;
  private chunk: string[] = [];
  readonly types = new Map<string, string>();
  multiline = false;

  constructor(
    readonly file: string,
    readonly keys: readonly string[],
    /** A property written in a fixed column instead (a node's id). */
    private readonly fixedKey?: string,
  ) {
    this.out = createWriteStream(file);
  }

  async row(fixed: string[], props: Record<string, unknown>): Promise<void> {
    const cells = fixed.map((s) => this.quote(s));
    let written = 0;
    for (const k of this.keys) {
      const v = props[k];
      if (v !== undefined) written++;
      cells.push(v === undefined || v === null ? '' : this.cell(k, v));
    }
    // A property the schema procedures did not list would be lost without a word.
    const own = Object.keys(props).length - (this.fixedKey && this.fixedKey in props ? 1 : 0);
    if (written !== own)
      throw new Error(`${this.file}: a row has properties beyond ${this.keys.join(', ')}`);
    this.chunk.push(cells.join(','));
    if (this.chunk.length >= 2_000) await this.flush();
  }

  async end(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }

  /** Closes the file after a failure. */
  abort(): void {
    this.out.destroy();
  }

  private async flush(): Promise<void> {
    if (this.chunk.length === 0) return;
    const ok = this.out.write(this.chunk.join('\n') + '\n');
    this.chunk = [];
    if (!ok) await once(this.out, 'drain');
  }

  private quote(s: string): string {
    if (s.includes('\n') || s.includes('\r')) this.multiline = true;
    return s.includes('"') ? `"${s.replaceAll('"', '""')}"` : `"${s}"`;
  }

  private cell(key: string, v: unknown): string {
    if (Array.isArray(v)) {
      if (v.length === 0) return '';
      const parts = v.map((x: unknown) => this.scalar(key, x, '[]'));
      if (parts.some((p) => p.includes(ARRAY_DELIMITER)))
        throw new Error(`property ${key}: an element contains "${ARRAY_DELIMITER}"`);
      return this.quote(parts.join(ARRAY_DELIMITER));
    }
    const s = this.scalar(key, v, '');
    return typeof v === 'string' || neo4j.isPoint(v) ? this.quote(s) : s;
  }

  private scalar(key: string, v: unknown, suffix: string): string {
    let type: string;
    let text: string;
    if (typeof v === 'string') [type, text] = ['string', v];
    else if (typeof v === 'boolean') [type, text] = ['boolean', String(v)];
    else if (typeof v === 'number') [type, text] = ['double', String(v)];
    else if (neo4j.isInt(v)) [type, text] = ['long', v.toString()];
    else if (neo4j.isDateTime(v)) [type, text] = ['datetime', v.toString()];
    else if (neo4j.isDate(v)) [type, text] = ['date', v.toString()];
    else if (neo4j.isLocalDateTime(v)) [type, text] = ['localdatetime', v.toString()];
    else if (neo4j.isPoint(v) && Number(v.srid) === 4326 && v.z === undefined)
      [type, text] = ['point', `{latitude:${v.y},longitude:${v.x}}`]; // the model's only kind
    else throw new Error(`property ${key}: no import type for ${String(v)}`);
    type += suffix;
    const seen = this.types.get(key);
    if (seen === undefined) this.types.set(key, type);
    else if (seen !== type) throw new Error(`property ${key} is both ${seen} and ${type}`);
    return text;
  }
}

/** One CSV per label set (or relationship type), with that group's properties as columns. */
class CsvFiles {
  private readonly bodies = new Map<string, CsvBody>();

  constructor(
    private readonly dir: string,
    private readonly kind: 'nodes' | 'relationships',
    private readonly fixed: string[],
    private readonly columns: ReadonlyMap<string, readonly string[]>,
  ) {}

  async row(group: string, fixed: string[], props: Record<string, unknown>): Promise<void> {
    let body = this.bodies.get(group);
    if (!body) {
      const keys = this.columns.get(group);
      if (!keys) throw new Error(`${this.kind}: no property list for ${group}`);
      const file = resolve(this.dir, `${this.kind}-${this.bodies.size}.csv`);
      body = new CsvBody(file, keys, this.kind === 'nodes' ? 'id' : undefined);
      this.bodies.set(group, body);
    }
    await body.row(fixed, props);
  }

  /** Ends every file and writes its header; returns the importer's arguments for them. */
  async end(): Promise<{ args: string[]; multiline: boolean }> {
    const args: string[] = [];
    for (const body of this.bodies.values()) {
      await body.end();
      const header = body.file.replace(/\.csv$/, '-header.csv');
      const cols = body.keys.map((k) => `${k}:${body.types.get(k) ?? 'string'}`);
      writeFileSync(header, [...this.fixed, ...cols].join(',') + '\n');
      args.push(`--${this.kind}=${header},${body.file}`);
    }
    return { args, multiline: [...this.bodies.values()].some((b) => b.multiline) };
  }

  abort(): void {
    for (const body of this.bodies.values()) body.abort();
  }
}

/** Property names per label set and per relationship type, from Neo4j's schema procedures. */
async function columns(driver: Driver): Promise<{
  nodes: Map<string, string[]>;
  rels: Map<string, string[]>;
}> {
  // A node's id is its :ID column, not a property column.
  const group = (rows: { key: string; prop: string | null }[], skip?: string) => {
    const m = new Map<string, string[]>();
    for (const { key, prop } of rows) {
      const list = m.get(key) ?? [];
      if (prop !== null && prop !== skip) list.push(prop);
      m.set(key, list);
    }
    return m;
  };
  const nodes = await driver.executeQuery(
    'CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName RETURN nodeLabels, propertyName',
  );
  const rels = await driver.executeQuery(
    'CALL db.schema.relTypeProperties() YIELD relType, propertyName RETURN relType, propertyName',
  );
  return {
    nodes: group(
      nodes.records.map((r) => ({
        key: nodeGroup(r.get('nodeLabels') as string[]),
        prop: r.get('propertyName') as string | null,
      })),
      'id',
    ),
    rels: group(
      rels.records.map((r) => ({
        key: (r.get('relType') as string).replace(/^:`|`$/g, ''),
        prop: r.get('propertyName') as string | null,
      })),
    ),
  };
}

const nodeGroup = (labels: string[]): string => [...labels].sort().join(ARRAY_DELIMITER);

async function exportGraph(
  driver: Driver,
  dir: string,
): Promise<{ args: string[]; nodes: number; rels: number }> {
  const cols = await columns(driver);
  const session = driver.session({ fetchSize: 5_000 });
  const nodes = new CsvFiles(dir, 'nodes', ['id:ID', ':LABEL'], cols.nodes);
  const rels = new CsvFiles(dir, 'relationships', [':START_ID', ':END_ID', ':TYPE'], cols.rels);
  try {
    let n = 0;
    const nodeRows = session.run(
      'MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props',
    );
    for await (const r of nodeRows) {
      // The importer splits labels on its array delimiter too.
      const labels = nodeGroup(r.get('labels') as string[]);
      await nodes.row(labels, [r.get('id') as string, labels], r.get('props'));
      n++;
    }
    let m = 0;
    const relRows = session.run(
      'MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props',
    );
    for await (const r of relRows) {
      const type = r.get('t') as string;
      const ends = [r.get('a') as string, r.get('b') as string, type];
      await rels.row(type, ends, r.get('props'));
      m++;
    }
    const nodeFiles = await nodes.end();
    const relFiles = await rels.end();
    return {
      nodes: n,
      rels: m,
      args: [
        ...nodeFiles.args,
        ...relFiles.args,
        `--array-delimiter=${ARRAY_DELIMITER}`,
        `--multiline-fields=${nodeFiles.multiline || relFiles.multiline}`,
      ],
    };
  } catch (e) {
    nodes.abort();
    rels.abort();
    throw e;
  } finally {
    await session.close();
  }
}

function run(cmd: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? ok(out) : fail(new Error(`${cmd} exited with ${code}:\n${out.slice(-2000)}`)),
    );
  });
}

/** The number a query returns as `n`. */
export const countOf = async (driver: Driver, q: string): Promise<number> =>
  neo4j.integer.toNumber((await driver.executeQuery(q)).records[0]?.get('n') as number);

/**
 * Exports the `:Entity` graph `driver` holds to `workDir`, imports it offline into a new
 * database there, builds the schema over it, and checks the imported counts.
 */
export async function importCeiling(
  driver: Driver,
  workDir: string,
  opts: {
    heap: string;
    pageCacheMb: number;
    log: (m: string) => void;
    /** Runs on the imported database before it stops (tests compare it with the source). */
    inspect?: (imported: Driver) => Promise<void>;
  },
): Promise<Ceiling> {
  rmSync(workDir, { recursive: true, force: true });
  const csv = resolve(workDir, 'csv');
  const home = resolve(workDir, 'neo4j'); // the layout EmbeddedNeo4j opens for dataDir workDir
  mkdirSync(csv, { recursive: true });
  mkdirSync(resolve(home, 'conf'), { recursive: true });
  writeFileSync(resolve(home, 'conf', 'neo4j.conf'), '');

  let t = performance.now();
  const exported = await exportGraph(driver, csv);
  const exportSeconds = (performance.now() - t) / 1000;
  opts.log(
    `ceiling export: ${exported.nodes} nodes, ${exported.rels} relationships to CSV in ${exportSeconds.toFixed(0)} s`,
  );

  t = performance.now();
  await run(
    'java',
    [
      `-Xmx${opts.heap}`,
      '-cp',
      launcherClasspath,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      'neo4j',
      ...exported.args,
      `--report-file=${resolve(workDir, 'import.report')}`,
      '--overwrite-destination=true',
    ],
    { NEO4J_HOME: home, NEO4J_CONF: resolve(home, 'conf') },
  );
  const importSeconds = (performance.now() - t) / 1000;

  const c = await connect({
    embeddedDir: workDir,
    embeddedOnly: true, // the imported database, never NEO4J_URI's server
    heap: opts.heap,
    pageCacheMb: opts.pageCacheMb,
    log: opts.log,
  });
  try {
    t = performance.now();
    await applySchemaFiles(c.driver);
    const indexSeconds = (performance.now() - t) / 1000;
    const nodes = await countOf(c.driver, 'MATCH (n:Entity) RETURN count(n) AS n');
    const rels = await countOf(c.driver, 'MATCH ()-[r]->() RETURN count(r) AS n');
    if (nodes !== exported.nodes || rels !== exported.rels)
      throw new Error(
        `offline import wrote ${nodes} nodes and ${rels} relationships, expected ${exported.nodes} and ${exported.rels}`,
      );
    await opts.inspect?.(c.driver);
    return { nodes, rels, exportSeconds, importSeconds, indexSeconds };
  } finally {
    await c.close();
  }
}
