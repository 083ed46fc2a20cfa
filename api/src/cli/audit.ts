// Audit trail tools:  npm run audit -- verify
// Exits 0 when the whole chain is intact, 1 (naming the first broken record) when it is not.
// It runs on the server with the database's credentials, so it reads every record whole, with no
// need-to-know filtering (the audit screen redacts for its reader: ADR 0006, audit addendum); it
// prints no record's content, only how many were verified or the seq number of the broken one.
import { verifyAudit } from '../audit/verify.js';
import { loadConfig } from '../config.js';
import { connectForCli } from '../db/connect.js';
import { Executor } from '../db/executor.js';

async function main(): Promise<void> {
  const command = process.argv[2];
  if (command !== 'verify') {
    console.error(
      'usage: npm run audit -- verify\n' +
        'Checks the whole hash chain with the database credentials (every record, unfiltered);\n' +
        "prints only the count, or the first broken record's number and what is wrong with it.",
    );
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const { driver, close } = await connectForCli(config);
  try {
    const result = await verifyAudit(new Executor(driver, config.NEO4J_DATABASE));
    if (result.ok) {
      console.log(`audit trail intact: ${result.records} records verified`);
    } else {
      console.log(`audit trail BROKEN at record ${result.seq}: ${result.problem}`);
      process.exitCode = 1;
    }
  } finally {
    await close();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
