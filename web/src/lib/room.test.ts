import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  lineCrosses,
  overlaps,
  roundOverlap,
  Room,
  takeRoom,
  turnedOverlap,
  type Box,
  type TurnedBox,
} from './room';

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

describe('turned boxes', () => {
  const label = (x: number, y: number, angle: number): TurnedBox => ({
    x,
    y,
    hw: 30,
    hh: 5,
    angle,
  });

  it('tells turned labels apart whose upright boxes overlap', () => {
    // Two parallel labels along a diagonal, side by side: their upright boxes overlap.
    const a = label(0, 0, Math.PI / 4);
    const b = label(12, -12, Math.PI / 4);
    expect(overlaps(boundsOf(a), boundsOf(b))).toBe(true);
    expect(turnedOverlap(a, b)).toBe(false);
    // Crossing each other, they do.
    expect(turnedOverlap(a, label(0, 0, -Math.PI / 4))).toBe(true);
    // Touching sides do not.
    expect(turnedOverlap(label(0, 0, 0), label(60, 0, 0))).toBe(false);
    expect(turnedOverlap(label(0, 0, 0), label(59, 0, 0))).toBe(true);
  });

  it('takes room only where nothing taken is covered, whichever cells the boxes fall in', () => {
    const room = new Room(16);
    room.take({ x: -500, y: -500, hw: 17, hh: 17, angle: 0 });
    expect(room.takeIfFree(label(-500, -470, 0))).toBe(true);
    expect(room.takeIfFree(label(-480, -500, 0))).toBe(false); // over the node
    expect(room.takeIfFree(label(-500, -465, Math.PI / 2))).toBe(false); // across the first label
    // A long label spanning many cells is found from any of them.
    room.take({ x: 1000, y: 0, hw: 400, hh: 5, angle: 0 });
    expect(room.takeIfFree(label(1390, 4, 0))).toBe(false);
    expect(room.takeIfFree(label(1390, 20, 0))).toBe(true);
  });
});

describe('round nodes', () => {
  it('leave the room beside their circle that their square would take', () => {
    const person = { x: 0, y: 0, r: 17 };
    // A label just off the circle's diagonal: inside the square's corner, outside the circle.
    const beside: TurnedBox = { x: 19, y: -19, hw: 8, hh: 3, angle: -Math.PI / 4 };
    expect(turnedOverlap(beside, { x: 0, y: 0, hw: 17, hh: 17, angle: 0 })).toBe(true);
    expect(roundOverlap(beside, person)).toBe(false);
    // Over the circle, it is covered.
    expect(roundOverlap({ ...beside, x: 10, y: -10 }, person)).toBe(true);
    const room = new Room();
    room.take(person);
    expect(room.takeIfFree(beside)).toBe(true);
    expect(room.takeIfFree({ x: 0, y: 10, hw: 20, hh: 4, angle: 0 })).toBe(false);
  });
});
