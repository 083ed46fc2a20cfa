// Runs after `npm install`: builds the embedded database launcher (db/) with Maven, which fetches
// Neo4j from Maven Central once into ~/.m2. Skipped when the build is newer than its sources,
// or when TRAMA_SKIP_DB_BUILD=1 (e.g. a deployment that always uses NEO4J_URI).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const db = path.join(root, 'db');
const marker = path.join(db, 'target', 'lib');
const sources = [
  path.join(db, 'pom.xml'),
  path.join(db, 'src', 'main', 'java', 'trama', 'db', 'Launcher.java'),
];

if (process.env.TRAMA_SKIP_DB_BUILD === '1') process.exit(0);

const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
if (
  existsSync(marker) &&
  statSync(marker).mtimeMs >= newest &&
  existsSync(path.join(db, 'target', 'classes'))
) {
  process.exit(0);
}

function missing(tool, hint) {
  console.error(`\nTrama: \`${tool}\` was not found. ${hint}\n`);
  process.exit(1);
}

const has = (cmd, args) => !spawnSync(cmd, args, { stdio: 'ignore' }).error;
if (!has('java', ['-version'])) {
  missing(
    'java',
    'The embedded Neo4j needs a JDK 17+ (Debian: apt-get install openjdk-17-jdk-headless). ' +
      'To use a Neo4j server instead, set TRAMA_SKIP_DB_BUILD=1 and NEO4J_URI.',
  );
}
if (!has('mvn', ['-v'])) {
  missing(
    'mvn',
    'Maven builds the embedded Neo4j launcher (Debian: apt-get install maven). ' +
      'To use a Neo4j server instead, set TRAMA_SKIP_DB_BUILD=1 and NEO4J_URI.',
  );
}

console.log('Trama: building the embedded Neo4j launcher (db/) with Maven…');
const started = Date.now();
const res = spawnSync('mvn', ['-B', '-q', '-f', path.join(db, 'pom.xml'), 'package'], {
  stdio: 'inherit',
});
if (res.status !== 0) {
  console.error(
    '\nTrama: the Maven build of db/ failed (see above). Neo4j comes from Maven Central: check that it is reachable.',
  );
  process.exit(res.status ?? 1);
}
console.log(`Trama: launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
