// Proposed links on the canvas. They are not part of the analyst's graph (not undone, not saved
// in an investigation): they are laid over it, drawn as HYPOTHESIS links that the style dashes.
// Pure functions, so they are tested without a browser.
import type { Edge } from '../api';
import type { DomainGraph } from '../graph';
import type { Hypothesis, HypothesisChange } from './api';

export const HYPOTHESIS_EDGE = 'HYPOTHESIS';
const PREFIX = 'hyp:';

export function hypothesisEdgeId(id: string): string {
  return PREFIX + id;
}

/** The hypothesis id behind a canvas link id, or null for any other link. */
export function hypothesisIdOf(edgeId: string | null | undefined): string | null {
  return edgeId?.startsWith(PREFIX) ? edgeId.slice(PREFIX.length) : null;
}

/**
 * Whether the proposal behind a selected line is still drawn on `g`: while both its ends are,
 * or while it is not among the proposals known here (the panel then says what became of it).
 * Null when the line is not a proposal's.
 */
export function proposalStillDrawn(
  g: DomainGraph,
  edgeId: string,
  proposals: ReadonlyMap<string, Hypothesis>,
): boolean | null {
  const id = hypothesisIdOf(edgeId);
  if (id === null) return null;
  const h = proposals.get(id);
  return !h || (g.nodes.has(h.fromId) && g.nodes.has(h.toId));
}

/** A proposal as a canvas link: its grade and evidence records as its provenance. */
export function hypothesisEdge(h: Hypothesis): Edge {
  const f = (key: string, value: string, type = 'string') => ({ key, value, type });
  return {
    id: hypothesisEdgeId(h.id),
    type: HYPOTHESIS_EDGE,
    source: h.fromId,
    target: h.toId,
    fields: [
      f('hypothesisType', h.type),
      f('status', h.status),
      f('confidence', String(h.confidence), 'number'),
      f('proposer', h.proposerName),
      f('rationale', h.rationale),
    ],
    provenance: {
      source: 'TRAMA',
      sourceId: h.id,
      ingestedAt: h.createdAt,
      reliability: h.reliability,
      credibility: h.credibility,
      sources: h.evidenceRecords,
      classification: h.classification,
      compartments: h.compartments,
    },
  };
}

/** The graph with the proposals whose two ends are on it; the same graph when there are none. */
export function withHypotheses(
  g: DomainGraph,
  proposed: ReadonlyMap<string, Hypothesis>,
): DomainGraph {
  const drawn = [...proposed.values()].filter(
    (h) => h.status === 'PROPOSED' && g.nodes.has(h.fromId) && g.nodes.has(h.toId),
  );
  if (drawn.length === 0) return g;
  const edges = new Map(g.edges);
  for (const h of drawn) edges.set(hypothesisEdgeId(h.id), hypothesisEdge(h));
  return { ...g, edges };
}

/** Proposals after a live change: waiting ones are kept (updated), decided or withdrawn go. */
export function applyChange(
  proposed: ReadonlyMap<string, Hypothesis>,
  change: Pick<HypothesisChange, 'action' | 'hypothesis'>,
): ReadonlyMap<string, Hypothesis> {
  const h = change.hypothesis;
  const next = new Map(proposed);
  if (h.status === 'PROPOSED') next.set(h.id, h);
  else if (!next.delete(h.id)) return proposed;
  return next;
}

/** The graph without the confirmed link made from hypothesis `id` (when it is reopened). */
export function withoutConfirmed(g: DomainGraph, id: string): DomainGraph {
  const drop = [...g.edges.values()].filter(
    (e) => e.provenance.source === 'TRAMA' && e.provenance.sourceId === id,
  );
  if (drop.length === 0) return g;
  const edges = new Map(g.edges);
  for (const e of drop) edges.delete(e.id);
  return { ...g, edges };
}
