// Public entry of the seeds package for the API, the tests and the CLI: the generator, the
// loader and the demo bootstrap.

export {
  generate,
  SCALES,
  type GenerateOptions,
  type Manifest,
  type ScaleName,
} from './generate.js';
export { loadFeeds, type LoadOptions, type LoadSummary, type FileSummary } from './load/loader.js';
export { seedDemoIfEmpty, DEMO_DIR, DEMO_SEED, type SeedDemoOptions } from './load/seed-demo.js';
export { applySchemaFiles } from './load/schema.js';
