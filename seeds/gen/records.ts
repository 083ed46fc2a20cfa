// Agency person records. Registry-style sources (FGJ, PEN, CJM, SSC intelligence, UIF, RPC,
// the vehicle register) mostly reuse one record per person; the SSC arrest report (IPH) opens a
// new detainee record every time. Every record issued is written to truth/person_records.csv.

import type { Ctx } from './context.js';
import type { Person } from './population.js';
import { renderAddress, renderPerson, type PersonFields } from './render.js';

export interface Rendered extends PersonFields {
  id: string; // the source's own record id
  home: ReturnType<typeof renderAddress>;
}

const AGENCY_BITS: Record<string, number> = {
  FGJ: 1,
  SSC: 2,
  PEN: 4,
  UIF: 8,
  CJM: 16,
  RPC: 32,
  CDMX: 64,
};

export class Records {
  private readonly cache = new Map<string, Rendered>();
  /** Per real person: bitmask of agencies holding a record, and the number of records. */
  readonly perPerson = new Map<number, [number, number]>();

  constructor(private readonly ctx: Ctx) {}

  private render(p: Person, agency: string, recordKey: string, id: string): Rendered {
    const noise: string[] = [];
    const rng = this.ctx.rng;
    const f = renderPerson(rng, p, agency, noise);
    const home = renderAddress(rng, p.home, !noise.includes('accents'));
    const agencyCode = agency === 'SSCI' ? 'SSC' : agency;
    const seen = this.perPerson.get(p.tid) ?? [0, 0];
    this.perPerson.set(p.tid, [seen[0] | (AGENCY_BITS[agencyCode] ?? 0), seen[1] + 1]);
    this.ctx.truth.write({
      truth_id: `P${p.tid}`,
      record_id: `${agencyCode}:${recordKey}`,
      agency: agencyCode,
      noise: noise.join('|'),
    });
    return { ...f, id, home };
  }

  /**
   * The record `registry` holds for p, reusing the last one with probability `reuse`.
   * `created` is true when a new record was issued, so the caller writes its row.
   */
  registry(
    p: Person,
    agency: string,
    kind: string,
    idOf: () => string,
    reuse: number,
  ): {
    r: Rendered;
    created: boolean;
  } {
    const slot = `${agency}:${kind}`;
    const existing = p.rec[slot];
    if (existing && this.ctx.rng.chance(reuse)) {
      const r = this.cache.get(`${slot}:${existing}`);
      if (r) return { r, created: false };
    }
    const id = idOf();
    const r = this.render(p, agency, `${kind}:${id}`, id);
    p.rec[slot] = id;
    this.cache.set(`${slot}:${id}`, r);
    return { r, created: true };
  }

  /** A one-off record (SSC detainee): never reused, never cached. */
  once(p: Person, agency: string, kind: string, id: string): Rendered {
    return this.render(p, agency, `${kind}:${id}`, id);
  }

  /** The entity id of p's current record in a registry, if any ("FGJ:persona:1000001"). */
  entityId(p: Person, agency: string, kind: string): string | undefined {
    const id = p.rec[`${agency}:${kind}`];
    return id === undefined ? undefined : `${agency === 'SSCI' ? 'SSC' : agency}:${kind}:${id}`;
  }

  /** FGJ person record (written to fgj/personas.csv when new). */
  fgj(p: Person, day: string): Rendered {
    const { r, created } = this.registry(
      p,
      'FGJ',
      'persona',
      () => String(this.ctx.next('fgj.persona', 1000001)),
      0.85,
    );
    if (created) {
      this.ctx.out['fgj/personas.csv'].write({
        id_persona: r.id,
        nombre: r.nombre,
        apellido_paterno: r.apellido_paterno,
        apellido_materno: r.apellido_materno,
        alias: r.alias,
        sexo: r.sexo,
        fecha_nacimiento: r.fecha_nacimiento,
        curp: r.curp,
        rfc: r.rfc,
        telefono: r.telefono,
        calle_domicilio: r.home.calle,
        colonia_domicilio: r.home.colonia,
        alcaldia_domicilio: r.home.alcaldia,
        latitud_domicilio: r.home.lat,
        longitud_domicilio: r.home.lon,
        fecha_registro: day,
      });
    }
    return r;
  }

