// One test run for the whole repository. A global setup starts one real embedded Neo4j for the
// run (free port, temporary data folder), applies the schema and loads the demo data; unit,
// integration (*.int.test.ts) and browser (*.e2e.test.ts) tests all run against it.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql for the tests as for Node: Vite would give our code graphql's ES build and
    // leave Mercurius (CommonJS) its CommonJS one, two copies whose schema types are not each
    // other's ("Cannot use GraphQLScalarType from another module or realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: [
      'api/**/*.test.ts',
      'web/src/**/*.test.ts',
      'seeds/**/*.test.ts',
      'scripts/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    globalSetup: ['test/global-setup.ts'],
    // Integration tests share one database: run files one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
