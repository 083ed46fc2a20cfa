// Converts Neo4j values into JSON-friendly ones: integers to numbers, temporals to ISO strings,
// points to {latitude, longitude}. Nodes become { id, labels, props }.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';
import type { Node, Relationship } from 'neo4j-driver';

export type Plain = string | number | boolean | null | Plain[] | { [k: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  // Most properties are strings: answer them before the type checks below (a hot path: every
  // property of every node an expansion returns passes here).
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean')
    return value as string | number | boolean;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDateTime(value as object) || isDate(value as object) || isLocalDateTime(value as object)) {
    return String(value);
  }
  if (isTime(value as object) || isLocalTime(value as object) || isDuration(value as object))
    return String(value);
  if (isPoint(value as object)) {
    const p = value as { x: number; y: number };
    return { longitude: p.x, latitude: p.y };
  }
  if (t === 'object') {
    const out: Record<string, Plain> = {};
    for (const k of Object.keys(value)) out[k] = toPlain((value as Record<string, unknown>)[k]);
    return out;
  }
  return null;
}

export interface PlainNode {
  labels: string[];
  props: Record<string, Plain>;
}

export function nodeToPlain(node: Node): PlainNode {
  return { labels: node.labels, props: toPlain(node.properties) as Record<string, Plain> };
}

export interface PlainRel {
  id: string;
  type: string;
  props: Record<string, Plain>;
}

export function relToPlain(rel: Relationship): PlainRel {
  return {
    id: rel.elementId,
    type: rel.type,
    props: toPlain(rel.properties) as Record<string, Plain>,
  };
}
