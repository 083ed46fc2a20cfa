// What the benchmark page and scripts/bench-render.ts exchange, and how the results are printed.
// Plain TypeScript with no DOM or Node API, so both sides (browser bundle and tsx) import it.

export const TARGET = { nodes: 5000, fps: 30, layoutMs: 3000 };

/** Logged by the page before the layout, so a layout that never ends loses only its number. */
export const PARTIAL_PREFIX = 'bench:partial ';

export interface BenchOptions {
  nodes: number;
  webgl: boolean;
  /** A key of `layouts` in bench.ts. */
  layout: string;
  /** Large-canvas mode (see bench.ts); panned by dragging, the only path where it applies. */
  largeCanvas?: boolean;
  /** How long to pan for; 6 s by default (3 s of warm-up, 3 s steady). */
  panMs?: number;
}

export interface PanStats {
  /** Frames per second over the whole pan, cache warm-up included. */
  panFps: number;
  /** Frames per second over the second half of the pan, once Cytoscape's caches are warm. */
  steadyFps: number;
  p95FrameMs: number;
  /** The longest frame: a stall at the start of a drag shows here, not in the average. */
  worstFrameMs: number;
  /** Frames Cytoscape itself redrew per second: shows it kept up with the browser's frames. */
  drawsPerSec: number;
}

export interface BenchResult extends PanStats {
  nodes: number;
  edges: number;
  webgl: boolean;
  /** Whether Cytoscape really drew through WebGL. */
  webglActive: boolean;
  largeCanvas: boolean;
  layout: string;
  firstDrawMs: number;
  /** Missing when the layout did not finish within the script's budget. */
  layoutMs?: number;
  /** Nodes hidden under another after the layout (%): the readability cost of a fast layout. */
  overlapPct?: number;
  /** The page's frames per second while the layout ran, and its longest frame: a layout on
   * the main thread freezes the page, one in a worker should not. */
  layoutFps?: number;
  layoutWorstFrameMs?: number;
}

export interface Row {
  options: BenchOptions;
  result?: BenchResult;
  error?: string;
  /** Console warnings the page logged (Cytoscape's style warnings slow it down). */
  warnings?: number;
}

const fmt = (n: number | undefined, digits = 0) => (n === undefined ? '-' : n.toFixed(digits));

/**
 * A table as lines: the head, a rule, and each row in columns as wide as their widest cell, the
 * first `left` columns aligned left, the rest right; a row of another length (an error) as is.
 */
