// Starts the force layout in a Web Worker and hands back the positions by node id. Where there is
// no Worker (unit tests in Node) it runs in place: same code, same result.
import type { Position } from './graph';
import {
  forceLayout,
  type ForceEdge,
  type ForceMessage,
  type ForceNode,
  type ForceOptions,
  type ForceRequest,
  type ForceResult,
} from './force-layout';

export interface ForceRun {
  positions: Map<string, Position>;
  ticks: number;
  /** Time inside the worker; the caller's wall clock adds the start and the messages. */
  ms: number;
}

function byId(nodes: readonly ForceNode[], result: ForceResult): ForceRun {
  const positions = new Map<string, Position>();
  nodes.forEach((n, i) => positions.set(n.id, { x: result.xy[2 * i]!, y: result.xy[2 * i + 1]! }));
  return { positions, ticks: result.ticks, ms: result.ms };
}

export function runForceLayout(
  nodes: ForceNode[],
  edges: ForceEdge[],
  options: ForceOptions = {},
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ForceRun> {
  if (typeof Worker === 'undefined') {
    return Promise.resolve(byId(nodes, forceLayout(nodes, edges, options, onProgress)));
  }
  const worker = new Worker(new URL('./force-layout.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<ForceRun>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<ForceMessage>) => {
      const m = e.data;
      if (m.kind === 'progress') onProgress(m.done, m.total);
      else resolve(byId(nodes, m));
    };
    // A worker that cannot start (its script replaced by a newer deployment while this page
    // was open: the old chunk's name is gone) or fails: the same layout here, on the page's
    // thread, rather than an error and nodes left where they were dropped.
    worker.onerror = (e) => {
      e.preventDefault();
      console.warn(
        `force layout: worker failed (${e.message || 'could not load'}); laying out here`,
      );
      try {
        resolve(byId(nodes, forceLayout(nodes, edges, options, onProgress)));
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    };
    const request: ForceRequest = { nodes, edges, options };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
