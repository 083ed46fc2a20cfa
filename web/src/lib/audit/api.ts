// The audit trail (api/src/graphql/audit/): records by user, entity and time, the chain check,
// and recording what the user exported (the export itself happens in the browser).
import { gql } from '../api';
import type * as G from '../generated';

export type AuditRecord = Omit<G.AuditRecord, '__typename'>;
export type AuditVerification = Omit<G.AuditVerification, '__typename'>;

export interface AuditQuery {
  user?: string;
  /** false: only what users asked, not what pages asked on their own (live refreshes). */
  automatic?: boolean;
  entity?: string;
  /** ISO date-times. */
  from?: string;
  to?: string;
}

export async function auditRecords(
  q: AuditQuery,
  beforeSeq: number | null = null,
  first = 50,
): Promise<{ records: AuditRecord[]; nextBeforeSeq: number | null; users: string[] | null }> {
  const data = await gql<{
    auditRecords: {
      records: AuditRecord[];
      nextBeforeSeq?: number | null;
      users?: string[] | null;
    };
  }>(
    `query Audit($user: String, $automatic: Boolean, $entity: ID, $from: String, $to: String, $beforeSeq: Int, $first: Int) {
       auditRecords(user: $user, automatic: $automatic, entity: $entity, from: $from, to: $to, beforeSeq: $beforeSeq, first: $first) {
         records { seq at user action target entities entityNames details ip purpose outcome automatic classification compartments } nextBeforeSeq users } }`,
    { ...q, beforeSeq, first },
  );
  return {
    records: data.auditRecords.records,
    nextBeforeSeq: data.auditRecords.nextBeforeSeq ?? null,
    users: data.auditRecords.users ?? null,
  };
}

export async function auditVerify(): Promise<AuditVerification> {
  const data = await gql<{ auditVerify: AuditVerification }>(
    '{ auditVerify { ok records seq problem } }',
    {},
  );
  return data.auditVerify;
}

export async function recordExport(
  format: string,
  entityIds: string[],
  links: { linkIds: string[]; hypothesisIds: string[] },
): Promise<void> {
  await gql<{ recordExport: boolean }>(
    `mutation RecordExport($format: String!, $entityIds: [ID!]!, $linkIds: [ID!], $hypothesisIds: [ID!]) {
       recordExport(format: $format, entityIds: $entityIds, linkIds: $linkIds, hypothesisIds: $hypothesisIds) }`,
    { format, entityIds, ...links },
  );
}

/** Records that the reader exported `records` audit records, chosen by `q` (before the file). */
export async function recordAuditExport(records: number, q: AuditQuery): Promise<void> {
  await gql<{ recordAuditExport: boolean }>(
    `mutation RecordAuditExport($records: Int!, $user: String, $automatic: Boolean, $entity: ID, $from: String, $to: String) {
       recordAuditExport(records: $records, user: $user, automatic: $automatic, entity: $entity, from: $from, to: $to) }`,
    {
      records,
      user: q.user ?? null,
      automatic: q.automatic ?? null,
      entity: q.entity ?? null,
      from: q.from ?? null,
      to: q.to ?? null,
    },
  );
}
