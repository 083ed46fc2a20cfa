// The hash chain of the audit trail: each record's hash covers its content and the previous
// record's hash, so editing, deleting or reordering any record breaks every hash after it.
import { createHash } from 'node:crypto';

export interface AuditEntry {
  at: string;
  user: string;
  action: string;
  target: string | null;
  entities: string[];
  details: string;
  ip: string | null;
  purpose: string | null;
  outcome: string;
  /**
   * True when the page asked on its own (a live refresh, a badge's count), not the user: the
   * audit still says what left the API, and tells it apart from what the user did (QA: a
   * supervisor's queue refreshed by someone else's proposal read as her own query). Absent
   * otherwise, so records from before it hash as they did.
   */
  automatic?: boolean;
}

export interface ChainedRecord extends AuditEntry {
  seq: number;
  prevHash: string;
  hash: string;
}

/** The canonical text hashed for a record: fixed field order, JSON-escaped values. */
function canonical(seq: number, e: AuditEntry, prevHash: string): string {
  return JSON.stringify([
    seq,
    e.at,
    e.user,
    e.action,
    e.target,
    e.entities,
    e.details,
    e.ip,
    e.purpose,
    e.outcome,
    ...(e.automatic ? ['automatic'] : []),
    prevHash,
  ]);
}

export function hashRecord(seq: number, e: AuditEntry, prevHash: string): string {
  return createHash('sha256')
    .update(canonical(seq, e, prevHash))
    .digest('hex');
}

export function chain(entries: AuditEntry[], lastSeq: number, lastHash: string): ChainedRecord[] {
  const out: ChainedRecord[] = [];
  let prev = lastHash;
  let seq = lastSeq;
  for (const e of entries) {
    seq += 1;
    const hash = hashRecord(seq, e, prev);
    out.push({ ...e, seq, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

export interface VerifyProblem {
  seq: number;
  problem: string;
}

/**
 * Checks records (in seq order, starting after `prevSeq`/`prevHash`); returns the first problem.
 * Detects edited content (hash mismatch), deleted or inserted records (seq gap, prevHash
 * mismatch) and reordering (either).
 */
export function verifyRecords(
  records: ChainedRecord[],
  prevSeq: number,
  prevHash: string,
): VerifyProblem | null {
  let seq = prevSeq;
  let prev = prevHash;
  for (const r of records) {
    if (r.seq !== seq + 1)
      return { seq: seq + 1, problem: `record ${seq + 1} is missing (next found is ${r.seq})` };
    if (r.prevHash !== prev)
      return {
        seq: r.seq,
        problem: `record ${r.seq} does not follow record ${seq} (its previous hash differs)`,
      };
    if (hashRecord(r.seq, r, r.prevHash) !== r.hash)
      return {
        seq: r.seq,
        problem: `record ${r.seq} was altered (its content does not match its hash)`,
      };
    seq = r.seq;
    prev = r.hash;
  }
  return null;
}
