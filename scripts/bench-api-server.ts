// The API as `bench:api` measures it: a process of its own, as it is deployed, over the
// benchmark's database (BENCH_NEO4J_URI, _USER, _PASSWORD). Prints its address as one JSON line
// once it listens; SIGTERM closes it. Started by bench-api.ts (BENCH_API_IN_PROCESS=1 keeps
// the API in the benchmark's own process instead).
import { buildApp } from '../api/src/app.js';
import { loadConfig } from '../api/src/config.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

// The per-user cap stays on (its cost is part of every request) but far above this run's rate.
const app = await buildApp(
  loadConfig({
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    TRAMA_GRAPHQL_PER_MINUTE: '1000000000',
  }),
  {
    uri: env('BENCH_NEO4J_URI'),
    user: env('BENCH_NEO4J_USER'),
    password: env('BENCH_NEO4J_PASSWORD'),
  },
);
const base = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(JSON.stringify({ base }));
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
