// The city's vehicle register (padrón vehicular, source CDMX): plates, VINs and owners. Gang
// vehicles are registered to relatives rather than to the members who drive them (planted).

import { isoDate } from '../lib/dates.js';
import { COLOURS, VEHICLES } from './catalog.js';
import { FIRST_DAY } from './context.js';
import type { Person } from './population.js';
import type { Vehicle, World } from './world.js';

const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const VIN_CHARS = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
const usedPlates = new WeakMap<World, Set<string>>();

function newPlate(w: World): string {
  const rng = w.ctx.rng;
  let used = usedPlates.get(w);
  if (!used) usedPlates.set(w, (used = new Set()));
  for (;;) {
    const l = (): string => LETTERS.charAt(rng.int(LETTERS.length));
    const d = (): string => String(rng.int(10));
    const plate = rng.chance(0.6)
      ? d() + d() + d() + l() + l() + l()
      : l() + l() + l() + d() + d() + d() + d();
    if (!used.has(plate)) {
      used.add(plate);
      return plate;
    }
  }
}

/** Registers a vehicle to `owner` and writes its padrón row. */
export function registerVehicle(w: World, owner: Person): Vehicle {
  const { ctx } = w;
  const rng = ctx.rng;
  const [marca, submarca] = rng.weighted(
    VEHICLES.map(([m, s, wt]) => [[m, s] as const, wt] as const),
  );
  const v: Vehicle = { placa: newPlate(w), marca, submarca, color: rng.pick(COLOURS), owner };
  const r = w.records.cached(
    owner,
    'CDMX',
    'propietario',
    () => `PV${String(ctx.next('cdmx.propietario')).padStart(7, '0')}`,
  );
  let vin = rng.pick(['3N1', '3G1', '3VW', 'MR0', '1HG', 'KNA']);
  for (let i = 0; i < 14; i++) vin += VIN_CHARS.charAt(rng.int(VIN_CHARS.length));
  ctx.out['cdmx/padron_vehicular.csv'].write({
    placa: rng.chance(0.7) ? v.placa : `${v.placa.slice(0, 3)}-${v.placa.slice(3)}`,
    serie: vin,
    marca,
    submarca,
    modelo: rng.range(2000, 2024),
    color: v.color,
    tipo: submarca === 'FT150' ? 'MOTOCICLETA' : 'PARTICULAR',
    id_propietario: r.id,
    nombre: r.nombre,
    apellido_paterno: r.apellido_paterno,
    apellido_materno: r.apellido_materno,
    curp: r.curp,
    rfc: r.rfc,
    fecha_alta: isoDate(FIRST_DAY - rng.int(3000)),
  });
  const list = w.vehicles.get(owner.tid) ?? [];
  list.push(v);
  w.vehicles.set(owner.tid, list);
  return v;
}

/** The vehicle someone drives: their own, a relative's, or a new one in a relative's name. */
export function plateFor(w: World, p: Person): Vehicle {
  const own = w.vehicles.get(p.tid);
  if (own && own.length > 0) return w.ctx.rng.pick(own);
  for (const m of p.household.members) {
    const v = w.vehicles.get(m.tid);
    if (v && v.length > 0) return v[0] as Vehicle;
  }
  const relative = p.household.members.find((m) => m !== p && m.household.parents.includes(m)) ?? p;
  return registerVehicle(w, relative);
}

export function backgroundVehicles(w: World, n: number): void {
  for (let i = 0; i < n; i++) {
    const owner = w.adults.pick(w.ctx.rng);
    if (owner) registerVehicle(w, owner);
  }
}
