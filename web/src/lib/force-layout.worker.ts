// Runs force-layout.ts off the main thread, so the page keeps drawing and answering while a
// large canvas is laid out. One request per worker: force-run.ts starts it, and ends it once the
// positions are back (or the request was superseded).
import { forceLayout, type ForceRequest, type ForceMessage } from './force-layout';

// The app's tsconfig has the DOM library, not WebWorker; this is the part of a worker's global
// scope used here.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ForceRequest>) => void) | null;
  postMessage(message: ForceMessage, transfer?: Transferable[]): void;
};

scope.onmessage = (e) => {
  const { nodes, edges, options } = e.data;
  const result = forceLayout(nodes, edges, options, (done, total) =>
    scope.postMessage({ kind: 'progress', done, total }),
  );
  // The positions' buffer is handed over, not copied.
  scope.postMessage({ kind: 'done', ...result }, [result.xy.buffer]);
};
