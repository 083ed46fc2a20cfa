import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { badgeCentre } from './badge';

describe('a busy entity’s badge', () => {
  it('sits on its upper right, in model units whatever the zoom', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 40, height: 40 } }],
      elements: [{ group: 'nodes', data: { id: 'hub' }, position: { x: 100, y: 50 } }],
      layout: { name: 'preset' },
    });
    expect(badgeCentre(cy.$id('hub'))).toEqual({ x: 114, y: 36 });
    cy.zoom(3);
    expect(badgeCentre(cy.$id('hub'))).toEqual({ x: 114, y: 36 });
  });
});
