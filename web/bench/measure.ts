// Timing helpers for the rendering benchmark. Every loop here is bounded by time and by a count,
// so a page that stops drawing still returns (or throws) instead of hanging the bench.
import type { Core } from 'cytoscape';
import type { PanStats } from './report';

// Internals we read but the types do not declare: the frame counter both render paths bump.
interface RendererInternals {
  redrawCount?: number;
  webgl?: boolean;
}
export const internals = (cy: Core): RendererInternals =>
  (cy as unknown as { renderer(): RendererInternals | null }).renderer() ?? {};
const redraws = (cy: Core) => internals(cy).redrawCount ?? 0;

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Time at which Cytoscape's first frame has been drawn and handed to the compositor. */
export async function firstFrame(cy: Core, deadline: number): Promise<number> {
  // The 2D path emits 'render' after each frame; the WebGL path does not (3.34), so we also
  // watch the renderer's frame counter, which both paths increment.
  let rendered = false;
  cy.one('render', () => {
    rendered = true;
  });
  while (!rendered && redraws(cy) === 0) {
    if (performance.now() > deadline) throw new Error('no frame was drawn before the deadline');
    await nextFrame();
  }
  // Cytoscape's rAF callback drew in this frame; the next rAF only runs once it was presented.
  await nextFrame();
  return performance.now();
}

/** Runs a layout and returns the milliseconds until 'layoutstop'. */
export async function timeLayout(cy: Core, options: object, budgetMs: number): Promise<number> {
  const start = performance.now();
  const layout = cy.layout(options as Parameters<Core['layout']>[0]);
  const stopped = new Promise<number>((resolve) => {
    layout.one('layoutstop', () => resolve(performance.now()));
  });
  let timer = 0;
  // A synchronous layout cannot be interrupted from inside the page (the script's per-run
  // timeout covers that); this bound is for layouts that animate or yield.
  const timeout = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error('layout did not stop in time')), budgetMs);
  });
  layout.run();
  try {
    return (await Promise.race([stopped, timeout])) - start;
  } finally {
    window.clearTimeout(timer);
  }
}

/**
 * Moves the viewport every animation frame for `durationMs` and counts the frames the browser
 * managed, over the whole pan and over its second half. The path is a diagonal back-and-forth
 * (300 px out and back every 2 s, up to ~15 px a frame: a brisk drag) so the graph stays on
 * screen. `move` applies one step.
 */
async function panFrames(
  cy: Core,
  durationMs: number,
  move: (dx: number, dy: number) => void,
): Promise<PanStats> {
  const frames: number[] = [];
  const ends: number[] = [];
  const drawsBefore = redraws(cy);
  const start = await nextFrame();
  const path = (t: number) => 300 * (1 - Math.cos(((t - start) / 1000) * Math.PI));
  let last = start;
  while (last - start < durationMs && frames.length < 10_000) {
    const now = await nextFrame();
    frames.push(now - last);
    ends.push(now);
    const step = path(now) - path(last);
    last = now;
    move(step, step * 0.6);
  }
  const seconds = (last - start) / 1000;
  const sorted = [...frames].sort((a, b) => a - b);
  // Cytoscape's canvas renderer fills its element and layer caches during the first seconds of
  // a pan; the second half shows the rate once that is done.
  const half = start + (last - start) / 2;
  return {
    panFps: frames.length / seconds,
    steadyFps: ends.filter((t) => t > half).length / ((last - half) / 1000),
    p95FrameMs: sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? 0,
    worstFrameMs: sorted[sorted.length - 1] ?? 0,
    drawsPerSec: (redraws(cy) - drawsBefore) / seconds,
  };
}

/** Pans with cy.panBy: the programmatic path, where no viewport shortcut applies (see below). */
export function timePanBy(cy: Core, durationMs: number): Promise<PanStats> {
  return panFrames(cy, durationMs, (dx, dy) => cy.panBy({ x: dx, y: dy }));
}

/**
 * Pans by dragging the background with synthetic mouse events, the path a user's drag takes
 * through Cytoscape's gesture handlers. Only on that path does Cytoscape apply its viewport
 * options (textureOnViewport, hideEdgesOnViewport), so the large-canvas mode is timed this way.
 */
export async function timeDrag(cy: Core, durationMs: number): Promise<PanStats> {
  const container = cy.container();
  if (!container) throw new Error('cytoscape has no container');
  const box = container.getBoundingClientRect();
  // The top-left corner is inside fit()'s padding, so the press lands on the background and
  // Cytoscape pans instead of grabbing a node.
  let x = box.left + 8;
  let y = box.top + 8;
  const fire = (target: EventTarget, type: string) =>
    target.dispatchEvent(
      new MouseEvent(type, {
        clientX: x,
        clientY: y,
        button: 0,
        buttons: type === 'mouseup' ? 0 : 1,
        bubbles: true,
        cancelable: true,
      }),
    );
  fire(document.elementFromPoint(x, y) ?? container, 'mousedown');
  try {
    return await panFrames(cy, durationMs, (dx, dy) => {
      x += dx;
      y += dy;
      fire(window, 'mousemove');
    });
  } finally {
    fire(window, 'mouseup');
  }
}

/**
 * Counts the page's frames while other work runs: a layout on the main thread stops them all;
 * one in a worker should not. `stop()` returns frames per second and the longest gap.
 */
export function frameCounter(): { stop(): { fps: number; worstFrameMs: number } } {
  const start = performance.now();
  let last = start;
  let frames = 0;
  let worst = 0;
  let running = true;
  const loop = (now: number) => {
    if (!running) return;
    worst = Math.max(worst, now - last);
    last = now;
    frames++;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  return {
    stop() {
      running = false;
      const end = performance.now();
      const seconds = (end - start) / 1000;
      return { fps: frames / seconds, worstFrameMs: Math.max(worst, end - last) };
    },
  };
}

/** rAF callbacks per second with nothing to draw: the ceiling for every pan fps figure. */
export async function idleFps(durationMs = 1000): Promise<number> {
  const start = await nextFrame();
  let last = start;
  let frames = 0;
  while (last - start < durationMs && frames < 10_000) {
    last = await nextFrame();
    frames++;
  }
  return frames / ((last - start) / 1000);
}

/** The WebGL implementation Chromium exposes (shows whether a GPU or SwiftShader draws). */
export function glRenderer(): string | null {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

/**
 * Share of nodes (%) whose centre lies within half a node width of another node's centre: such
 * nodes hide each other, so a fast layout with a high share is fast but unreadable.
 */
export function overlapPct(cy: Core, nodeSize = 28): number {
  const cell = nodeSize / 2;
  const grid = new Map<string, { x: number; y: number }[]>();
  const points = cy.nodes().map((node) => node.position());
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
    const bucket = grid.get(key);
    if (bucket) bucket.push(p);
    else grid.set(key, [p]);
  }
  let hidden = 0;
  for (const p of points) {
    const gx = Math.floor(p.x / cell);
    const gy = Math.floor(p.y / cell);
    let near = false;
    for (let dx = -1; dx <= 1 && !near; dx++) {
      for (let dy = -1; dy <= 1 && !near; dy++) {
        near = (grid.get(`${gx + dx},${gy + dy}`) ?? []).some(
          (q) => q !== p && Math.hypot(q.x - p.x, q.y - p.y) < cell,
        );
      }
    }
    if (near) hidden++;
  }
  return points.length === 0 ? 0 : (100 * hidden) / points.length;
}
