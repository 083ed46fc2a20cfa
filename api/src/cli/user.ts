// Admin command line for accounts:
//   npm run user -- create <username> --role ANALYST [--role …] [--clearance 0-3] [--compartment FIN …] [--name "…"] [--permanent]
//   npm run user -- passwd <username> [--permanent]   npm run user -- disable <username>   npm run user -- list
// Passwords are read from TRAMA_PASSWORD or from the first line of standard input. A password
// set here is temporary, changed by its user at the next login, unless --permanent.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { UserService } from '../auth/users.js';
import { loadConfig } from '../config.js';
import { connectForCli } from '../db/connect.js';
import { AppError, Executor } from '../db/executor.js';
import { accountChanged, TOPIC } from '../graphql/live.js';
import { appendChange } from '../plugins/changes.js';

const USAGE = `usage:
  npm run user -- create <username> --role ROLE [--role ROLE] [--clearance 0-3] [--compartment C] [--name NAME] [--permanent]
  npm run user -- passwd <username> [--permanent]
  npm run user -- disable <username> | enable <username>
  npm run user -- list
roles: ANALYST INVESTIGATOR SUPERVISOR ADMIN · compartments: FIN GV MIN INF
password: from TRAMA_PASSWORD, else the first line of standard input; the user must change it
at the next login, unless --permanent (an account for yourself, or one a tool logs in with)`;

async function readPassword(): Promise<string> {
  if (process.env.TRAMA_PASSWORD) return process.env.TRAMA_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  for await (const line of rl) {
    rl.close();
    return line.trim();
  }
  throw new AppError(
    'BAD_INPUT',
    'no password given (set TRAMA_PASSWORD or pipe it on standard input)',
  );
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string', multiple: true, default: [] },
      compartment: { type: 'string', multiple: true, default: [] },
      clearance: { type: 'string' },
      name: { type: 'string' },
      permanent: { type: 'boolean', default: false },
    },
  });
  const [command, username] = positionals;
  if (!command || (command !== 'list' && !username)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const { driver, close } = await connectForCli(config);
  const db = new Executor(driver, config.NEO4J_DATABASE);
  const users = new UserService(db);
  /**
   * Tells every running API instance that the account changed, through the live change feed
   * (plugins/changes.ts): its open subscriptions check their session at once, so a disabled
   * account's open pages are logged out, as when an admin disables it in the app.
   */
  const announce = (name: string) => appendChange(db, TOPIC, accountChanged(name), 'cli');
  try {
    if (command === 'create') {
      const user = await users.create(
        {
          username: username!,
          password: await readPassword(),
          displayName: values.name,
          roles: values.role.map((r) => r.toUpperCase()),
          clearance: values.clearance === undefined ? 0 : Number(values.clearance),
          compartments: values.compartment.map((c) => c.toUpperCase()),
          temporary: !values.permanent,
        },
        'cli',
      );
      console.log(
        `created ${user.username}: ${user.roles.join(', ')}, clearance ${user.clearance}, compartments [${user.compartments.join(', ')}]` +
          (user.mustChangePassword ? '; the password must be changed at the first login' : ''),
      );
    } else if (command === 'passwd') {
      await users.update(
        username!,
        { password: await readPassword(), temporary: !values.permanent },
        'cli',
      );
      await announce(username!);
      console.log(`password changed for ${username}`);
    } else if (command === 'disable' || command === 'enable') {
      await users.update(username!, { active: command === 'enable' }, 'cli');
      await announce(username!);
      console.log(`${username} ${command}d`);
    } else if (command === 'list') {
      for (const u of await users.list()) {
        console.log(
          `${u.username}\t${u.roles.join(',')}\tclearance ${u.clearance}\t[${u.compartments.join(',')}]\t${u.active ? 'active' : 'disabled'}`,
        );
      }
    } else {
      console.error(USAGE);
      process.exitCode = 2;
    }
  } finally {
    await close();
  }
}

main().catch((err: Error) => {
  console.error(err instanceof AppError ? `error: ${err.message}` : err);
  process.exitCode = 1;
});
