// The canvas's tidy pass, timed: after a layout or a drag the app bends lines around the nodes
// they would cross (`bendLines`, web/src/lib/dodge.ts) and then places lines' labels where they
// have room (`crowdLines`, web/src/lib/line-labels.ts), both on the main thread. The baseline,
// timed in the same page, is one scan of every line against every node — what bending cost at
// the least before nodes were filed in a grid (ADR 0004, session 46).
import cytoscape from 'cytoscape';
import { forceWhole } from '../src/lib/canvas-force';
import { BEND_BUDGET_MS, bendLines, CLEARANCE } from '../src/lib/dodge';
import { crowdLines } from '../src/lib/line-labels';
import { stylesheet } from '../src/lib/style';
import { syntheticNetwork } from './graph';
import { firstFrame } from './measure';
import type { TidyOptions, TidyResult } from './report';

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * How many drawn straight lines pass through a node they do not join, comparing every line with
 * every node (the baseline): the segment between the ends' borders against each node's disc.
 */
function crossingsByScan(cy: cytoscape.Core): number {
  const nodes = cy.nodes().map((n) => ({ id: n.id(), ...n.position(), r: n.outerWidth() / 2 }));
  let crossing = 0;
  for (const e of cy.edges().toArray()) {
    if (e.data('bent') === true) continue;
    const [s, t] = [e.source(), e.target()];
    const [a, b] = [s.position(), t.position()];
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const len2 = dx * dx + dy * dy;
    if (len2 === 0) continue;
    for (const n of nodes) {
      if (n.id === s.id() || n.id === t.id()) continue;
      const k = Math.min(1, Math.max(0, ((n.x - a.x) * dx + (n.y - a.y) * dy) / len2));
      const room = n.r + CLEARANCE;
      if ((n.x - a.x - dx * k) ** 2 + (n.y - a.y - dy * k) ** 2 < room * room) {
        crossing++;
        break;
      }
    }
  }
  return crossing;
}

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const out = work();
  return [out, performance.now() - start];
}

export async function runTidy({ nodes }: TidyOptions): Promise<TidyResult> {
  const network = syntheticNetwork(nodes);
  const container = document.getElementById('cy');
  if (!container) throw new Error('the page has no #cy container');
  const cy = cytoscape({
    container,
    elements: network.elements,
    style: stylesheet,
    layout: { name: 'preset', fit: true, padding: 30 },
  });
  try {
    await firstFrame(cy, performance.now() + 120_000);
    // Laid out as the app lays out a large canvas (the synthetic starting positions are denser
    // than any drawing an analyst reads).
    await forceWhole(cy);
    await nextFrame();
    await nextFrame();
    const [crossingBefore, scanMs] = timed(() => crossingsByScan(cy));
    const [, bendMs] = timed(() => bendLines(cy));
    const bent = cy.edges().filter((e) => e.data('bent') === true).length;
    const crossingAfter = crossingsByScan(cy);
    // As in the app: a bent line has its new middle once Cytoscape has drawn it.
    await nextFrame();
    await nextFrame();
    const [leftOut, labelMs] = timed(() => crowdLines(cy));
    // A second pass, as after a drag: labels shown before keep their place first.
    const [, againMs] = timed(() => crowdLines(cy));
    return {
      nodes: network.nodes,
      edges: network.edges,
      scanMs,
      crossingBefore,
      bendMs,
      bent,
      crossingAfter,
      labelMs,
      labelAgainMs: againMs,
      labels: cy.edges().filter((e) => e.data('crowded') === false).length,
      leftOut,
      bendBudgetMs: BEND_BUDGET_MS,
    };
  } finally {
    cy.destroy();
  }
}
