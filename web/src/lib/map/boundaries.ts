// The outlines the map layout draws under the entities (BaseMap.svelte): Mexico City's boroughs
// and colonias, made by scripts/boundaries.ts from seeds/geo/cdmx (INEGI; Gobierno de la Ciudad
// de México) and loaded the first time a map is drawn.

/** A kind of boundary: its borders (each drawn once, shared or not) and where names go. */
export interface Layer {
  /** Polylines of [lon, lat] pairs. */
  lines: [number, number][][];
  /** Each shape's name, at the centre of its largest ring. */
  names: { name: string; at: [number, number] }[];
}

export interface Boundaries {
  /** Whom the shapes come from: said wherever they are shown. */
  attribution: string;
  alcaldias: Layer;
  colonias: Layer;
  /** The SSC's police quadrants, named as their entities are ("SAN ANGEL-8"). */
  cuadrantes: Layer;
}

let loading: Promise<Boundaries> | null = null;

/** The boundaries, fetched once (a chunk of their own: ~100 KB compressed). */
export function loadBoundaries(): Promise<Boundaries> {
  loading ??= import('./cdmx-boundaries.json').then((m) => m.default as Boundaries);
  return loading;
}
