// Events as each agency records them: FGJ carpetas with their people, C5 incidents, SSC arrest
// reports (IPH) with detainees, prison admissions and visits. The planted scenarios and the
// background crime both go through these functions, so every feed stays consistent.

import { fold } from '../lib/text.js';
import { DIAS, dmyDate, hhmmss, isoDate, ymdOf } from '../lib/dates.js';
import type { Ctx } from './context.js';
import type { Crime } from './crimes.js';
import { FISCALIA_PREFIX } from './catalog.js';
import type { Address } from './places.js';
import { ageAt, type Person, type Population } from './population.js';
import type { Records } from './records.js';
import { renderAddress, renderPhone } from './render.js';
import { later, type Moment } from './time.js';

export type Role = 'VICTIMA' | 'IMPUTADO' | 'TESTIGO' | 'DENUNCIANTE' | 'OFENDIDO';

export interface CarpetaSpec {
  crime: Crime;
  at: Moment;
  place: Address;
  people: { person: Person; role: Role }[];
  detained?: boolean;
}

export interface Carpeta {
  folio: string; // as FGJ writes it
  caseId: string; // entity id
}

const normFolio = (f: string): string => fold(f).toUpperCase().replace(/[\s-]/g, '');

export class Justice {
  readonly suspectCounts = new Map<number, { carpetas: number; arrests: number }>();
  /** FGJ participations of people under 18 (they load into the MIN compartment). */
  minors = 0;

  constructor(
    private readonly ctx: Ctx,
    private readonly pop: Population,
    private readonly records: Records,
  ) {}

  private spell(s: string): string {
    return this.ctx.rng.chance(0.5) ? fold(s) : s; // sources mix accented and plain spellings
  }

  carpeta(spec: CarpetaSpec): Carpeta {
    const { ctx } = this;
    const rng = ctx.rng;
    const pref = FISCALIA_PREFIX[spec.place.alcaldia.code] ?? 'CUH';
    const [y, m] = ymdOf(spec.at.day);
    const n = ctx.next(`fgj.folio.${pref}.${y}`);
    const detained = spec.detained === true;
    // The folio names the agency and investigation unit that opened the file (CI-FIZP/IZP-5/UI-3 C/D/…).
    const agency = `${pref}-${rng.range(1, 6)}`;
    const unit = `UI-${rng.range(1, 3)} ${detained ? 'C/D' : 'S/D'}`;
    const folio = `CI-F${pref}/${agency}/${unit}/${String(n).padStart(5, '0')}/${String(m).padStart(2, '0')}-${y}`;
    const report = later(
      spec.at,
      detained ? rng.range(60, 600) : rng.range(30, rng.chance(0.3) ? 30 * 1440 : 2 * 1440),
    );
    const addr = renderAddress(rng, spec.place, rng.chance(0.6));
    const status = detained
      ? rng.weighted([
          ['JUDICIALIZADA', 7],
          ['EN INVESTIGACIÓN', 2],
          ['ACUERDO REPARATORIO', 1],
        ] as const)
      : rng.weighted([
          ['EN INVESTIGACIÓN', 60],
          ['ARCHIVO TEMPORAL', 25],
          ['NO EJERCICIO DE LA ACCIÓN PENAL', 5],
          ['ACUERDO REPARATORIO', 4],
          ['JUDICIALIZADA', 6],
        ] as const);
    ctx.out['fgj/carpetas.csv'].write({
      folio,
      anio_hecho: y,
      fecha_hecho: isoDate(spec.at.day),
      hora_hecho: hhmmss(spec.at.minute),
      fecha_inicio: isoDate(report.day),
      hora_inicio: hhmmss(report.minute),
      delito: this.spell(spec.crime.name),
      categoria_delito: this.spell(spec.crime.category),
      calle_hecho: addr.calle,
      colonia_hecho: addr.colonia,
      alcaldia_hecho: addr.alcaldia,
      latitud: addr.lat,
      longitud: addr.lon,
      fiscalia: this.spell(`FISCALÍA DESCONCENTRADA EN ${spec.place.alcaldia.upper}`),
      agencia: agency,
      unidad_investigacion: unit,
      estatus: this.spell(status),
    });
    for (const { person, role } of spec.people) {
      const rec = this.records.fgj(person, isoDate(report.day));
      ctx.out['fgj/intervinientes.csv'].write({
        id_interviniente: ctx.next('fgj.interviniente', 5000001),
        folio,
        id_persona: rec.id,
        calidad_juridica: role,
        edad: ageAt(person, spec.at.day),
      });
      if (ageAt(person, spec.at.day) < 18) this.minors++;
      if (role === 'IMPUTADO') {
        const c = this.suspectCounts.get(person.tid) ?? { carpetas: 0, arrests: 0 };
        c.carpetas++;
        this.suspectCounts.set(person.tid, c);
      }
    }
    return { folio, caseId: `FGJ:carpeta:${normFolio(folio)}` };
  }

