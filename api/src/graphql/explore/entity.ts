// Shapes Neo4j nodes and relationships into the GraphQL Entity and Edge types.
// `fields` and `provenance` are computed when first read: a list or a graph view asks only for
// id, type and caption, and converting every property of an expand's 50 nodes and edges was
// about 0.3 ms of its time in the API. Reading them (GraphQL, a spread, JSON) computes them once.
import type { Node, Relationship } from 'neo4j-driver';
import { toPlain, type Plain } from '../../db/values.js';

/** Properties that are not shown as fields: provenance has its own type, the rest is internal. */
const HIDDEN = new Set([
  'id',
  'caption',
  'searchText',
  'source',
  'sourceId',
  'ingestedAt',
  'reliability',
  'credibility',
  'sources',
  'classification',
  'compartments',
]);

export interface EntityOut {
  id: string;
  type: string;
  caption: string;
  degree: number | null;
  fields: FieldOut[];
  provenance: ProvenanceOut;
}

export interface ProvenanceOut {
  source: string | null;
  sourceId: string | null;
  ingestedAt: string | null;
  reliability: string | null;
  credibility: number | null;
  sources: string[];
}

export interface EdgeOut {
  id: string;
  type: string;
  source: string;
  target: string;
  fields: FieldOut[];
  provenance: ProvenanceOut;
}

function display(value: Plain): string {
  if (Array.isArray(value)) return value.map(display).join(', ');
  if (value !== null && typeof value === 'object') {
    if ('latitude' in value && 'longitude' in value)
      return `${String(value.latitude)}, ${String(value.longitude)}`;
    return JSON.stringify(value);
  }
  return String(value);
}

export interface FieldOut {
  key: string;
  value: string;
  type: string;
}

/** The kind of a value, for the client to format it: dates and points arrive as strings. */
function kind(value: Plain): string {
  if (Array.isArray(value)) return 'list';
  if (value !== null && typeof value === 'object') return 'latitude' in value ? 'point' : 'map';
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'datetime';
  }
  return typeof value;
}

function fields(props: Record<string, Plain>): FieldOut[] {
  return Object.keys(props)
    .filter((k) => !HIDDEN.has(k) && props[k] !== null)
    .sort()
    .map((key) => ({ key, value: display(props[key] ?? null), type: kind(props[key] ?? null) }));
}

function str(v: Plain | undefined): string | null {
  return v === undefined || v === null ? null : String(v);
}

function provenance(props: Record<string, Plain>): ProvenanceOut {
  const sources = props.sources;
  return {
    source: str(props.source),
    sourceId: str(props.sourceId),
    ingestedAt: str(props.ingestedAt),
    reliability: str(props.reliability),
    credibility: typeof props.credibility === 'number' ? props.credibility : null,
    sources: Array.isArray(sources) ? sources.map(String) : [],
  };
}

/** Adds `fields` and `provenance` to `base` as getters over the properties, converted once. */
function withDetails<T extends object>(
  base: T,
  properties: Record<string, unknown>,
): T & { fields: FieldOut[]; provenance: ProvenanceOut } {
  let props: Record<string, Plain> | undefined;
  const plain = (): Record<string, Plain> =>
    (props ??= toPlain(properties) as Record<string, Plain>);
  let f: FieldOut[] | undefined;
  let p: ProvenanceOut | undefined;
  return Object.defineProperties(base, {
    fields: { enumerable: true, get: () => (f ??= fields(plain())) },
    provenance: { enumerable: true, get: () => (p ??= provenance(plain())) },
  }) as T & { fields: FieldOut[]; provenance: ProvenanceOut };
}

export function toEntity(node: Node, degree: number | null = null): EntityOut {
  const props = node.properties as Record<string, unknown>;
  const id = String(props.id);
  return withDetails(
    {
      id,
      type: node.labels.find((l) => l !== 'Entity') ?? 'Entity',
      caption: str(props.caption as Plain | undefined) ?? id,
      degree,
    },
    props,
  );
}

export function toEdge(rel: Relationship, source: string, target: string): EdgeOut {
  return withDetails(
    { id: rel.elementId, type: rel.type, source, target },
    rel.properties as Record<string, unknown>,
  );
}
