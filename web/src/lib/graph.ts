// The domain graph shown on the canvas, kept apart from Cytoscape. Transitions are pure:
// (graph, args) => graph, so they are unit-tested without a DOM.
import type { Edge, Entity, Neighborhood } from './api';

export interface DomainGraph {
  nodes: ReadonlyMap<string, Entity>;
  edges: ReadonlyMap<string, Edge>;
  /** For expanded nodes: how many relationships they have in all. */
  totals: ReadonlyMap<string, number>;
}

export const emptyGraph: DomainGraph = { nodes: new Map(), edges: new Map(), totals: new Map() };

export function addEntity(g: DomainGraph, e: Entity): DomainGraph {
  if (g.nodes.has(e.id)) return g;
  return { ...g, nodes: new Map(g.nodes).set(e.id, e) };
}

export function addNeighborhood(g: DomainGraph, n: Neighborhood): DomainGraph {
  const nodes = new Map(g.nodes);
  const edges = new Map(g.edges);
  nodes.set(n.centre.id, n.centre);
  for (const e of n.nodes) if (!nodes.has(e.id)) nodes.set(e.id, e);
  for (const e of n.edges) edges.set(e.id, e);
  return { nodes, edges, totals: new Map(g.totals).set(n.centre.id, n.total) };
}

/** Edges whose both ends are in the graph (an edge is never drawn dangling). */
export function drawableEdges(g: DomainGraph): Edge[] {
  return [...g.edges.values()].filter((e) => g.nodes.has(e.source) && g.nodes.has(e.target));
}

/** How many of a node's relationships are on the canvas. */
export function shownDegree(g: DomainGraph, id: string): number {
  let n = 0;
  for (const e of g.edges.values()) if (e.source === id || e.target === id) n++;
  return n;
}