  /** A C5 911 incident; the reporter's phone links it to the people who called. */
  incident(
    kind: string,
    clas: string,
    at: Moment,
    place: Address,
    phone: string | null,
    code = 'A',
  ): string {
    const { ctx } = this;
    const rng = ctx.rng;
    const [y, m, d] = ymdOf(at.day);
    const folio = `C5/${String(y % 100).padStart(2, '0')}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}/${String(ctx.next(`c5.${at.day}`)).padStart(5, '0')}`;
    const close = later(at, rng.range(10, 240));
    const addr = renderAddress(rng, place, false);
    ctx.out['c5/incidentes.csv'].write({
      folio,
      fecha_creacion: isoDate(at.day),
      hora_creacion: hhmmss(at.minute, rng.int(60)),
      dia_semana: DIAS[(at.day + 3) % 7],
      fecha_cierre: isoDate(close.day),
      hora_cierre: hhmmss(close.minute, rng.int(60)),
      incidente_c4: kind,
      clas_con_f_alarma: clas,
      tipo_entrada: rng.weighted([
        ['LLAMADA DEL 911', 85],
        ['BOTÓN DE AUXILIO', 5],
        ['CÁMARA', 6],
        ['REDES', 2],
        ['RADIO', 2],
      ] as const),
      codigo_cierre: code,
      direccion: addr.calle.toUpperCase(),
      colonia: addr.colonia.toUpperCase(),
      alcaldia_cierre: place.alcaldia.upper,
      latitud: addr.lat,
      longitud: addr.lon,
      telefono_reportante: phone ? renderPhone(rng, phone) : '',
    });
    return `C5:incidente:${folio}`;
  }

  /** An SSC arrest report with its detainees; returns the IPH folio. */
  arrest(
    at: Moment,
    place: Address,
    detainees: Person[],
    motive: string,
    folio?: string,
    plate?: { placa: string; marca: string; submarca: string; color: string },
  ): string {
    const { ctx } = this;
    const rng = ctx.rng;
    const [y] = ymdOf(at.day);
    const iph = `IPH-SSC-${y}-${String(ctx.next(`ssc.iph.${y}`)).padStart(7, '0')}`;
    const addr = renderAddress(rng, place, false);
    ctx.out['ssc/iph_detenciones.csv'].write({
      folio_iph: iph,
      fecha_detencion: dmyDate(at.day),
      hora_detencion: hhmmss(at.minute).slice(0, 5),
      motivo: fold(motive).toUpperCase(),
      tipo_motivo: folio ? 'DELITO' : 'FALTA ADMINISTRATIVA',
      calle: addr.calle.toUpperCase(),
      colonia: addr.colonia.toUpperCase(),
      alcaldia: place.alcaldia.upper,
      latitud: addr.lat,
      longitud: addr.lon,
      sector: place.cuadrante.sector,
      cuadrante: place.cuadrante.number,
      folio_carpeta: folio ? (rng.chance(0.7) ? folio : folio.replace(/ /g, '')) : '',
      placa_vehiculo: plate
        ? rng.chance(0.5)
          ? plate.placa
          : `${plate.placa.slice(0, 3)}-${plate.placa.slice(3)}`
        : '',
      marca: plate?.marca ?? '',
      submarca: plate?.submarca ?? '',
      color: plate?.color ?? '',
    });
    detainees.forEach((p, i) => {
      const id = `${iph}-D${i + 1}`;
      const r = this.records.once(p, 'SSC', 'detenido', id);
      ctx.out['ssc/iph_detenidos.csv'].write({
        id_detenido: id,
        folio_iph: iph,
        nombre: r.nombre,
        apellido_paterno: r.apellido_paterno,
        apellido_materno: r.apellido_materno,
        alias: r.alias,
        sexo: r.sexo,
        fecha_nacimiento: r.fecha_nacimiento,
        curp: r.curp,
        edad: ageAt(p, at.day),
        telefono: r.telefono,
        calle_domicilio: r.home.calle,
        colonia_domicilio: r.home.colonia,
        alcaldia_domicilio: r.home.alcaldia,
        latitud_domicilio: r.home.lat,
        longitud_domicilio: r.home.lon,
      });
      const c = this.suspectCounts.get(p.tid) ?? { carpetas: 0, arrests: 0 };
      c.arrests++;
      this.suspectCounts.set(p.tid, c);
    });
    return iph;
  }
}
