import { describe, expect, it } from 'vitest';
import { takeRoom, type Box } from './room';

describe('takeRoom', () => {
  it('takes a box only where it overlaps none taken; touching edges do not overlap', () => {
    const taken: Box[] = [];
    expect(takeRoom(taken, { x0: 0, y0: 0, x1: 10, y1: 10 })).toBe(true);
    expect(takeRoom(taken, { x0: 5, y0: 5, x1: 15, y1: 15 })).toBe(false);
    expect(takeRoom(taken, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(true);
    expect(taken).toHaveLength(2);
  });
});
