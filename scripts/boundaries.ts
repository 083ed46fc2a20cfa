// Makes web/src/lib/map/cdmx-boundaries.json, the outlines the map layout draws behind the
// entities, from the borough, colonia and police quadrant boundaries in seeds/geo/cdmx (see its README for
// their origin and attribution): simplified keeping the borders two shapes share in common
// (TopoJSON), coordinates to five decimals (about a metre), and a point inside each shape to
// write its name at. Run `npm run boundaries` after those files change; a unit test fails while
// the JSON is not what this makes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Boundaries } from '../web/src/lib/map/boundaries.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = path.join(root, 'seeds/geo/cdmx');
export const OUTPUT = path.join(root, 'web/src/lib/map/cdmx-boundaries.json');

/**
 * Visvalingam: a point goes when its triangle with its neighbours is smaller than this (square
 * degrees; ~6,000 m² here, a 75 m square): a colonia keeps its shape, the file ~400 KB.
 */
const MIN_WEIGHT = 5e-7;

const round = (v: number) => Math.round(v * 1e5) / 1e5;
const point = ([lon, lat]: Position): [number, number] => [round(lon!), round(lat!)];

/** The area-weighted centre of a ring (shoelace), and its area. */
function centre(ring: readonly Position[]): { at: [number, number]; area: number } {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  if (a === 0) return { at: point(ring[0]!), area: 0 };
  return { at: [round(x / (3 * a)), round(y / (3 * a))], area: Math.abs(a / 2) };
}

/** The catalogue writes a colonia's numbers in title case ("Bosque De Chapultepec Iii Seccion"). */
const romanNumerals = (name: string) =>
  name.replace(/\b[ivx]+\b/gi, (w) => (/^x{0,3}(ix|iv|v?i{0,3})$/i.test(w) ? w.toUpperCase() : w));

export function makeBoundaries(): Boundaries {
  const read = (file: string) =>
    JSON.parse(readFileSync(path.join(SOURCES, file), 'utf8')) as FeatureCollection<
      Polygon | MultiPolygon,
      Record<string, unknown>
    >;
  // Quadrants are drawn apart from the rest and their borders follow streets, not the colonias'.
  const topo = presimplify(
    topology(
      {
        alcaldias: read('alcaldias.geojson'),
        colonias: read('colonias.geojson'),
        cuadrantes: read('cuadrantes.geojson'),
      },
      1e6,
    ) as unknown as Parameters<typeof presimplify>[0],
  );
  const simple = simplify(topo, MIN_WEIGHT);
  const layer = (key: keyof typeof topo.objects, name: (p: Record<string, unknown>) => string) => {
    const object = simple.objects[key] as GeometryCollection;
    const shapes = feature(simple, object) as FeatureCollection<Polygon | MultiPolygon>;
    const names = shapes.features
      .map((f: Feature<Polygon | MultiPolygon>) => {
        const polygons =
          f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        const largest = polygons.map((p) => centre(p[0]!)).sort((a, b) => b.area - a.area)[0];
        return largest ? { name: name(f.properties ?? {}), at: largest.at } : null;
      })
      .filter((n) => n !== null)
      .sort((a, b) => a.name.localeCompare(b.name, 'es'));
    const lines = mesh(simple, object).coordinates.map((l) => l.map(point));
    return { lines, names };
  };
  return {
    attribution: 'INEGI; Gobierno de la Ciudad de México',
    alcaldias: layer('alcaldias', (p) => String(p.NOMGEO)),
    colonias: layer('colonias', (p) => romanNumerals(String(p.colonia))),
    // As the quadrant's entity is named ("Cuadrante SAN ANGEL-8", seeds' geo feed).
    cuadrantes: layer('cuadrantes', (p) => `${String(p.sector)}-${Number(p.no_cdrn)}`),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = JSON.stringify(makeBoundaries());
  writeFileSync(OUTPUT, out + '\n');
  console.log(`${path.relative(root, OUTPUT)}: ${(out.length / 1024).toFixed(0)} KB`);
}
