// Rendering benchmark (issue 5): builds web/bench with Vite, serves it on 127.0.0.1, drives
// Debian's Chromium through sizes x renderers x layouts, and prints one table.
//   npx tsx scripts/bench-render.ts [--sizes 1000,5000] [--layouts fcose,fcose-draft]
//                                   [--renderers canvas,webgl,canvas-large] [--pan-ms 6000]
//                                   [--fcose-max 1000]
//   npx tsx scripts/bench-render.ts --tidy [--sizes 1000,3000,5000]   (npm run bench:tidy)
// Layouts: fcose, fcose-lean, fcose-draft (main thread) and force-worker (the app's d3-force
// layout in a Web Worker). --fcose-max skips fcose and fcose-lean above that many nodes, where
// they run past the layout budget anyway (ADR 0004).
// The canvas renderer runs every layout. Layout time does not depend on the renderer (it is
// JavaScript on the main thread), so webgl and canvas-large run only the last layout listed,
// the large-canvas candidate, which keeps a full run to about a quarter of an hour.
// --tidy times instead the canvas's tidy pass after a layout or a drag (lines bent around nodes,
// lines' labels placed where they have room: web/bench/tidy.ts), against a scan of every line
// and every node in the same page; a minute or two.
import { mkdtempSync, readFile, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import {
  PARTIAL_PREFIX,
  formatReport,
  formatTidy,
  rendererName,
  type BenchOptions,
  type BenchResult,
  type Row,
  type TidyOptions,
  type TidyResult,
} from '../web/bench/report.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DRAW_AND_PAN_TIMEOUT_MS = 240_000; // WebGL's first draw at 10k is minutes on SwiftShader
const LAYOUT_TIMEOUT_MS = 90_000; // a layout this slow has failed the 3 s target many times over
const TOTAL_TIMEOUT_MS = 45 * 60_000; // the whole bench; past it we exit, and Chromium with us

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string' },
    layouts: { type: 'string', default: 'fcose,fcose-draft,force-worker' },
    renderers: { type: 'string', default: 'canvas,webgl,canvas-large' },
    'pan-ms': { type: 'string', default: '6000' },
    'fcose-max': { type: 'string', default: 'Infinity' },
    tidy: { type: 'boolean', default: false },
  },
});
const list = (s: string) => s.split(',').flatMap((x) => (x.trim() ? [x.trim()] : []));
const sizes = list(args.sizes ?? (args.tidy ? '1000,3000,5000' : '1000,5000,10000')).map(Number);

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
      if (err) {
        res.writeHead(404).end();
        return;
      }
      const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type }).end(body);
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

type Page = Awaited<ReturnType<Browser['newPage']>>;
type BenchWindow = {
  runBench(o: BenchOptions): Promise<BenchResult>;
  runTidy(o: TidyOptions): Promise<TidyResult>;
  glRenderer(): string | null;
  idleFps(): Promise<number>;
};

async function openBench(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(url);
  await page.waitForFunction(() => 'runBench' in globalThis, null, { timeout: 30_000 });
  return page;
}

