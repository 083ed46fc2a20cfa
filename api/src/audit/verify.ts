// Walks the whole audit chain in sequence order and reports the first broken link, if any.
import neo4j, { isDateTime } from 'neo4j-driver';
import type { Executor } from '../db/executor.js';
import { verifyRecords, type ChainedRecord } from './chain.js';

const PAGE = 5000;

export interface Verification {
  ok: boolean;
  records: number;
  seq: number | null;
  problem: string | null;
}

/** A stored record back into the exact values that were hashed. */
export function fromStored(p: Record<string, unknown>): ChainedRecord {
  const at = p.at;
  return {
    seq: neo4j.isInt(p.seq) ? neo4j.integer.toNumber(p.seq as never) : Number(p.seq),
    at: isDateTime(at as object)
      ? (at as { toStandardDate(): Date }).toStandardDate().toISOString()
      : String(at),
    user: String(p.user),
    action: String(p.action),
    target: (p.target as string | null) ?? null,
    entities: (p.entities as string[] | null) ?? [],
    details: String(p.details),
    ip: (p.ip as string | null) ?? null,
    purpose: (p.purpose as string | null) ?? null,
    outcome: String(p.outcome),
    ...(p.automatic === true ? { automatic: true } : {}),
    prevHash: String(p.prevHash),
    hash: String(p.hash),
  };
}

export async function verifyAudit(db: Executor): Promise<Verification> {
  let seq = 0;
  let hash = 'genesis';
  let count = 0;
  for (;;) {
    const rows = await db.readQuery({ operation: 'auditVerify' }, 'audit/page', {
      afterSeq: neo4j.int(seq),
      limit: neo4j.int(PAGE),
    });
    const records = rows.map((r) => fromStored(r.a as Record<string, unknown>));
    const problem = verifyRecords(records, seq, hash);
    if (problem) return { ok: false, records: count, seq: problem.seq, problem: problem.problem };
    count += records.length;
    if (records.length > 0) {
      seq = records.at(-1)!.seq;
      hash = records.at(-1)!.hash;
    }
    if (records.length < PAGE) break;
  }
  const head = (await db.readQuery({ operation: 'auditVerify' }, 'audit/head', {}))[0];
  const headSeq = head ? neo4j.integer.toNumber(head.seq as never) : 0;
  if (headSeq !== seq || (head && head.hash !== hash)) {
    return {
      ok: false,
      records: count,
      seq: headSeq,
      problem: `the chain ends at record ${seq} but its head says ${headSeq}: records were deleted from the end`,
    };
  }
  return { ok: true, records: count, seq: null, problem: null };
}
