// Planted gender violence: aggressors whose incidents escalate over months across C5 (911 calls
// from the victim's phone), FGJ (carpetas of rising severity) and CJM (cases with rising risk).
// A share of pairs stays flat, so an escalation detector has true negatives to get right.

import { hhmmss, isoDate } from '../lib/dates.js';
import { CJM_CENTRES } from './catalog.js';
import { crime } from './crimes.js';
import { FIRST_DAY, LAST_DAY } from './context.js';
import type { PlantedGv } from './manifest.js';
import { renderAddress } from './render.js';
import { ageAt, REF_DAY, type Person } from './population.js';
import { pickMinute } from './time.js';
import type { World } from './world.js';
import { crimeEvent } from './crime.js';

const LADDER = [
  { kind: 'C5', crime: 'VIOLENCIA FAMILIAR', severity: 1 },
  { kind: 'FGJ', crime: 'VIOLENCIA FAMILIAR', severity: 2 },
  { kind: 'FGJ', crime: 'AMENAZAS', severity: 2 },
  { kind: 'CJM', crime: 'MEDIO', severity: 2 },
  { kind: 'FGJ', crime: 'LESIONES INTENCIONALES POR GOLPES', severity: 3 },
  { kind: 'CJM', crime: 'ALTO', severity: 3 },
  { kind: 'FGJ', crime: 'ABUSO SEXUAL', severity: 4 },
  { kind: 'CJM', crime: 'EXTREMO', severity: 4 },
  { kind: 'FGJ', crime: 'VIOLACIÓN', severity: 5 },
] as const;

function couple(w: World): { aggressor: Person; victim: Person; relacion: string } | undefined {
  const rng = w.ctx.rng;
  for (let tries = 0; tries < 50; tries++) {
    const hh = rng.pick(w.pop.households);
    const [a, b] = hh.parents;
    if (a && b && a.sex === 'H' && b.sex === 'M' && ageAt(b, REF_DAY) >= 18) {
      if (rng.chance(0.75))
        return { aggressor: a, victim: b, relacion: rng.pick(['ESPOSO', 'CONCUBINO', 'PAREJA']) };
      const ex = w.adults.pick(rng);
      if (ex && ex.sex === 'H' && ex.household !== hh)
        return { aggressor: ex, victim: b, relacion: 'EX PAREJA' };
    }
  }
  return undefined;
}

export function plantGenderViolence(w: World, n: number): { aggressor: Person; victim: Person }[] {
  const { ctx } = w;
  const rng = ctx.rng;
  const pairs: { aggressor: Person; victim: Person }[] = [];
  for (let i = 0; i < n; i++) {
    const c = couple(w);
    if (!c) break;
    const { aggressor, victim } = c;
    const escalates = rng.chance(0.8);
    const steps = rng.range(3, 8);
    let day = FIRST_DAY + rng.int(LAST_DAY - FIRST_DAY - 600);
    let level = 0;
    let lastFolio = '';
    const plant: PlantedGv = {
      aggressor: `P${aggressor.tid}`,
      victim: `P${victim.tid}`,
      aggressorRecords: [],
      victimRecords: [],
      events: [],
      escalated: escalates,
    };
    for (let s = 0; s < steps && day < LAST_DAY; s++) {
      const step = LADDER[Math.min(LADDER.length - 1, level)] ?? LADDER[0];
      const at = { day, minute: pickMinute(rng, 'home') };
      let id: string;
      if (step.kind === 'C5') {
        id = w.justice.incident('Violencia-Familiar', 'DELITO', at, victim.home, victim.phone);
      } else if (step.kind === 'FGJ') {
        const kids = w.pop
          .kin(victim)
          .filter((k) => k.kind === 'HIJA' || k.kind === 'HIJO')
          .map((k) => k.person);
        const cr = crime(step.crime);
        // Children of the household appear as witnesses in some files (minors: MIN compartment).
        const witnesses = kids.length > 0 && rng.chance(0.3) ? kids.slice(0, 1) : [];
        id = crimeEvent(
          w,
          cr,
          { victim, place: victim.home, suspects: [aggressor], witnesses },
          at,
        );
        lastFolio = id.slice('FGJ:carpeta:'.length);
      } else {
        id = cjmCase(w, aggressor, victim, c.relacion, step.crime, at.day, at.minute, lastFolio);
      }
      plant.events.push({ id, at: isoDate(day), kind: step.kind, severity: step.severity });
      if (escalates) level = Math.min(LADDER.length - 1, level + rng.range(1, 2));
      else level = rng.range(0, 3);
      day += rng.range(20, 120);
    }
    if (escalates && rng.chance(0.04) && day < LAST_DAY) {
      const id = crimeEvent(
        w,
        crime('FEMINICIDIO'),
        { victim, place: victim.home, suspects: [aggressor] },
        { day, minute: pickMinute(rng, 'night') },
      );
      plant.events.push({ id, at: isoDate(day), kind: 'FGJ', severity: 6 });
    }
    ctx.manifest.planted.genderViolence.push(plant);
    pairs.push({ aggressor, victim });
  }
  return pairs;
}

function cjmCase(
  w: World,
  aggressor: Person,
  victim: Person,
  relacion: string,
  risk: string,
  day: number,
  minute: number,
  folio: string,
): string {
  const { ctx } = w;
  const rng = ctx.rng;
  const u = w.records.cjm(victim, 'USUARIA');
  const a = w.records.cjm(aggressor, 'AGRESOR');
  const id = `CJM-${ctx.next('cjm.caso', 10001)}`;
  const addr = renderAddress(rng, victim.home, true);
  ctx.out['cjm/casos.csv'].write({
    id_caso: id,
    fecha_atencion: isoDate(day),
    hora_atencion: hhmmss(Math.max(9 * 60, Math.min(19 * 60, minute))).slice(0, 5),
    centro: rng.pick(CJM_CENTRES),
    tipo_violencia: rng.pick(
      risk === 'MEDIO'
        ? ['PSICOLÓGICA', 'ECONÓMICA', 'FÍSICA']
        : ['FÍSICA', 'SEXUAL', 'FEMINICIDA'],
    ),
    modalidad: relacion === 'EX PAREJA' ? 'PAREJA' : 'FAMILIAR',
    nivel_riesgo: risk,
    id_usuaria: u.id,
    id_agresor: a.id,
    relacion,
    folio_carpeta: folio && rng.chance(0.7) ? folio : '',
    medidas_proteccion: risk === 'MEDIO' ? 'NO' : 'SI',
    calle_hecho: addr.calle,
    colonia_hecho: addr.colonia,
    alcaldia_hecho: addr.alcaldia,
    latitud: addr.lat,
    longitud: addr.lon,
  });
  return `CJM:caso:${id}`;
}