/** One measurement in a fresh page, so no run inherits another's caches, heap or GL state. */
async function measure(browser: Browser, url: string, options: BenchOptions): Promise<Row> {
  const page = await openBench(browser, url);
  // The page logs its draw and pan numbers before the layout starts; if the layout then runs
  // past its budget we keep those and report the layout as over budget.
  let partial: BenchResult | undefined;
  let warnings = 0;
  let drawnAndPanned = () => {};
  const panned = new Promise<void>((resolve) => (drawnAndPanned = resolve));
  page.on('console', (msg) => {
    // Cytoscape warns once per element when the stylesheet maps a data field the synthetic
    // elements lack; that alone costs seconds, so it is counted and reported. Chromium's own
    // WebGL driver notes ("GPU stall due to ReadPixels") are not ours and are left out.
    if (msg.type() === 'warning' && !msg.text().startsWith('[.WebGL')) warnings++;
    if (!msg.text().startsWith(PARTIAL_PREFIX)) return;
    partial = JSON.parse(msg.text().slice(PARTIAL_PREFIX.length)) as BenchResult;
    drawnAndPanned();
  });
  const run = page.evaluate((o) => (globalThis as unknown as BenchWindow).runBench(o), options);
  run.catch(() => undefined); // its failure is reported through the awaits below
  try {
    const label = `${options.nodes} nodes, ${rendererName(options)}`;
    await withTimeout(Promise.race([panned, run]), DRAW_AND_PAN_TIMEOUT_MS, `${label} draw+pan`);
    const result = await withTimeout(run, LAYOUT_TIMEOUT_MS, `${label} layout`);
    return { options, result, warnings };
  } catch (err) {
    if (partial) return { options, result: partial, warnings }; // layoutMs stays undefined
    const error = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { options, error, warnings };
  } finally {
    // A page stuck in a synchronous layout may not close promptly; browser.close() ends it.
    await withTimeout(page.close(), 10_000, 'closing the page').catch(() => undefined);
  }
}

/** The tidy pass at each size, each in a fresh page. */
async function tidyRows(browser: Browser, url: string, sizes: number[]) {
  const rows: { options: TidyOptions; result?: TidyResult; error?: string }[] = [];
  for (const nodes of sizes) {
    const page = await openBench(browser, url);
    try {
      const run = page.evaluate((o) => (globalThis as unknown as BenchWindow).runTidy(o), {
        nodes,
      });
      const result = await withTimeout(run, LAYOUT_TIMEOUT_MS, `${nodes} nodes tidy`);
      console.error(`  ${nodes} tidy: bend ${result.bendMs.toFixed(0)} ms`);
      rows.push({ options: { nodes }, result });
    } catch (err) {
      rows.push({ options: { nodes }, error: err instanceof Error ? err.message : String(err) });
    } finally {
      await withTimeout(page.close(), 10_000, 'closing the page').catch(() => undefined);
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'trama-bench-'));
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Browser | undefined;
  try {
    const configFile = path.join(repo, 'web/bench/vite.config.ts');
    await build({ configFile, build: { outDir, emptyOutDir: true } });
    server = await serve(outDir);
    browser = await launch();

    const probe = await openBench(browser, server.url);
    const gl = await probe.evaluate(() => (globalThis as unknown as BenchWindow).glRenderer());
    const idle = await probe.evaluate(() => (globalThis as unknown as BenchWindow).idleFps());
    await probe.close();
    const load = loadavg()[0]!.toFixed(1);
    console.log(`Chromium ${browser.version()}, ${cpus().length} CPUs (load ${load}), 1600x1000`);
    console.log(`WebGL: ${gl ?? 'unavailable'}`);
    console.log(`Idle requestAnimationFrame rate: ${idle.toFixed(1)} fps (ceiling for pan fps)`);

    if (args.tidy) {
      for (const line of formatTidy(await tidyRows(browser, server.url, sizes))) console.log(line);
      return;
    }

    const layouts = list(args.layouts);
    const panMs = Number(args['pan-ms']);
    const rows: Row[] = [];
    for (const nodes of sizes) {
      for (const renderer of list(args.renderers)) {
        const webgl = renderer.startsWith('webgl');
        const largeCanvas = renderer.endsWith('-large');
        const mine = renderer === 'canvas' ? layouts : layouts.slice(-1);
        for (const layout of mine) {
          if (/^fcose(-lean)?$/.test(layout) && nodes > Number(args['fcose-max'])) continue;
          const options = { nodes, webgl, layout, largeCanvas, panMs };
          const row = await measure(browser, server.url, options);
          const m = row.result;
          const got = m ? `${m.panFps.toFixed(1)} fps, layout ${m.layoutMs?.toFixed(0)}` : '';
          console.error(`  ${nodes} ${renderer} ${layout}: ${row.error ?? got}`);
          rows.push(row);
        }
      }
    }
    for (const line of formatReport(rows, LAYOUT_TIMEOUT_MS)) console.log(line);
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
