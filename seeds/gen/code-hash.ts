// A fingerprint of everything that shapes the generated files: the generator's sources and the
// geography it reads. Stored in the manifest, it tells whether files generated earlier are
// still what this code would write, so they can be reused instead of regenerated.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cdmxDataDir, REPO_ROOT } from '../geo/cdmx.js';

const SOURCES = ['seeds/gen', 'seeds/lib', 'seeds/geo', 'seeds/feeds'];

let cached: string | undefined;

export function generatorCodeHash(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const files = [resolve(REPO_ROOT, 'seeds/generate.ts')];
  for (const d of SOURCES) {
    const dir = resolve(REPO_ROOT, d);
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith('.ts') && !f.endsWith('.test.ts')) files.push(resolve(dir, f));
    }
  }
  for (const f of ['alcaldias.geojson', 'colonias.geojson', 'cuadrantes.geojson']) {
    files.push(resolve(cdmxDataDir(), f));
  }
  for (const f of files) hash.update(readFileSync(f));
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
