// A deterministic synthetic criminal network for the rendering benchmark. It is shaped like the
// graphs analysts open (tight cells around a few leaders, brokers linking cells) rather than a
// uniform random graph, because layout time and on-screen density depend on that shape.
import type { ElementDefinition } from 'cytoscape';
import { fallbackLook, typeLook } from '../src/lib/style';

/** mulberry32: tiny, fast and good enough for test data; the same seed gives the same graph. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Rank-and-file members are mostly people, with the phones, vehicles, addresses and accounts
// an investigation attaches to them; leaders (hubs) are people or organisations.
const memberTypes: [string, number][] = [
  ['Person', 0.6],
  ['Phone', 0.14],
  ['Vehicle', 0.08],
  ['Address', 0.08],
  ['BankAccount', 0.06],
  ['Company', 0.04],
];

function pick(rand: () => number, weighted: [string, number][]): string {
  let r = rand();
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r < 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}

export interface Network {
  elements: ElementDefinition[];
  nodes: number;
  edges: number;
  communities: number;
}

/**
 * `n` nodes and exactly `2n` edges: every node sends two links, 90% inside its own cell (half of
 * them to a cell leader) and 10% to a leader of another cell. Nodes get random starting positions
 * so the first draw has real geometry before any layout runs.
 */
export function syntheticNetwork(n: number, seed = 20261122): Network {
  const rand = prng(seed);
  const community: number[] = [];
  const members: number[][] = [];
  const hubs: number[][] = [];
  // Cell sizes are heavy-tailed (many cells of 8-30, a few of a few hundred), as in real data.
  while (community.length < n) {
    const size = Math.min(n - community.length, Math.round(8 + 250 * rand() ** 3));
    const first = community.length;
    const ids = Array.from({ length: size }, (_, k) => first + k);
    members.push(ids);
    hubs.push(ids.slice(0, Math.max(1, Math.round(size / 40))));
    for (let k = 0; k < size; k++) community.push(members.length - 1);
  }

  const side = Math.sqrt(n) * 60;
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    const isHub = hubs[c]!.includes(i);
    const type = isHub ? (rand() < 0.7 ? 'Person' : 'Organization') : pick(rand, memberTypes);
    const look = typeLook[type] ?? fallbackLook;
    elements.push({
      group: 'nodes',
      data: { id: `n${i}`, label: `${type} ${i}`, type, color: look.color, shape: look.shape },
      position: { x: rand() * side, y: rand() * side },
    });
  }

  const seen = new Set<string>();
  const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  const anyOf = (list: number[]) => list[Math.floor(rand() * list.length)]!;
  let edges = 0;
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    for (let e = 0; e < 2; e++) {
      // Bounded retries avoid self-loops and duplicates; the last resort is any node at all,
      // which with n >= 1000 practically never repeats, so the total stays exactly 2n.
      let target = -1;
      for (let attempt = 0; attempt < 50 && target < 0; attempt++) {
        const r = rand();
        const cell = r < 0.9 ? c : Math.floor(rand() * members.length);
        const candidate =
          attempt >= 40
            ? Math.floor(rand() * n)
            : r < 0.45 || cell !== c
              ? anyOf(hubs[cell]!)
              : anyOf(members[cell]!);
        if (candidate !== i && !seen.has(key(i, candidate))) target = candidate;
      }
      if (target < 0) throw new Error(`could not place edge ${e} of node ${i}`);
      seen.add(key(i, target));
      const label = community[target] === c ? 'ASSOCIATE' : 'BROKER';
      elements.push({
        group: 'edges',
        data: { id: `e${edges}`, source: `n${i}`, target: `n${target}`, label },
      });
      edges++;
    }
  }
  return { elements, nodes: n, edges, communities: members.length };
}
