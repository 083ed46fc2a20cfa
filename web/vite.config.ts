import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// In development the API runs on :8080 and Vite proxies GraphQL and probes to it.
export default defineConfig({
  plugins: [svelte()],
  server: {
    // `ws`: live updates (GraphQL subscriptions) use a WebSocket on /graphql.
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:8080', ws: true },
      '/auth': 'http://127.0.0.1:8080',
      '/readyz': 'http://127.0.0.1:8080',
    },
  },
  build: { chunkSizeWarningLimit: 1500 },
});
