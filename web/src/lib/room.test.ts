import { describe, expect, it } from 'vitest';
import { lineCrosses, takeRoom, type Box } from './room';

describe('takeRoom', () => {
  it('takes a box only where it overlaps none taken; touching edges do not overlap', () => {
    const taken: Box[] = [];
    expect(takeRoom(taken, { x0: 0, y0: 0, x1: 10, y1: 10 })).toBe(true);
    expect(takeRoom(taken, { x0: 5, y0: 5, x1: 15, y1: 15 })).toBe(false);
    expect(takeRoom(taken, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(true);
    expect(taken).toHaveLength(2);
  });
});

describe('lineCrosses', () => {
  const box: Box = { x0: 10, y0: 10, x1: 20, y1: 20 };
  it('tells a line through a box from one that passes it or stops short', () => {
    expect(lineCrosses({ x: 0, y: 0 }, { x: 30, y: 30 }, box)).toBe(true);
    expect(lineCrosses({ x: 15, y: 0 }, { x: 15, y: 30 }, box)).toBe(true);
    expect(lineCrosses({ x: 0, y: 30 }, { x: 30, y: 25 }, box)).toBe(false);
    expect(lineCrosses({ x: 0, y: 0 }, { x: 5, y: 5 }, box)).toBe(false);
    expect(lineCrosses({ x: 25, y: 0 }, { x: 25, y: 30 }, box)).toBe(false);
  });
});
