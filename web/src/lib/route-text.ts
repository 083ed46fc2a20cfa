// A route as Connect lists it: each entity by name, and between two the link that joins them,
// read in its direction ("Jorge —imputado en→ Carpeta 23 ←víctima en— Óscar"): a route through
// a case reads differently when the other end is its victim, not an accomplice.
import type { Edge } from './api';

export function routeText(
  nodes: readonly { id: string }[],
  edges: readonly Pick<Edge, 'source' | 'target' | 'type' | 'fields'>[],
  name: (id: string) => string,
  link: (e: Pick<Edge, 'type' | 'fields'>) => string,
): string {
  let text = nodes.length > 0 ? name(nodes[0]!.id) : '';
  for (let i = 1; i < nodes.length; i++) {
    const [a, b] = [nodes[i - 1]!.id, nodes[i]!.id];
    const e = edges.find(
      (x) => (x.source === a && x.target === b) || (x.source === b && x.target === a),
    );
    const rel = e ? link(e).toLocaleLowerCase() : '';
    const step = !e ? ' → ' : e.source === a ? ` —${rel}→ ` : ` ←${rel}— `;
    text += step + name(b);
  }
  return text;
}

/**
 * The entities routes pass through, their ends and those `left` out aside, those on most routes
 * first (then by name), at most `max`: a busy phone or colonia joining people who never met is
 * what an analyst takes out of the next search.
 */
export function passedThrough(
  routes: readonly { nodes: readonly { id: string }[] }[],
  ends: ReadonlySet<string>,
  left: ReadonlySet<string>,
  name: (id: string) => string,
  max: number,
): string[] {
  const routesThrough = new Map<string, number>();
  for (const r of routes)
    for (const n of r.nodes.slice(1, -1))
      if (!ends.has(n.id) && !left.has(n.id))
        routesThrough.set(n.id, (routesThrough.get(n.id) ?? 0) + 1);
  return [...routesThrough]
    .sort((a, b) => b[1] - a[1] || name(a[0]).localeCompare(name(b[0])))
    .slice(0, max)
    .map(([id]) => id);
}
