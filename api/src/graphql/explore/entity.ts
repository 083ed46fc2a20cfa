// Shapes Neo4j nodes and relationships into the GraphQL Entity and Edge types.
import type { Plain, PlainNode, PlainRel } from '../../db/values.js';

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

export function toEntity(node: PlainNode, degree: number | null = null): EntityOut {
  const type = node.labels.find((l) => l !== 'Entity') ?? 'Entity';
  const id = String(node.props.id);
  return {
    id,
    type,
    caption: str(node.props.caption) ?? id,
    degree,
    fields: fields(node.props),
    provenance: provenance(node.props),
  };
}

export function toEdge(rel: PlainRel, source: string, target: string): EdgeOut {
  return {
    id: rel.id,
    type: rel.type,
    source,
    target,
    fields: fields(rel.props),
    provenance: provenance(rel.props),
  };
}
