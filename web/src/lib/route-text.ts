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
