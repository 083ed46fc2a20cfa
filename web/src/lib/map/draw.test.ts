import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { apartBox, entityBoxes, type View } from './draw';

/** A placed entity at 0, 0 and, under the map, one in the rows at 0, 180 (30 units wide). */
function canvas() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 30, height: 30 } }],
    elements: [
      { group: 'nodes', data: { id: 'placed' }, position: { x: 0, y: 0 } },
      { group: 'nodes', data: { id: 'row' }, position: { x: 0, y: 180 } },
    ],
    layout: { name: 'preset' },
  });
}

const view = (zoom: number): View => ({ zoom, pan: { x: -100, y: -50 }, width: 800, height: 600 });
const measure = (text: string) => text.length * 6;
/** The entities drawn, with their names, as the map's drawing reads them. */
const drawn = (cy: ReturnType<typeof canvas>, zoom: number) => entityBoxes(cy, view(zoom));

describe('the panel of what the map could not place', () => {
  it('is titled above its rows while the room there is free', () => {
    const cy = canvas();
    const apart = apartBox(cy, view(1), new Set(['row']), 'Sin ubicación', drawn(cy, 1), measure)!;
    expect(apart.below).toBe(false);
    // The row's box from 164 to 196 in the model (its border too), 50 units down the view:
    // 12 of padding, and 20 of title above.
    expect(apart.box.y0).toBe(214 - 12 - 20);
    expect(apart.box.y1).toBe(246 + 12);
    // As wide as its title at least.
    expect(apart.box.x1 - apart.box.x0).toBe(13 * 6 + 16);
  });

  it('is titled under its rows when what the map placed reaches into that room (zoomed out)', () => {
    const cy = canvas();
    const apart = apartBox(
      cy,
      view(0.1),
      new Set(['row']),
      'Sin ubicación',
      drawn(cy, 0.1),
      measure,
    )!;
    expect(apart.below).toBe(true);
    expect(apart.box.y0).toBeCloseTo((164 + 50) * 0.1 - 12);
    expect(apart.box.y1).toBeCloseTo((196 + 50) * 0.1 + 12 + 20);
  });

  it('is titled under its rows when a link from a row to a placed entity crosses the title', () => {
    // Wide rows, so the title's room is clear of the placed entity's box.
    const cy = canvas();
    cy.add([
      { group: 'nodes', data: { id: 'far' }, position: { x: 400, y: 180 } },
      { group: 'nodes', data: { id: 'left' }, position: { x: -60, y: 0 } },
    ]);
    const ids = new Set(['row', 'far']);
    const above = apartBox(cy, view(1), ids, 'Sin ubicación', drawn(cy, 1), measure)!;
    expect(above.below).toBe(false);
    // From the far row up to the placed entity: the line passes right of the title.
    cy.add({ group: 'edges', data: { id: 'e1', source: 'far', target: 'placed' } });
    expect(apartBox(cy, view(1), ids, 'Sin ubicación', drawn(cy, 1), measure)!.below).toBe(false);
    // From the first row up and left: through the title's room.
    cy.add({ group: 'edges', data: { id: 'e2', source: 'row', target: 'left' } });
    expect(apartBox(cy, view(1), ids, 'Sin ubicación', drawn(cy, 1), measure)!.below).toBe(true);
  });

  it('is not drawn when nothing is placed', () => {
    const cy = canvas();
    expect(
      apartBox(cy, view(1), new Set(['row', 'placed']), 'x', drawn(cy, 1), measure),
    ).toBeNull();
  });
});
