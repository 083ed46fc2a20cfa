// Rendering benchmark (issue 5): builds web/bench with Vite, serves it on 127.0.0.1, and drives
// Debian's Chromium through every size x renderer x layout, printing one table.
//   npx tsx scripts/bench-render.ts [--sizes 1000,5000] [--layouts fcose,fcose-lean]
//                                   [--renderers canvas,webgl] [--pan-ms 3000]
import { readFile, rmSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUN_TIMEOUT_MS = 180_000; // one size/renderer/layout, including a slow 10k fcose
const TOTAL_TIMEOUT_MS = 40 * 60_000; // the whole bench; past it we exit and Chromium with us
const TARGET = { nodes: 5000, fps: 30, layoutMs: 3000 };

// Mirrors web/bench/bench.ts (a browser module the Node side cannot import); the page rejects
// anything else, so a mismatch fails loudly.
interface BenchOptions {
  nodes: number;
  webgl: boolean;
  layout: string;
  largeCanvas: boolean;
  panMs: number;
}
interface BenchResult {
  nodes: number;
  edges: number;
  webgl: boolean;
  webglActive: boolean;
  largeCanvas: boolean;
  layout: string;
  firstDrawMs: number;
  layoutMs: number;
  panFps: number;
  p95FrameMs: number;
  drawsPerSec: number;
}
interface BenchPage {
  runBench(o: BenchOptions): Promise<BenchResult>;
  glRenderer(): string | null;
  idleFps(): Promise<number>;
}
type Row = BenchOptions & { result?: BenchResult; error?: string };

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    layouts: { type: 'string', default: 'fcose,fcose-lean,fcose-draft' },
    renderers: { type: 'string', default: 'canvas,webgl,canvas-large' },
    'pan-ms': { type: 'string', default: '3000' },
  },
});
const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A static file server for the built page, bound to loopback, that never leaves `root`. */
async function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    let file: string;
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file, (err, body) => {
      if (err) res.writeHead(404).end();
      else
        res
          .writeHead(200, {
            'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
          })
          .end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** One measurement in a fresh page, so no run inherits another's caches, heap or GL state. */
async function measure(browser: Browser, url: string, options: BenchOptions): Promise<Row> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => 'runBench' in globalThis, null, { timeout: 30_000 });
    const result = await withTimeout(
      page.evaluate((o) => (globalThis as unknown as BenchPage).runBench(o), options),
      RUN_TIMEOUT_MS,
      `${options.nodes} nodes`,
    );
    return { ...options, result };
  } catch (err) {
    return { ...options, error: err instanceof Error ? err.message.split('\n')[0] : String(err) };
  } finally {
    // A page stuck in a synchronous layout may not close promptly; browser.close() ends it.
    await withTimeout(page.close(), 10_000, 'closing the page').catch(() => undefined);
  }
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);
/** canvas, webgl, or canvas-large (large-canvas mode, panned by dragging). */
const renderer = (r: BenchOptions) =>
  `${r.webgl ? 'webgl' : 'canvas'}${r.largeCanvas ? '-large' : ''}`;
const label = (r: BenchOptions) => `${renderer(r)} ${r.layout}`;

/** Prints the table, the WebGL/canvas ratios and the verdict on the 5k target. */
function report(rows: Row[]): void {
  const head = ['nodes', 'renderer', 'layout', 'first draw ms', 'layout ms', 'pan fps'];
  head.push('p95 frame ms', 'draws/s');
  const table = rows.map((r) => {
    // Asked for WebGL and did not get it: say so rather than print canvas numbers as WebGL.
    const off = r.webgl && r.result !== undefined && !r.result.webglActive;
    const cells = [String(r.nodes), off ? `${renderer(r)}(OFF)` : renderer(r), r.layout];
    const m = r.result;
    if (!m) return [...cells, `error: ${r.error ?? 'unknown'}`];
    cells.push(fmt(m.firstDrawMs), fmt(m.layoutMs), fmt(m.panFps, 1), fmt(m.p95FrameMs, 1));
    return [...cells, fmt(m.drawsPerSec, 1)];
  });
  const full = table.filter((t) => t.length === head.length);
  const widths = head.map((h, i) => Math.max(h.length, ...full.map((t) => t[i]!.length)));
  const line = (t: string[]) =>
    t.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const t of table) console.log(t.length === head.length ? line(t) : t.join('  '));

  console.log('\nWebGL / canvas pan fps (both panned with cy.panBy in this run):');
  for (const r of rows.filter((x) => x.webgl && !x.largeCanvas && x.result)) {
    const base = rows.find(
      (x) => !x.webgl && !x.largeCanvas && x.nodes === r.nodes && x.layout === r.layout,
    );
    if (!base?.result) continue;
    const ratio = r.result!.panFps / base.result.panFps;
    console.log(`  ${String(r.nodes).padStart(5)} nodes, ${r.layout.padEnd(11)} x${fmt(ratio, 2)}`);
  }

  const { nodes, fps, layoutMs } = TARGET;
  console.log(`\nTarget at ${nodes} nodes: pan >= ${fps} fps and layout <= ${layoutMs} ms`);
  for (const r of rows.filter((x) => x.nodes === nodes)) {
    const m = r.result;
    const met = m !== undefined && m.panFps >= fps && m.layoutMs <= layoutMs;
    const why = m ? `${fmt(m.panFps, 1)} fps, ${fmt(m.layoutMs)} ms layout` : r.error;
    console.log(`  ${label(r).padEnd(25)} ${met ? 'MET    ' : 'not met'} (${why})`);
  }
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'trama-bench-'));
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Browser | undefined;
  try {
    await build({
      configFile: path.join(repo, 'web/bench/vite.config.ts'),
      build: { outDir, emptyOutDir: true },
    });
    server = await serve(outDir);
    browser = await launch();

    const probe = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await probe.goto(server.url);
    await probe.waitForFunction(() => 'runBench' in globalThis, null, { timeout: 30_000 });
    const gl = await probe.evaluate(() => (globalThis as unknown as BenchPage).glRenderer());
    const idle = await probe.evaluate(() => (globalThis as unknown as BenchPage).idleFps());
    await probe.close();
    console.log(`Chromium ${browser.version()}, ${cpus().length} CPU(s), viewport 1600x1000`);
    console.log(`WebGL: ${gl ?? 'unavailable'}`);
    console.log(`Idle requestAnimationFrame rate: ${fmt(idle, 1)} fps (ceiling for pan fps)`);

    const rows: Row[] = [];
    const panMs = Number(args['pan-ms']);
    for (const nodes of list(args.sizes).map(Number)) {
      for (const layout of list(args.layouts)) {
        for (const renderer of list(args.renderers)) {
          const webgl = renderer.startsWith('webgl');
          const largeCanvas = renderer.endsWith('-large');
          const row = await measure(browser, server.url, {
            nodes,
            webgl,
            layout,
            largeCanvas,
            panMs,
          });
          const m = row.result;
          const summary = m ? `${fmt(m.layoutMs)} ms layout, ${fmt(m.panFps, 1)} fps` : row.error;
          console.error(`  ${nodes} ${label(row)} ${layout}: ${summary}`);
          rows.push(row);
        }
      }
    }
    report(rows);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

// Last resort if something hangs outside the per-run bounds: exiting also ends the Chromium
// that playwright launched as our child.
setTimeout(() => {
  console.error(`bench-render: gave up after ${TOTAL_TIMEOUT_MS / 60_000} min`);
  process.exit(2);
}, TOTAL_TIMEOUT_MS).unref();

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
