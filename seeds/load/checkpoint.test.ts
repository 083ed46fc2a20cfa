import { describe, expect, it } from 'vitest';
import { advance, committed, type Checkpoint } from './checkpoint.js';

const start: Checkpoint = {
  sha256: 'x',
  lastLine: 1,
  ahead: [],
  rows: 0,
  loaded: 0,
  rejected: 0,
  unresolved: 0,
  done: false,
};
const batch = (after: number, last: number) => ({
  after,
  last,
  rows: last - after,
  loaded: last - after - 1,
  rejected: 1,
  unresolved: 0,
});

describe('checkpoints of parallel lanes', () => {
  it('moves the watermark over batches committed in order', () => {
    const cp = advance(advance(start, batch(1, 101)), batch(101, 201));
    expect(cp).toMatchObject({ lastLine: 201, ahead: [], rows: 200, loaded: 198, rejected: 2 });
  });

  it('keeps a batch committed out of order ahead until the gap closes', () => {
    const early = advance(start, batch(101, 201));
    expect(early.lastLine).toBe(1);
    expect(early.ahead).toEqual([[101, 201]]);
    expect(committed(early, 150)).toBe(true);
    expect(committed(early, 50)).toBe(false);
    expect(committed(early, 202)).toBe(false);
    const closed = advance(early, batch(1, 101));
    expect(closed).toMatchObject({ lastLine: 201, ahead: [], rows: 200 });
  });

  it('drops ranges a later batch covered', () => {
    const cp = advance({ ...start, ahead: [[150, 160]] }, batch(1, 300));
    expect(cp).toMatchObject({ lastLine: 300, ahead: [] });
  });
});
