// What a feed is to the loader: its file, the Cypher steps run for each batch (in order, in one
// transaction) and a map from a CSV row to the rows of each step. Shared steps (address, phone,
// vehicle, account) are de-duplicated per batch.

import type { FeedPath } from '../feeds/columns.js';
import type { Raw } from './fields.js';

export type StepRows = Record<string, object | null | undefined | (object | null | undefined)[]>;

export interface FeedSpec {
  path: FeedPath;
  /** Names of files in cypher/queries/load/, run in this order for every batch. */
  steps: readonly string[];
  /** Rows per transaction, when the feed's rows are much lighter or heavier than usual. */
  batchSize?: number;
  /**
   * Faster insert-only variants of some steps, used when the checkpoint proves the rows are not
   * yet in the graph (an unchanged file read past its last committed line).
   */
  fresh?: Readonly<Record<string, string>>;
  /**
   * Batches may commit in parallel lanes: rows never refer to rows of the same file, and batches
   * rarely write the same nodes. Feeds whose rows all link to a few hubs (an address to its
   * borough) gain nothing: their transactions queue on the hub's lock.
   */
  parallel?: boolean;
  /**
   * Files this one must be loaded again after, whenever they are (even when this one is
   * unchanged): its steps re-derive what a reload of theirs overwrites (the protection of
   * victims and minors that fgj/intervinientes.csv puts on person records).
   */
  rerunAfter?: readonly FeedPath[];
  /** Maps one CSV row; throws Reject for a bad row. */
  map(raw: Raw, line: number): StepRows;
}

/** Steps whose rows are merged on an identifier and may repeat within a batch. */
export const SHARED_STEPS = new Set(['address', 'phone', 'vehicle', 'account']);
