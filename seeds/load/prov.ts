// Provenance grades: who says it (agency), how reliable the source is (Admiralty A–F), how
// credible the item (1–6), how classified (0 public … 3 secret) and in which compartments.
// Grade objects are cached and shared by rows, so integers are built once (neo4j.int keeps
// them integers in the database instead of floats).

import neo4j, { type Integer } from 'neo4j-driver';
import type { Agency } from '../feeds/columns.js';

export const PUBLIC = 0;
export const RESTRICTED = 1;
export const CONFIDENTIAL = 2;
export const SECRET = 3;

export const COMPARTMENTS = ['FIN', 'GV', 'MIN', 'INF'] as const;
export type Compartment = (typeof COMPARTMENTS)[number];

export interface Grade {
  source: Agency;
  reliability: string;
  credibility: Integer;
  classification: Integer;
  compartments: Compartment[];
}

const cache = new Map<string, Grade>();

export function grade(
  source: Agency,
  reliability: string,
  credibility: number,
  classification: number,
  compartments: readonly Compartment[] = [],
): Grade {
  const comps = [...new Set(compartments)].sort();
  const k = `${source}|${reliability}|${credibility}|${classification}|${comps.join(',')}`;
  let g = cache.get(k);
  if (!g) {
    g = {
      source,
      reliability,
      credibility: neo4j.int(credibility),
      classification: neo4j.int(classification),
      compartments: comps,
    };
    cache.set(k, g);
  }
  return g;
}

/** The same grade, at least confidential and in the given compartment (victims, minors…). */
export function protect(g: Grade, compartment: Compartment, level = CONFIDENTIAL): Grade {
  return grade(
    g.source,
    g.reliability,
    g.credibility.toNumber(),
    Math.max(level, g.classification.toNumber()),
    [...g.compartments, compartment],
  );
}

export function withCredibility(g: Grade, credibility: number): Grade {
  return grade(g.source, g.reliability, credibility, g.classification.toNumber(), g.compartments);
}

const RELIABILITY = /^[A-F]$/;

/** An analyst's grade from a row (confiabilidad, credibilidad); informants go to INF, secret. */
export function analystGrade(
  source: Agency,
  reliability: string,
  credibility: number,
  informant: boolean,
): Grade | string {
  if (!RELIABILITY.test(reliability)) return `bad reliability grade (${reliability}): expected A-F`;
  if (!Number.isInteger(credibility) || credibility < 1 || credibility > 6)
    return `bad credibility grade (${credibility}): expected 1-6`;
  return informant
    ? grade(source, reliability, credibility, SECRET, ['INF'])
    : grade(source, reliability, credibility, CONFIDENTIAL);
}
