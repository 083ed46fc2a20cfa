import { describe, expect, it } from 'vitest';
import type { Hypothesis } from './api';
import { lastSeen, markSeen, newestDecision, unseenDecisions } from './seen';

const h = (status: Hypothesis['status'], updatedAt: string, decidedBy: string | null = 'sup') =>
  ({ id: updatedAt, status, updatedAt, decidedBy, proposer: 'ana' }) as Hypothesis;

describe('decisions not yet seen', () => {
  const items = [
    h('APPROVED', '2026-12-04T10:00:00Z'),
    h('REJECTED', '2026-12-04T12:00:00.000Z[UTC]'),
    h('PROPOSED', '2026-12-04T13:00:00Z', null),
    h('WITHDRAWN', '2026-12-04T14:00:00Z', null),
    // Reopened and decided again by someone else counts again; her own decisions never do.
    h('APPROVED', '2026-12-04T15:00:00Z', 'ana'),
  ];
  const at = (s: string) => Date.parse(s);

  it('counts approvals and rejections by others after the last look', () => {
    expect(unseenDecisions(items, 'ana', 0)).toBe(2);
    expect(unseenDecisions(items, 'ana', at('2026-12-04T11:00:00Z'))).toBe(1);
    expect(unseenDecisions(items, 'ana', at('2026-12-04T12:00:00Z'))).toBe(0);
  });

  it('marks as seen up to the newest decision, not the clock of this browser', () => {
    expect(newestDecision(items, 'ana', 0)).toBe(at('2026-12-04T12:00:00Z'));
    expect(newestDecision([], 'ana', 5)).toBe(5);
  });

  it('keeps the last look per user, and reads nothing kept as 0', () => {
    const kept = new Map<string, string>();
    const store = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
    };
    expect(lastSeen('ana', store)).toBe(0);
    markSeen('ana', 1234, store);
    expect(lastSeen('ana', store)).toBe(1234);
    expect(lastSeen('beto', store)).toBe(0);
    kept.set('trama.hypotheses.seen.beto', 'basura');
    expect(lastSeen('beto', store)).toBe(0);
  });
});