  /** CJM person record (usuaria or agresor). */
  cjm(p: Person, calidad: 'USUARIA' | 'AGRESOR'): Rendered {
    const prefix = calidad === 'USUARIA' ? 'U' : 'A';
    const { r, created } = this.registry(
      p,
      'CJM',
      'persona',
      () => `${prefix}-${String(this.ctx.next(`cjm.${prefix}`)).padStart(6, '0')}`,
      1,
    );
    if (created) {
      this.ctx.out['cjm/personas.csv'].write({
        id_persona: r.id,
        calidad,
        nombre: r.nombre,
        apellido_paterno: r.apellido_paterno,
        apellido_materno: r.apellido_materno,
        alias: r.alias,
        sexo: r.sexo,
        fecha_nacimiento: r.fecha_nacimiento,
        curp: r.curp,
        telefono: r.telefono,
        calle_domicilio: r.home.calle,
        colonia_domicilio: r.home.colonia,
        alcaldia_domicilio: r.home.alcaldia,
        latitud_domicilio: r.home.lat,
        longitud_domicilio: r.home.lon,
      });
    }
    return r;
  }

  /** SSC intelligence subject record. */
  intel(
    p: Person,
    day: string,
    grade: { rel: string; cred: number; informant: boolean },
  ): Rendered {
    const { r, created } = this.registry(
      p,
      'SSCI',
      'persona',
      () => `INT-${String(this.ctx.next('ssc.intel.persona')).padStart(6, '0')}`,
      1,
    );
    if (created) {
      this.ctx.out['ssc/inteligencia_personas.csv'].write({
        id_persona: r.id,
        nombre: r.nombre,
        apellido_paterno: r.apellido_paterno,
        apellido_materno: r.apellido_materno,
        alias: r.alias,
        sexo: r.sexo,
        fecha_nacimiento: r.fecha_nacimiento,
        curp: r.curp,
        rfc: r.rfc,
        telefono: r.telefono,
        calle_domicilio: r.home.calle,
        colonia_domicilio: r.home.colonia,
        alcaldia_domicilio: r.home.alcaldia,
        latitud_domicilio: r.home.lat,
        longitud_domicilio: r.home.lon,
        fecha_registro: day,
        confiabilidad: grade.rel,
        credibilidad: grade.cred,
        informante: grade.informant ? 1 : 0,
      });
    }
    return r;
  }

  /** UIF subject record (persona física). */
  uif(p: Person, occupation: string): Rendered {
    const { r, created } = this.registry(
      p,
      'UIF',
      'sujeto',
      () => `PF${String(this.ctx.next('uif.sujeto')).padStart(7, '0')}`,
      1,
    );
    if (created) {
      this.ctx.out['uif/personas_fisicas.csv'].write({
        id_sujeto: r.id,
        nombre: r.nombre,
        apellido_paterno: r.apellido_paterno,
        apellido_materno: r.apellido_materno,
        sexo: r.sexo,
        fecha_nacimiento: r.fecha_nacimiento,
        curp: r.curp,
        rfc: r.rfc,
        telefono: r.telefono,
        ocupacion: occupation,
        calle_domicilio: r.home.calle,
        colonia_domicilio: r.home.colonia,
        alcaldia_domicilio: r.home.alcaldia,
        latitud_domicilio: r.home.lat,
        longitud_domicilio: r.home.lon,
      });
    }
    return r;
  }

  /** Rendered once per person and repeated on every row (prison inmates, visitors, partners). */
  cached(p: Person, agency: string, kind: string, idOf: () => string): Rendered {
    return this.registry(p, agency, kind, idOf, 1).r;
  }
}
