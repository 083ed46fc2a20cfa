import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Boundaries } from '../web/src/lib/map/boundaries.js';
import { makeBoundaries, OUTPUT } from './boundaries.js';

describe('the map outlines (scripts/boundaries.ts)', () => {
  const shipped = JSON.parse(readFileSync(OUTPUT, 'utf8')) as Boundaries;

  it('are what the script makes of seeds/geo/cdmx (run `npm run boundaries` after a change)', () => {
    expect(shipped).toEqual(makeBoundaries());
  });

  it('name the 16 boroughs, each inside Mexico City, its colonias and police quadrants', () => {
    const boroughs = shipped.alcaldias.names;
    expect(boroughs).toHaveLength(16);
    expect(boroughs.map((b) => b.name)).toContain('Álvaro Obregón');
    for (const { at } of boroughs) {
      expect(at[0]).toBeGreaterThan(-99.37);
      expect(at[0]).toBeLessThan(-98.94);
      expect(at[1]).toBeGreaterThan(19.04);
      expect(at[1]).toBeLessThan(19.6);
    }
    expect(shipped.colonias.names.length).toBeGreaterThan(1500);
    // The police quadrants, named as the seeds name their entities ("Cuadrante SAN ANGEL-8").
    expect(shipped.cuadrantes.names).toHaveLength(847);
    expect(shipped.cuadrantes.names.map((q) => q.name)).toContain('SAN ANGEL-8');
    expect(shipped.attribution).toMatch(/INEGI/);
  });
});
