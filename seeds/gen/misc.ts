// Feeds that are mostly noise around the planted truths: the geography catalogues, 911 calls
// that never became a carpeta (accidents, brawls, false alarms) and arrests for administrative
// offences (faltas cívicas), which still put people on record with the police.

import { C5_OTHER, CIVIC_OFFENCES, CRIMES } from './crimes.js';
import type { Ctx } from './context.js';
import { ageAt } from './population.js';
import { crimeMoment, later, pickDay, pickMinute } from './time.js';
import type { World } from './world.js';

export function geoFeeds(ctx: Ctx): void {
  for (const a of ctx.geo.alcaldias) {
    ctx.out['inegi/alcaldias.csv'].write({
      cvegeo: a.code,
      nomgeo: a.name,
      latitud: a.lat.toFixed(6),
      longitud: a.lon.toFixed(6),
    });
  }
  for (const c of ctx.geo.colonias) {
    const a = ctx.geo.alcaldiaByCode(c.alcaldiaCode);
    ctx.out['cdmx/colonias.csv'].write({
      id_colonia: c.id.slice('colonia:'.length),
      colonia: c.name,
      alcaldia: a?.upper,
      cvegeo: c.alcaldiaCode,
      latitud: c.lat.toFixed(6),
      longitud: c.lon.toFixed(6),
    });
  }
  for (const q of ctx.geo.cuadrantes) {
    const a = ctx.geo.alcaldiaByCode(q.alcaldiaCode);
    ctx.out['cdmx/cuadrantes.csv'].write({
      id_cuadrante: q.id.slice('cuadrante:'.length),
      no_cdrn: q.number,
      sector: q.sector,
      zona: q.zona,
      no_regn: q.region,
      alcaldia: a?.upper,
      cvegeo: q.alcaldiaCode,
      latitud: q.lat.toFixed(6),
      longitud: q.lon.toFixed(6),
    });
  }
}

export function c5Noise(w: World, n: number): void {
  const rng = w.ctx.rng;
  const unreported = CRIMES.filter((c) => c.place !== 'remote').map((c) => [c, c.share] as const);
  for (let i = 0; i < n; i++) {
    const place = w.places.address(rng, 'crime');
    const caller = rng.chance(0.5)
      ? (w.adults.pick(rng)?.phone ?? null)
      : rng.chance(0.4)
        ? w.pop.newPhone()
        : null;
    if (rng.chance(0.35)) {
      // A crime called in to 911 that never became a carpeta ("cifra negra").
      const c = rng.weighted(unreported);
      const at = crimeMoment(rng, c);
      w.justice.incident(
        c.c5,
        'DELITO',
        at,
        place,
        caller,
        rng.weighted([
          ['A', 5],
          ['N', 3],
          ['I', 1],
        ] as const),
      );
    } else {
      const [kind, clas] = rng.weighted(
        C5_OTHER.map(([k, c, wt]) => [[k, c] as const, wt] as const),
      );
      const at = { day: pickDay(rng, 1.3), minute: pickMinute(rng, 'evening') };
      const code =
        clas === 'FALSA ALARMA'
          ? 'F'
          : rng.weighted([
              ['A', 6],
              ['N', 2],
              ['I', 1],
              ['D', 1],
            ] as const);
      w.justice.incident(kind, clas, at, place, caller, code);
    }
  }
}

export function civicArrests(w: World, n: number): void {
  const rng = w.ctx.rng;
  for (let i = 0; i < n; i++) {
    const p = rng.chance(0.6) ? w.offenders.all.pick(rng) : w.adults.pick(rng);
    if (!p) return;
    const at = { day: pickDay(rng, 1.8), minute: pickMinute(rng, 'night') };
    if (ageAt(p, at.day) < 12) continue;
    const place = w.places.near(rng, p.home, 2000);
    w.justice.arrest(later(at, 0), place, [p], rng.pick(CIVIC_OFFENCES));
  }
}
