// Addresses: points inside real colonias (and a police quadrant), with a plausible street and
// number. Homes follow population; events follow where crime is reported.

import type { Rng } from '../lib/prng.js';
import type { Alcaldia, Cdmx, Colonia, Cuadrante } from '../geo/cdmx.js';
import { inShape } from '../geo/pip.js';
import { STREET_NAMES, STREET_TYPES } from './catalog.js';

export interface Address {
  street: string; // "Calle Moctezuma 123"
  colonia: Colonia;
  alcaldia: Alcaldia;
  cuadrante: Cuadrante;
  lon: number;
  lat: number;
}

/** Relative population (residents, 2020 census, thousands) by INEGI code. */
const POPULATION: Record<string, number> = {
  '09007': 1835,
  '09005': 1173,
  '09010': 759,
  '09012': 700,
  '09003': 614,
  '09015': 545,
  '09017': 443,
  '09013': 443,
  '09014': 434,
  '09002': 432,
  '09006': 404,
  '09016': 414,
  '09011': 392,
  '09008': 247,
  '09004': 217,
  '09009': 152,
};
/** Relative reported crime by INEGI code (FGJ open data, order of magnitude). */
const CRIME: Record<string, number> = {
  '09007': 16,
  '09015': 14,
  '09005': 11,
  '09014': 8,
  '09003': 7,
  '09010': 7,
  '09016': 6,
  '09012': 6,
  '09017': 6,
  '09002': 4,
  '09006': 4,
  '09013': 3,
  '09011': 3,
  '09008': 1.5,
  '09004': 1.5,
  '09009': 0.7,
};

export type Weighting = 'population' | 'crime';

export class Places {
  private readonly byAlcaldia = new Map<string, { cols: Colonia[]; cum: number[] }>();
  private readonly weights: Record<Weighting, [string, number][]>;

  constructor(readonly geo: Cdmx) {
    for (const a of geo.alcaldias) {
      const cols = geo.colonias.filter((c) => c.alcaldiaCode === a.code);
      let total = 0;
      const cum = cols.map((c) => (total += Math.sqrt(c.area))); // big colonias, not too big
      this.byAlcaldia.set(a.code, { cols, cum });
    }
    this.weights = {
      population: Object.entries(POPULATION),
      crime: Object.entries(CRIME),
    };
  }

  pickAlcaldia(rng: Rng, w: Weighting): string {
    return rng.weighted(this.weights[w]);
  }

  pickColonia(rng: Rng, alcaldiaCode: string): Colonia {
    const e = this.byAlcaldia.get(alcaldiaCode);
    if (!e || e.cols.length === 0) throw new Error(`no colonias in ${alcaldiaCode}`);
    const x = rng.next() * (e.cum[e.cum.length - 1] ?? 0);
    let lo = 0;
    let hi = e.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((e.cum[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return e.cols[lo] as Colonia;
  }

  /** A street address at a random point of a colonia (in a given borough, or weighted). */
  address(rng: Rng, w: Weighting, alcaldiaCode?: string): Address {
    for (;;) {
      const colonia = this.pickColonia(rng, alcaldiaCode ?? this.pickAlcaldia(rng, w));
      const b = colonia.bbox;
      for (let i = 0; i < 25; i++) {
        const lon = b.minLon + rng.next() * (b.maxLon - b.minLon);
        const lat = b.minLat + rng.next() * (b.maxLat - b.minLat);
        if (!inShape(lon, lat, colonia)) continue;
        const place = this.geo.locateFully(lon, lat);
        if (!place || !this.margin(lon, lat)) continue;
        return { street: streetText(rng), ...place, lon: round6(lon), lat: round6(lat) };
      }
    }
  }

  /** Clerks' coordinates wander a few metres: keep addresses 20 m inside the city limits. */
  private margin(lon: number, lat: number): boolean {
    const d = 0.0002;
    return [
      [d, d],
      [d, -d],
      [-d, d],
      [-d, -d],
    ].every(([x, y]) => this.geo.locate(lon + (x ?? 0), lat + (y ?? 0)) !== undefined);
  }

  /** Another address on the same block: used to put a business or an event near a home. */
  near(rng: Rng, a: Address, metres: number): Address {
    for (let i = 0; i < 20; i++) {
      const lon = a.lon + ((rng.next() - 0.5) * metres) / 52_000;
      const lat = a.lat + ((rng.next() - 0.5) * metres) / 55_000;
      const place = this.geo.locateFully(lon, lat);
      if (place && this.margin(lon, lat))
        return { street: streetText(rng), ...place, lon: round6(lon), lat: round6(lat) };
    }
    return { ...a, street: streetText(rng) };
  }
}

export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

export function streetText(rng: Rng): string {
  const type = rng.weighted(STREET_TYPES);
  const n = rng.chance(0.7) ? rng.range(1, 350) : rng.range(351, 2500);
  const suffix = rng.chance(0.08) ? ` ${rng.pick(['A', 'B', 'Bis'])}` : '';
  return `${type} ${rng.pick(STREET_NAMES)} ${n}${suffix}`;
}
