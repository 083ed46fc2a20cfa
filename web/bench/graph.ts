// A deterministic synthetic criminal network for the rendering benchmark. It is shaped like the
// graphs analysts open (tight cells around a few leaders, brokers linking cells) rather than a
// uniform random graph, because layout time and on-screen density depend on that shape. Elements
// carry the same data fields web/src/lib/elements.ts gives the app's stylesheet (a missing field
// makes Cytoscape warn once per element, which alone costs seconds at 5k nodes).
import type { ElementDefinition } from 'cytoscape';
import { iconFor } from '../src/lib/icons';
import { fallbackLook, fallbackRelLook, relLook, SUPERNODE, typeLook } from '../src/lib/style';

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

/** The link a member sends: by what it is, or membership when it points at an organisation. */
function linkType(from: string, to: string, sameCell: boolean): string {
  if (!sameCell) return 'ASSOCIATE_OF'; // brokers between cells
  if (to === 'Organization') return 'MEMBER_OF';
  const byType: Record<string, string> = {
    Phone: 'USES_PHONE',
    Vehicle: 'OWNS',
    Address: 'LIVES_AT',
    BankAccount: 'HOLDS_ACCOUNT',
    Company: 'DIRECTOR_OF',
  };
  return byType[from] ?? 'ASSOCIATE_OF';
}

export interface Network {
  elements: ElementDefinition[];
  nodes: number;
  edges: number;
  communities: number;
}

/**
 * `n` nodes and exactly `2n` edges: every node sends two links, 90% inside its own cell (half of
 * them to a cell leader) and 10% to a leader of another cell.
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

  // Starting positions look like a laid-out network of realistic density: cells sit on a
  // sunflower spiral and members scatter in a disc around their cell, leaders near the middle.
  // The first draw and the pan then see the same geometry whatever layout runs afterwards.
  const discRadius = (size: number) => 22 * Math.sqrt(size) + 30;
  const spacing = 2 * discRadius(n / members.length);
  const centres = members.map((_, k) => {
    const r = spacing * Math.sqrt(k + 0.5);
    return { x: r * Math.cos(k * 2.39996), y: r * Math.sin(k * 2.39996) };
  });
  const types: string[] = [];
  const positions: { x: number; y: number }[] = [];
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    const isHub = hubs[c]!.includes(i);
    types.push(isHub ? (rand() < 0.7 ? 'Person' : 'Organization') : pick(rand, memberTypes));
    const r = (isHub ? 0.25 : 1) * discRadius(members[c]!.length) * Math.sqrt(rand());
    const angle = rand() * 2 * Math.PI;
    positions.push({
      x: centres[c]!.x + r * Math.cos(angle),
      y: centres[c]!.y + r * Math.sin(angle),
    });
  }

  const seen = new Set<string>();
  const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  const anyOf = (list: number[]) => list[Math.floor(rand() * list.length)]!;
  const links: { source: number; target: number; type: string }[] = [];
  const degree = new Array<number>(n).fill(0);
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
      // About 8% are hypotheses: drawn dashed, as the app draws unconfirmed links.
      const sameCell = community[target] === c;
      const type = rand() < 0.08 ? 'HYPOTHESIS' : linkType(types[i]!, types[target]!, sameCell);
      links.push({ source: i, target, type });
      degree[i]!++;
      degree[target]!++;
    }
  }

  const elements: ElementDefinition[] = types.map((type, i) => {
    const look = typeLook[type] ?? fallbackLook;
    const data = {
      id: `n${i}`,
      label: `${type} ${i}`,
      type,
      color: look.color,
      shape: look.shape,
      icon: iconFor(type),
      size: 34,
      degree: degree[i],
      more: false,
      super: degree[i]! > SUPERNODE,
      pinned: false,
    };
    return { group: 'nodes', data, position: positions[i]! };
  });
  links.forEach(({ source, target, type }, k) => {
    const look = relLook[type] ?? fallbackRelLook;
    elements.push({
      group: 'edges',
      data: {
        id: `e${k}`,
        source: `n${source}`,
        target: `n${target}`,
        type,
        label: type.toLowerCase().replaceAll('_', ' '),
        color: look.color,
        width: look.width,
        dashed: type === 'HYPOTHESIS',
        count: 1,
      },
    });
  });
  const edges = links.length;
  return { elements, nodes: n, edges, communities: members.length };
}
