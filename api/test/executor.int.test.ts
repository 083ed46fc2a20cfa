// The executor starts reads without the driver's per-query stack trace (ADR 0009): a failed
// read must still say where it was asked, and nothing else may see the lowered trace limit.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/helpers.js';

const t = testExecutor();

async function askForNodeWithoutViewer(): Promise<unknown> {
  // explore/node needs $clearance and $compartments: the database refuses the query.
  return await t.db.readQuery({ operation: 'test' }, 'explore/node', { id: 'fgj:persona:1' });
}

describe('Executor.readQuery', () => {
  it('answers, and leaves the stack trace limit as it was', async () => {
    const limit = Error.stackTraceLimit;
    const rows = await t.db.readQuery({ operation: 'test' }, 'explore/node', {
      id: 'no-such-entity',
      clearance: 0,
      compartments: [],
    });
    expect(rows).toEqual([]);
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it("gives a failed read the stack of its caller, with the database's message", async () => {
    const limit = Error.stackTraceLimit;
    const err = await askForNodeWithoutViewer().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Neo4jError);
    const { code, message, stack } = err as Neo4jError;
    expect(code).toBe('Neo.ClientError.Statement.ParameterMissing');
    expect(message).toMatch(/clearance/);
    expect(stack).toMatch(/readQuery/);
    expect(stack).toMatch(/askForNodeWithoutViewer/);
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
