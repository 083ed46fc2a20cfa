// Runs Trama's default database: Neo4j Community embedded in a small Java process (see db/).
// The process is supervised: if it dies, it is started again with backoff, so the API recovers
// by itself. Its stdin is a pipe from us; when this process dies, the pipe closes and the
// launcher shuts down cleanly, so no orphan Java process is left behind.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '../config.js';

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  heap: string;
  pageCacheMb: number;
  log: Pick<Console, 'info' | 'warn' | 'error'>;
}

export interface EmbeddedInfo {
  uri: string;
  user: string;
  password: string;
}

const launcherDir = path.join(repoRoot, 'db', 'target');
/** The `java -cp` of db/'s build: the launcher and the Neo4j jars Maven copied beside it. */
export const launcherClasspath = [
  path.join(launcherDir, 'classes'),
  path.join(launcherDir, 'lib', '*'),
].join(path.delimiter);
const READY = /^TRAMA-DB READY (\S+) in (\d+) ms/;
const ERROR = /^TRAMA-DB ERROR (.*)$/;
/** How Neo4j says another process holds the store, and how long a start waits for it. */
const LOCKED = /FileLockException|locked by another process/i;
const LOCK_WAIT_MS = 60_000;

/** Throws a clear error if Java 17+ is missing or the launcher has not been built. */
export function checkPrerequisites(): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error(
      'Java 17 or newer is needed to run the embedded Neo4j, but `java` was not found. ' +
        'Install a JDK (Debian: apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to use a Neo4j server.',
    );
  }
  const version = /version "(\d+)/.exec(java.stderr)?.[1];
  if (version !== undefined && Number(version) < 17) {
    throw new Error(`Java 17 or newer is needed to run the embedded Neo4j; found Java ${version}.`);
  }
  if (
    !existsSync(path.join(launcherDir, 'lib')) ||
    !existsSync(path.join(launcherDir, 'classes'))
  ) {
    throw new Error(
      'The database launcher is not built (db/target is missing). Run `npm install` (it builds db/ with Maven), ' +
        'or `mvn -f db/pom.xml package`.',
    );
  }
}

/** The password of the embedded database's `neo4j` user, made once per data folder and kept there. */
function passwordFor(dataDir: string): string {
  const file = path.join(dataDir, 'neo4j-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

export class EmbeddedNeo4j {
  private child: ChildProcess | undefined;
  private stopping = false;
  private restartDelayMs = 1000;
  readonly info: EmbeddedInfo;

  constructor(private readonly opts: EmbeddedOptions) {
    this.info = {
      uri: `bolt://127.0.0.1:${opts.port}`,
      user: 'neo4j',
      password: passwordFor(opts.dataDir),
    };
  }

  /**
   * Starts the database and resolves once Bolt accepts connections. A data folder still locked
   * by a Neo4j that is stopping (the previous run's, after its API was killed: it stops on its
   * own within seconds) is waited for, up to LOCK_WAIT_MS, rather than failing at once.
   */
  async start(): Promise<EmbeddedInfo> {
    checkPrerequisites();
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        await this.spawnOnce();
        return this.info;
      } catch (err) {
        if (this.stopping || !LOCKED.test((err as Error).message) || Date.now() > deadline)
          throw err;
        this.opts.log.warn(
          `The data folder ${this.opts.dataDir} is still held by another Neo4j (one stopping, or ` +
            'a second Trama on the same folder); trying again in 2 s',
        );
        await new Promise((ok) => setTimeout(ok, 2000));
        if (this.stopping) throw new Error('Stopped while waiting for the data folder');
      }
    }
  }

  private spawnOnce(): Promise<void> {
    const { dataDir, port, heap, pageCacheMb, log } = this.opts;
    const child = spawn(
      'java',
      [`-Xmx${heap}`, '-XX:+UseG1GC', '-cp', launcherClasspath, 'trama.db.Launcher'],
      {
        env: {
          ...process.env,
          TRAMA_DB_DIR: path.join(dataDir, 'neo4j'),
          TRAMA_DB_PORT: String(port),
          TRAMA_DB_PAGECACHE_MB: String(pageCacheMb),
          TRAMA_DB_PASSWORD: this.info.password,
          TRAMA_DB_EXIT_ON_STDIN_EOF: '1',
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    return new Promise((resolve, reject) => {
      let ready = false;
      let lastError = '';
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const ok = READY.exec(line);
        const bad = ERROR.exec(line);
        if (ok) {
          ready = true;
          this.restartDelayMs = 1000;
          log.info(`Neo4j ready at ${ok[1]} (launcher started it in ${ok[2]} ms)`);
          resolve();
        } else if (bad) {
          lastError = bad[1] ?? line;
          log.error(`Neo4j: ${lastError}`);
        }
      });
      createInterface({ input: child.stderr! }).on('line', (line) => {
        if (/ERROR|Exception/.test(line)) log.warn(`neo4j: ${line}`);
      });
      child.on('error', (err) => reject(new Error(`Could not start java: ${err.message}`)));
      child.on('exit', (code, signal) => {
        if (this.child === child) this.child = undefined;
        if (!ready) {
          reject(
            new Error(
              `Neo4j did not start (exit ${code ?? signal}): ${lastError || 'see data/neo4j/logs'}`,
            ),
          );
          return;
        }
        if (this.stopping) return;
        log.error(
          `Neo4j exited unexpectedly (${code ?? signal}); restarting in ${this.restartDelayMs} ms`,
        );
        this.scheduleRestart();
      });
    });
  }

  private scheduleRestart(): void {
    const delay = this.restartDelayMs;
    this.restartDelayMs = Math.min(this.restartDelayMs * 2, 30_000);
    setTimeout(() => {
      if (this.stopping) return;
      this.spawnOnce().catch((err: Error) => {
        this.opts.log.error(err.message);
        if (!this.stopping) this.scheduleRestart();
      });
    }, delay).unref();
  }

  /** The pid of the running Java process, if any (used by tests that kill it). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Shuts Neo4j down cleanly; kills it only if it has not stopped within `timeoutMs`. */
  async stop(timeoutMs = 60_000): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
    this.opts.log.info('Neo4j stopped');
  }
}
