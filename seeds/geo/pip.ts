// Point-in-polygon with a coarse grid index: the generator places hundreds of thousands of
// points and the loader locates every event, so each lookup must touch only nearby shapes.

/** A polygon as rings of [lon, lat]; the first ring is the outer boundary, the rest are holes. */
export type Ring = [number, number][];
export type Polygon = Ring[];

export interface BBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export interface Shape {
  polygons: Polygon[];
  bbox: BBox;
}

function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function inShape(lon: number, lat: number, s: Shape): boolean {
  const b = s.bbox;
  if (lon < b.minLon || lon > b.maxLon || lat < b.minLat || lat > b.maxLat) return false;
  for (const poly of s.polygons) {
    const [outer, ...holes] = poly;
    if (outer && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h))) return true;
  }
  return false;
}

export function bboxOf(polygons: Polygon[]): BBox {
  const b = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const poly of polygons) {
    for (const [lon, lat] of poly[0] ?? []) {
      b.minLon = Math.min(b.minLon, lon);
      b.maxLon = Math.max(b.maxLon, lon);
      b.minLat = Math.min(b.minLat, lat);
      b.maxLat = Math.max(b.maxLat, lat);
    }
  }
  return b;
}

/** Area (square degrees, only used as a relative weight) and centroid of the outer rings. */
export function areaAndCentroid(polygons: Polygon[]): { area: number; lon: number; lat: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const poly of polygons) {
    const ring = poly[0] ?? [];
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      const f = xj * yi - xi * yj;
      area += f;
      cx += (xi + xj) * f;
      cy += (yi + yj) * f;
    }
  }
  if (area === 0) return { area: 0, lon: 0, lat: 0 };
  return { area: Math.abs(area / 2), lon: cx / (3 * area), lat: cy / (3 * area) };
}

/** Geometry from GeoJSON Polygon/MultiPolygon coordinates. */
export function polygonsOf(geometry: { type: string; coordinates: unknown }): Polygon[] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as Polygon];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Polygon[];
  throw new Error(`unsupported geometry ${geometry.type}`);
}

const CELL = 0.004; // degrees, about 450 m: a handful of shapes per cell

/** Finds which of many shapes contains a point. */
export class ShapeIndex<T extends Shape> {
  private readonly cells = new Map<number, T[]>();

  constructor(readonly shapes: readonly T[]) {
    for (const s of shapes) {
      const b = s.bbox;
      for (let x = Math.floor(b.minLon / CELL); x <= Math.floor(b.maxLon / CELL); x++) {
        for (let y = Math.floor(b.minLat / CELL); y <= Math.floor(b.maxLat / CELL); y++) {
          const k = x * 100000 + y;
          const list = this.cells.get(k);
          if (list) list.push(s);
          else this.cells.set(k, [s]);
        }
      }
    }
  }

  find(lon: number, lat: number): T | undefined {
    const k = Math.floor(lon / CELL) * 100000 + Math.floor(lat / CELL);
    for (const s of this.cells.get(k) ?? []) if (inShape(lon, lat, s)) return s;
    return undefined;
  }
}
