// Decisions on a user's own hypotheses they have not looked at yet: the badge on "My
// hypotheses". When they last looked is kept in this browser only (it is a reminder, not a
// record); a decision counts as new until the list is opened after it.
import { parseTime } from '../filters';
import type { Hypothesis } from './api';

/** The storage key of when `user` last looked (other tabs listen for its changes). */
export const seenKey = (user: string): string => `trama.hypotheses.seen.${user}`;

const decided = (h: Hypothesis, user: string) =>
  (h.status === 'APPROVED' || h.status === 'REJECTED') && h.decidedBy !== user;

/** Decisions by someone else on `user`'s hypotheses made after `since` (ms). */
export function unseenDecisions(items: readonly Hypothesis[], user: string, since: number): number {
  return items.filter((h) => decided(h, user) && (parseTime(h.updatedAt) ?? 0) > since).length;
}

/** The newest decision among `items` (ms), or `since` if none is newer. */
export function newestDecision(items: readonly Hypothesis[], user: string, since: number): number {
  return items
    .filter((h) => decided(h, user))
    .reduce((t, h) => Math.max(t, parseTime(h.updatedAt) ?? 0), since);
}

export function lastSeen(user: string, store: Pick<Storage, 'getItem'> = localStorage): number {
  const v = Number(store.getItem(seenKey(user)));
  return Number.isFinite(v) ? v : 0;
}

export function markSeen(
  user: string,
  at: number,
  store: Pick<Storage, 'setItem'> = localStorage,
): void {
  try {
    store.setItem(seenKey(user), String(at));
  } catch {
    // Storage full or refused (private window): the badge just stays.
  }
}
