// Builds the rendering benchmark page (web/bench) on its own, so the app's build and dev server
// (web/vite.config.ts) never see it. scripts/bench-render.ts overrides outDir with a temp dir;
// the default below keeps a manual `vite build --config web/bench/vite.config.ts` out of the repo.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: path.join(tmpdir(), 'trama-bench-render'),
    emptyOutDir: true,
    // Cytoscape plus fcose is one large chunk by design; the warning would only be noise here.
    chunkSizeWarningLimit: 1500,
  },
});
