import { describe, expect, it } from 'vitest';
import { placeLabels, type LineLabel } from './line-labels';
import { Room } from './room';

/** A horizontal line from (x0, y) to (x1, y), its label `width` wide. */
const line = (id: string, x0: number, x1: number, y: number, width = 60): LineLabel => ({
  id,
  mid: { x: (x0 + x1) / 2, y },
  from: { x: x0, y },
  to: { x: x1, y },
  width,
  straight: true,
  busier: 'from',
});

describe('placing lines’ labels', () => {
  it('writes a label at its line’s middle when it covers nothing', () => {
    const got = placeLabels(new Room(), [line('a', 0, 300, 0)]);
    expect(got.get('a')).toEqual({ dx: 0, dy: 0 });
  });

  it('slides a label covering a name along its line, away from the busier end first', () => {
    const room = new Room();
    // A name written across the line's middle.
    room.take({ x: 150, y: 0, hw: 50, hh: 6, angle: 0 });
    const got = placeLabels(room, [line('a', 0, 400, 0)]).get('a')!;
    expect(got.dy).toBe(0);
    expect(got.dx).toBeGreaterThan(0); // towards `to`, away from the busier `from`
    // The other way when the other end is the busier one.
    const room2 = new Room();
    room2.take({ x: 250, y: 0, hw: 50, hh: 6, angle: 0 });
    const back = placeLabels(room2, [{ ...line('b', 0, 400, 0), busier: 'to' }]).get('b')!;
    expect(back.dx).toBeLessThan(0);
  });

  it('leaves out a label with no room on its line, and never slides it off the line', () => {
    const room = new Room();
    room.take({ x: 150, y: 0, hw: 50, hh: 6, angle: 0 });
    // A line barely longer than its label: no room to slide.
    expect(placeLabels(room, [line('a', 110, 190, 0)]).get('a')).toBeNull();
    // A curve's label stays at its middle.
    expect(placeLabels(room, [{ ...line('c', 0, 400, 0), straight: false }]).get('c')).toBeNull();
  });

  it('gives room in the order asked: the first of two labels on one spot keeps it', () => {
    const got = placeLabels(new Room(), [line('first', 0, 120, 0), line('second', 0, 120, 2)]);
    expect(got.get('first')).toEqual({ dx: 0, dy: 0 });
    expect(got.get('second')).toBeNull();
  });
});
