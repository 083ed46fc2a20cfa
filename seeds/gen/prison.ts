// Prison records: admissions (pre-trial or sentenced, with release) and the visitor log, where
// relatives and fellow gang members show up: a classic intelligence signal.

import { fold } from '../lib/text.js';
import { dmyDate, hhmmss, ymdOf } from '../lib/dates.js';
import { PRISONS } from './catalog.js';
import type { Person } from './population.js';
import type { World } from './world.js';

/** A prison admission (pre-trial or sentence); returns the custody id and its period. */
export function custody(
  w: World,
  p: Person,
  day: number,
  delito: string,
  folio: string,
  lastDay: number,
): { id: string; from: number; to: number } {
  const { ctx } = w;
  const rng = ctx.rng;
  const prison = p.sex === 'M' ? rng.pick([PRISONS[5], PRISONS[6]]) : rng.pick(PRISONS.slice(0, 5));
  const r = w.records.cached(
    p,
    'PEN',
    'interno',
    () => `${ymdOf(day)[0]}-${String(ctx.next('pen.interno')).padStart(6, '0')}`,
  );
  const id = String(ctx.next('pen.ingreso', 300001));
  const stay = rng.chance(0.3) ? rng.range(3, 60) : rng.range(90, 1500);
  const out = day + stay;
  const released = out <= lastDay;
  const sentenced = stay > 400 && rng.chance(0.6);
  ctx.out['pen/ingresos.csv'].write({
    id_ingreso: id,
    numero_interno: r.id,
    nombre: r.nombre,
    apellido_paterno: r.apellido_paterno,
    apellido_materno: r.apellido_materno,
    alias: r.alias,
    sexo: r.sexo,
    fecha_nacimiento: r.fecha_nacimiento,
    curp: r.curp,
    centro: prison,
    fecha_ingreso: dmyDate(day),
    fecha_egreso: released ? dmyDate(out) : '',
    motivo_egreso: released
      ? rng.weighted([
          ['LIBERTAD', 6],
          ['LIBERTAD BAJO CAUCIÓN', 2],
          ['TRASLADO', 1],
          ['PRELIBERACIÓN', 1],
        ] as const)
      : '',
    situacion_juridica: sentenced ? 'SENTENCIADO' : 'PROCESADO',
    delito: fold(delito).toUpperCase(),
    folio_carpeta: folio,
    causa_penal: `${rng.range(1, 900)}/${ymdOf(day)[0]}`,
  });
  return { id, from: day, to: released ? out : lastDay };
}

/** A prison visit: the visitor's own record is kept by the prison (PEN:visitante). */
export function visit(
  w: World,
  visitor: Person,
  inmate: Person,
  custody: { id: string },
  day: number,
  kinship: string,
): void {
  const { ctx } = w;
  const rng = ctx.rng;
  const v = w.records.cached(
    visitor,
    'PEN',
    'visitante',
    () => `V${String(ctx.next('pen.visitante')).padStart(7, '0')}`,
  );
  ctx.out['pen/visitas.csv'].write({
    id_visita: ctx.next('pen.visita', 9000001),
    id_ingreso: custody.id,
    numero_interno: inmate.rec['PEN:interno'] ?? '',
    fecha_visita: dmyDate(day),
    hora_entrada: hhmmss(rng.range(9 * 60, 14 * 60)).slice(0, 5),
    id_visitante: v.id,
    nombre_visitante: v.nombre,
    apellido_paterno_visitante: v.apellido_paterno,
    apellido_materno_visitante: v.apellido_materno,
    sexo_visitante: v.sexo,
    fecha_nacimiento_visitante: v.fecha_nacimiento,
    curp_visitante: v.curp,
    telefono_visitante: v.telefono,
    parentesco: kinship,
  });
}
