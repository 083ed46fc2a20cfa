// The rendering benchmark page. scripts/bench-render.ts opens it in headless Chromium and calls
// window.runBench once per page, so every measurement starts from a fresh renderer and heap.
import cytoscape from 'cytoscape';
import type { BaseLayoutOptions, CytoscapeOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forceWhole } from '../src/lib/canvas-force';
import { stylesheet } from '../src/lib/style';
import { syntheticNetwork } from './graph';
import {
  firstFrame,
  frameCounter,
  glRenderer,
  idleFps,
  internals,
  overlapPct,
  timeDrag,
  timeLayout,
  timePanBy,
} from './measure';
import { PARTIAL_PREFIX, type BenchOptions, type BenchResult } from './report';
import { runTidy } from './tidy';

cytoscape.use(fcose);

/** The fcose options the bench compares; the product's large-canvas choice is one of these. */
interface FcoseOptions extends BaseLayoutOptions {
  quality?: 'draft' | 'default' | 'proof';
  randomize?: boolean;
  animate?: boolean;
  fit?: boolean;
  padding?: number;
  nodeDimensionsIncludeLabels?: boolean;
  idealEdgeLength?: number;
  nodeRepulsion?: number;
  numIter?: number;
}

// What the app runs for a whole-canvas fcose layout (web/src/lib/canvas-layout.ts, `full`);
// keep the two in step. It already runs without animation, so we time the computation alone.
const app: FcoseOptions = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  fit: true,
  padding: 40,
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: 90,
  nodeRepulsion: 6500,
};

export const layouts = {
  fcose: app,
  // "Fewer iterations": kept to show it does not help. cose-base raises the iteration cap to
  // at least 5 x nodes whatever numIter says, so this runs about as long as the default.
  'fcose-lean': { ...app, numIter: 250 },
  // Spectral placement only: no force-directed refinement at all.
  'fcose-draft': { ...app, quality: 'draft' },
} satisfies Record<string, FcoseOptions>;

/** The app's large-canvas layout: d3-force in a Web Worker (web/src/lib/canvas-force.ts). */
export const WORKER_LAYOUT = 'force-worker';

export type LayoutName = keyof typeof layouts;

// The options from the Cytoscape WebGL preview announcement (texture atlas size and rows, and
// how many elements and textures go into one draw call). Provisional upstream, so kept in one
// place. Cytoscape merges top-level rendering options into `renderer`, and these are typed here.
const webglOptions: CytoscapeOptions = {
  webgl: true,
  webglTexSize: 4096,
  webglTexRows: 24,
  webglBatchSize: 2048,
  webglTexPerBatch: 16,
};

// Large-canvas mode: while the user drags or zooms, Cytoscape moves one snapshot of the canvas
// instead of redrawing every element (what was off screen shows blank until the drag ends).
// The app's stylesheet already skips captions under 6-7 px on screen, the other big saving.
const largeCanvasOptions: CytoscapeOptions = { textureOnViewport: true };

async function timeAsync(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const idle = (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms));

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { nodes, webgl, layout, largeCanvas = false, panMs = 6000 } = options;
  const layoutOptions: FcoseOptions | undefined = layouts[layout as LayoutName];
  if (!layoutOptions && layout !== WORKER_LAYOUT) throw new Error(`unknown layout ${layout}`);
  const network = syntheticNetwork(nodes);
  const container = document.getElementById('cy');
  if (!container) throw new Error('the page has no #cy container');

  // First draw: as when an analyst reopens a saved investigation, positions are known and the
  // whole graph is fitted on screen, so every element is drawn.
  const start = performance.now();
  const cy = cytoscape({
    container,
    elements: network.elements,
    style: stylesheet,
    layout: { name: 'preset', fit: true, padding: 30 },
    ...(webgl ? webglOptions : {}),
    ...(largeCanvas ? largeCanvasOptions : {}),
  });
  try {
    const firstDrawMs = (await firstFrame(cy, start + 120_000)) - start;
    // A second of quiet, as when a user looks before dragging: Cytoscape fills its texture
    // caches in idle frames, and a real pan starts from that state.
    await idle(1000);
    // Panning comes before the layout so every renderer and layout pans the same geometry.
    const pan = largeCanvas ? await timeDrag(cy, panMs) : await timePanBy(cy, panMs);
    const webglActive =
      internals(cy).webgl === true &&
      container.querySelector('canvas[data-id="layer3-webgl"]') !== null;
    const measured = {
      nodes: network.nodes,
      edges: network.edges,
      webgl,
      webglActive,
      largeCanvas,
      layout,
      firstDrawMs,
      ...pan,
    };
    console.log(PARTIAL_PREFIX + JSON.stringify(measured));
    // The worker layout is timed as the analyst waits for it: sending the canvas, the run, and
    // placing and fitting what comes back.
    const frames = frameCounter();
    const layoutMs = layoutOptions
      ? await timeLayout(cy, layoutOptions, 300_000)
      : await timeAsync(() => forceWhole(cy));
    const during = frames.stop();
    return {
      ...measured,
      layoutMs,
      overlapPct: overlapPct(cy),
      layoutFps: during.fps,
      layoutWorstFrameMs: during.worstFrameMs,
    };
  } finally {
    cy.destroy();
  }
}

declare global {
  interface Window {
    runBench: typeof runBench;
    runTidy: typeof runTidy;
    glRenderer: typeof glRenderer;
    idleFps: typeof idleFps;
  }
}
window.runBench = runBench;
window.runTidy = runTidy;
window.glRenderer = glRenderer;
window.idleFps = idleFps;
