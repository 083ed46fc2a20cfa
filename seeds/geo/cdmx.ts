// Mexico City's boroughs, colonias and police quadrants, read from the public GeoJSON kept in
// seeds/geo/cdmx/ (3.5 MB; overridable with TRAMA_CDMX_DATA), so a clone needs nothing beside it.
// The loader uses the same index to place every event in its colonia and cuadrante.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { areaAndCentroid, bboxOf, polygonsOf, ShapeIndex, type Shape } from './pip.js';
import { key, slug } from '../lib/text.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function cdmxDataDir(): string {
  return process.env['TRAMA_CDMX_DATA'] ?? resolve(REPO_ROOT, 'seeds', 'geo', 'cdmx');
}

export interface Area extends Shape {
  id: string;
  name: string;
  area: number;
  lon: number;
  lat: number;
}
export interface Alcaldia extends Area {
  code: string; // INEGI CVEGEO, e.g. 09015
  upper: string; // as FGJ writes it: "CUAUHTEMOC"
}
export interface Colonia extends Area {
  alcaldiaCode: string;
}
export interface Cuadrante extends Area {
  number: number;
  sector: string;
  zona: string;
  region: number;
  alcaldiaCode: string;
}

export interface Place {
  alcaldia: Alcaldia;
  colonia: Colonia;
  cuadrante: Cuadrante;
}

/** Borough names differ between sources ("GUSTAVO A. MADERO", "Cuajimalpa de Morelos"). */
export function alcaldiaKey(name: string): string {
  return key(name)
    .replace(/[^A-Z ]/g, '')
    .replace(/^LA /, '')
    .replace(/ DE MORELOS$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Feature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}

function features(file: string): Feature[] {
  const json = JSON.parse(readFileSync(resolve(cdmxDataDir(), file), 'utf8')) as {
    features: Feature[];
  };
  return json.features;
}

function shape(f: Feature): Shape & { area: number; lon: number; lat: number } {
  const polygons = polygonsOf(f.geometry);
  return { polygons, bbox: bboxOf(polygons), ...areaAndCentroid(polygons) };
}

export class Cdmx {
  readonly alcaldias: Alcaldia[];
  readonly colonias: Colonia[];
  readonly cuadrantes: Cuadrante[];
  private readonly byKey = new Map<string, Alcaldia>();
  private readonly byCode = new Map<string, Alcaldia>();
  private readonly coloniaByKey = new Map<string, Colonia>();
  private readonly alcIndex: ShapeIndex<Alcaldia>;
  private readonly colIndex: ShapeIndex<Colonia>;
  private readonly cuaIndex: ShapeIndex<Cuadrante>;

  constructor() {
    this.alcaldias = features('alcaldias.geojson').map((f) => {
      const p = f.properties;
      const name = String(p['NOMGEO']);
      const code = String(p['CVEGEO']);
      return { ...shape(f), id: `alcaldia:${code}`, code, name, upper: key(name) };
    });
    this.alcaldias.sort((a, b) => a.code.localeCompare(b.code));
    for (const a of this.alcaldias) {
      this.byKey.set(alcaldiaKey(a.name), a);
      this.byCode.set(a.code, a);
    }

    const seen = new Map<string, number>();
    this.colonias = features('colonias.geojson').map((f) => {
      const name = String(f.properties['colonia']);
      const alc = this.alcaldiaByName(String(f.properties['alcaldia']));
      if (!alc) throw new Error(`colonia ${name}: unknown alcaldía ${f.properties['alcaldia']}`);
      // Two colonias can fold to the same slug ("Ampliación Jalalpa" / "Ampliacion Jalalpa").
      let id = `colonia:${alc.code}:${slug(name)}`;
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      if (n > 1) id += `-${n}`;
      return { ...shape(f), id, name, alcaldiaCode: alc.code };
    });

    for (const c of this.colonias) {
      const k = `${c.alcaldiaCode}|${key(c.name)}`;
      if (!this.coloniaByKey.has(k)) this.coloniaByKey.set(k, c);
    }

    this.cuadrantes = features('cuadrantes.geojson').map((f) => {
      const p = f.properties;
      const sector = String(p['sector']);
      const number = Number(p['no_cdrn']);
      const alc = this.alcaldiaByName(String(p['alcaldi']));
      if (!alc) throw new Error(`cuadrante ${sector}-${number}: unknown alcaldía`);
      return {
        ...shape(f),
        id: `cuadrante:${slug(sector)}-${number}`,
        name: `${sector}-${number}`,
        number,
        sector,
        zona: String(p['zona']),
        region: Number(p['no_regn']),
        alcaldiaCode: alc.code,
      };
    });

    this.alcIndex = new ShapeIndex(this.alcaldias);
    this.colIndex = new ShapeIndex(this.colonias);
    this.cuaIndex = new ShapeIndex(this.cuadrantes);
  }

  alcaldiaByName(name: string): Alcaldia | undefined {
    return this.byKey.get(alcaldiaKey(name));
  }

  /** A colonia by its name within a borough, accents and case ignored. */
  coloniaByName(alcaldiaCode: string, name: string): Colonia | undefined {
    return this.coloniaByKey.get(`${alcaldiaCode}|${key(name)}`);
  }

  alcaldiaByCode(code: string): Alcaldia | undefined {
    return this.byCode.get(code);
  }

  /**
   * The borough, colonia and quadrant containing a point. The borough comes from the colonia
   * when there is one (cheaper, and consistent with it); a point outside every borough is not
   * in Mexico City and yields undefined. Colonia or quadrant may be missing at the edges.
   */
  locate(lon: number, lat: number): Partial<Place> | undefined {
    const colonia = this.colIndex.find(lon, lat);
    const alcaldia = colonia
      ? this.alcaldiaByCode(colonia.alcaldiaCode)
      : this.alcIndex.find(lon, lat);
    if (!alcaldia) return undefined;
    return { alcaldia, colonia, cuadrante: this.cuaIndex.find(lon, lat) };
  }

  /** A point inside all three layers, as the generator needs for its addresses. */
  locateFully(lon: number, lat: number): Place | undefined {
    const p = this.locate(lon, lat);
    return p?.alcaldia && p.colonia && p.cuadrante ? (p as Place) : undefined;
  }
}

let cached: Cdmx | undefined;

/** Parsing the GeoJSON takes a moment; the generator and loader share one instance. */
export function cdmx(): Cdmx {
  cached ??= new Cdmx();
  return cached;
}