function tableLines(head: string[], rows: string[][], left: number): string[] {
  const full = rows.filter((t) => t.length === head.length);
  const widths = head.map((h, i) => Math.max(h.length, ...full.map((t) => t[i]!.length)));
  const line = (t: string[]) =>
    t.map((c, i) => (i < left ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const t of rows) out.push(t.length === head.length ? line(t) : t.join('  '));
  return out;
}

/** canvas, webgl, or canvas-large (large-canvas mode). */
export const rendererName = (o: BenchOptions) =>
  `${o.webgl ? 'webgl' : 'canvas'}${o.largeCanvas ? '-large' : ''}`;

/** The table, the WebGL/canvas ratios and the verdict on the 5k target, as lines to print. */
export function formatReport(rows: Row[], layoutBudgetMs: number): string[] {
  const head = ['nodes', 'renderer', 'layout', 'first draw ms', 'layout ms', 'overlap %'];
  head.push('fps in layout', 'worst in layout ms');
  head.push('pan fps', 'steady fps', 'p95 frame ms', 'worst frame ms');
  const table = rows.map(({ options: o, result: m, error }) => {
    // Asked for WebGL and did not get it: say so rather than print canvas numbers as WebGL.
    const off = o.webgl && m !== undefined && !m.webglActive ? '(OFF)' : '';
    const cells = [String(o.nodes), rendererName(o) + off, o.layout];
    if (!m) return [...cells, `error: ${error ?? 'unknown'}`];
    const layout = m.layoutMs === undefined ? `>${layoutBudgetMs / 1000} s` : fmt(m.layoutMs);
    cells.push(fmt(m.firstDrawMs), layout, fmt(m.overlapPct, 1));
    cells.push(fmt(m.layoutFps, 1), fmt(m.layoutWorstFrameMs), fmt(m.panFps, 1));
    return [...cells, fmt(m.steadyFps, 1), fmt(m.p95FrameMs), fmt(m.worstFrameMs)];
  });
  const out = ['', ...tableLines(head, table, 3)];

  out.push('', 'WebGL / canvas pan fps, whole pan and steady half (both cy.panBy, same run):');
  for (const { options: o, result: m } of rows) {
    if (!o.webgl || o.largeCanvas || !m) continue;
    // Panning happens before the layout, so any canvas row of the same size is a fair base.
    const base = rows.find(
      (r) => !r.options.webgl && !r.options.largeCanvas && r.options.nodes === o.nodes,
    );
    if (!base?.result) continue;
    const whole = fmt(m.panFps / base.result.panFps, 2);
    const steady = fmt(m.steadyFps / base.result.steadyFps, 2);
    out.push(`  ${String(o.nodes).padStart(5)} nodes: x${whole} whole, x${steady} steady`);
  }

  out.push('', 'force-worker / fcose layouts, same size and run (time ratio; stacked % each):');
  for (const { options: o, result: m } of rows) {
    if (o.layout !== 'force-worker' || o.webgl || o.largeCanvas || !m) continue;
    for (const other of ['fcose', 'fcose-draft']) {
      const base = rows.find(
        (r) =>
          r.options.layout === other &&
          !r.options.webgl &&
          !r.options.largeCanvas &&
          r.options.nodes === o.nodes,
      )?.result;
      if (!base) continue;
      // A layout past the budget has no time: the ratio is then only a bound.
      let ratio = 'worker over budget';
      if (m.layoutMs !== undefined && base.layoutMs !== undefined)
        ratio = `x${fmt(m.layoutMs / base.layoutMs, 2)}`;
      else if (m.layoutMs !== undefined)
        ratio = `< x${fmt(m.layoutMs / layoutBudgetMs, 3)} (${other} over budget)`;
      const stacked = `${fmt(m.overlapPct, 1)} % vs ${fmt(base.overlapPct, 1)} %`;
      out.push(
        `  ${String(o.nodes).padStart(5)} nodes vs ${other.padEnd(11)}: ${ratio}, ${stacked}`,
      );
    }
  }

  const warned = rows.reduce((sum, r) => sum + (r.warnings ?? 0), 0);
  if (warned > 0) {
    out.push(
      '',
      `${warned} console warnings: the stylesheet maps data the synthetic elements lack;`,
    );
    out.push('give them that field in web/bench/graph.ts, or the numbers include the warnings.');
  }

  const { nodes, fps, layoutMs } = TARGET;
  out.push('', `Target at ${nodes} nodes: steady pan >= ${fps} fps and layout <= ${layoutMs} ms`);
  for (const { options: o, result: m, error } of rows) {
    if (o.nodes !== nodes) continue;
    const laidOut = m?.layoutMs !== undefined && m.layoutMs <= layoutMs;
    const met = m !== undefined && m.steadyFps >= fps && laidOut;
    const took =
      m?.layoutMs === undefined ? `over ${layoutBudgetMs / 1000} s` : `${fmt(m.layoutMs)} ms`;
    const why = m ? `steady ${fmt(m.steadyFps, 1)} fps, layout ${took}` : error;
    out.push(
      `  ${`${rendererName(o)} ${o.layout}`.padEnd(25)} ${met ? 'MET' : 'not met'} (${why})`,
    );
  }
  return out;
}

export interface TidyOptions {
  nodes: number;
}

/** The tidy pass after a layout or a drag (web/bench/tidy.ts), in ms and counts. */
export interface TidyResult {
  nodes: number;
  edges: number;
  /** The baseline: every line against every node, once. */
  scanMs: number;
  /** Straight lines through a node they do not join, before and after bending. */
  crossingBefore: number;
  crossingAfter: number;
  bendMs: number;
  bent: number;
  /** Placing lines' labels, first and again (as after a drag). */
  labelMs: number;
  labelAgainMs: number;
  labels: number;
  leftOut: number;
  /** What one pass of bending may hold the page for (dodge.ts). */
  bendBudgetMs: number;
}

/** The tidy table and its ratios to the scan baseline, as lines to print. */
export function formatTidy(rows: { options: TidyOptions; result?: TidyResult; error?: string }[]) {
  const head = ['nodes', 'edges', 'scan ms', 'bend ms', 'bent', 'crossing before→after'];
  head.push('labels ms', 'again ms', 'shown', 'left out', 'bend/scan', 'labels/scan');
  const table = rows.map(({ options: o, result: m, error }) => {
    if (!m) return [String(o.nodes), `error: ${error ?? 'unknown'}`];
    return [
      String(m.nodes),
      String(m.edges),
      fmt(m.scanMs, 1),
      fmt(m.bendMs, 1),
      String(m.bent),
      `${m.crossingBefore}→${m.crossingAfter}`,
      fmt(m.labelMs, 1),
      fmt(m.labelAgainMs, 1),
      String(m.labels),
      String(m.leftOut),
      `x${fmt(m.bendMs / m.scanMs, 2)}`,
      `x${fmt(m.labelMs / m.scanMs, 2)}`,
    ];
  });
  const out = ['', ...tableLines(head, table, 0)];
  out.push(
    '',
    'scan: every line against every node once (the baseline, same page); bending takes no more',
    'lines once its budget is spent (shorter lines first), so "crossing after" counts the',
    'long lines left straight.',
  );
  for (const { result: m } of rows)
    if (m && m.bendMs > m.bendBudgetMs * 1.5)
      out.push(
        `  ${m.nodes} nodes: bending took ${fmt(m.bendMs)} ms, over its ${m.bendBudgetMs} ms budget`,
      );
  return out;
}
