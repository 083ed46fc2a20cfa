// UIF financial intelligence: reports on persons, companies and accounts, with the operations
// that triggered them, and the background of ordinary customers flagged for unusual activity.
// The planted laundering schemes are in laundering.ts.

import { buildClabe } from '../lib/clabe.js';
import { compactDate, hhmmss } from '../lib/dates.js';
import { BANKS, PLAZAS, bankName } from './catalog.js';
import { FIRST_DAY, LAST_DAY } from './context.js';
import type { Company } from './companies.js';
import type { Person } from './population.js';
import type { World } from './world.js';

/** Cash operations at or above this amount (MXN) are reported; structuring stays just below. */
export const REPORTING_THRESHOLD_MXN = 150_000;

type Holder = { kind: 'PF'; person: Person } | { kind: 'PM'; company: Company };

export class Finance {
  private readonly accounts = new Map<string, string[]>(); // holder key -> clabes
  private readonly subjects = new Map<string, string>(); // holder key -> UIF subject id
  private readonly used = new Set<string>();

  constructor(private readonly w: World) {}

  private key(h: Holder): string {
    return h.kind === 'PF' ? `P${h.person.tid}` : `C${h.company.folio}`;
  }

  newClabe(): string {
    const rng = this.w.ctx.rng;
    for (;;) {
      const bank = rng.weighted(BANKS.map(([code, , wt]) => [code, wt] as const));
      const clabe = buildClabe(bank, rng.pick(PLAZAS), String(rng.int(1e11)).padStart(11, '0'));
      if (!this.used.has(clabe)) {
        this.used.add(clabe);
        return clabe;
      }
    }
  }

  /** The UIF subject id for a holder, writing its subject row the first time. */
  subject(h: Holder): string {
    const k = this.key(h);
    const known = this.subjects.get(k);
    if (known) return known;
    const { ctx } = this.w;
    let id: string;
    if (h.kind === 'PF') {
      id = this.w.records.uif(
        h.person,
        this.w.ctx.rng.pick([
          'EMPLEADO',
          'COMERCIANTE',
          'HOGAR',
          'ESTUDIANTE',
          'EMPRESARIO',
          'CHOFER',
        ]),
      ).id;
    } else {
      id = `PM${String(ctx.next('uif.moral')).padStart(7, '0')}`;
      const c = h.company;
      ctx.out['uif/personas_morales.csv'].write({
        id_sujeto: id,
        razon_social: c.name.toUpperCase(),
        rfc: c.rfc,
        fecha_constitucion: compactDate(c.incorporated),
        giro: c.shell ? 'SERVICIOS DE CONSULTORÍA' : 'COMERCIO',
        calle_domicilio: c.address.street.toUpperCase(),
        colonia_domicilio: c.address.colonia.name.toUpperCase(),
        alcaldia_domicilio: c.address.alcaldia.upper,
        latitud_domicilio: c.address.lat.toFixed(6),
        longitud_domicilio: c.address.lon.toFixed(6),
      });
    }
    this.subjects.set(k, id);
    return id;
  }

  /** An account of the holder, disclosed in report `report` (written to uif/cuentas.csv). */
  account(h: Holder, report: string): string {
    const k = this.key(h);
    const list = this.accounts.get(k) ?? [];
    if (list.length > 0 && this.w.ctx.rng.chance(0.8)) return this.w.ctx.rng.pick(list);
    const clabe = this.newClabe();
    list.push(clabe);
    this.accounts.set(k, list);
    const rng = this.w.ctx.rng;
    this.w.ctx.out['uif/cuentas.csv'].write({
      clabe: rng.chance(0.8)
        ? clabe
        : `${clabe.slice(0, 3)} ${clabe.slice(3, 6)} ${clabe.slice(6)}`,
      banco: clabe.slice(0, 3),
      tipo_cuenta: h.kind === 'PM' ? 'EMPRESARIAL' : rng.pick(['DÉBITO', 'NÓMINA', 'CHEQUES']),
      fecha_apertura: compactDate(FIRST_DAY - rng.int(3000)),
      id_sujeto_titular: this.subject(h),
      id_reporte: report,
    });
    return clabe;
  }

  report(
    tipo: string,
    day: number,
    clabe: string,
    amount: number,
    reasons: string,
    subjects: Holder[],
  ): string {
    const { ctx } = this.w;
    const id = `UIF-${tipo === 'OPERACIÓN RELEVANTE' ? 'ROR' : 'ROI'}-${String(ctx.next('uif.reporte')).padStart(7, '0')}`;
    ctx.out['uif/reportes.csv'].write({
      id_reporte: id,
      tipo_reporte: tipo,
      fecha_reporte: compactDate(day),
      entidad_reportante: bankName.get(clabe.slice(0, 3)) ?? 'BANCO',
      monto: amount.toFixed(2),
      moneda: 'MXN',
      razones: reasons,
    });
    for (const s of subjects)
      ctx.out['uif/reportes_sujetos.csv'].write({
        id_reporte: id,
        tipo_objeto: 'SUJETO',
        id_objeto: this.subject(s),
        papel: 'TITULAR',
      });
    return id;
  }

  concernsAccount(report: string, clabe: string, role: string): void {
    this.w.ctx.out['uif/reportes_sujetos.csv'].write({
      id_reporte: report,
      tipo_objeto: 'CUENTA',
      id_objeto: clabe,
      papel: role,
    });
  }

  operation(
    report: string,
    day: number,
    tipo: string,
    from: string,
    to: string,
    amount: number,
    concept: string,
  ): string {
    const { ctx } = this.w;
    const id = `OP${String(ctx.next('uif.operacion')).padStart(9, '0')}`;
    ctx.out['uif/operaciones.csv'].write({
      id_operacion: id,
      id_reporte: report,
      fecha_operacion: compactDate(day),
      hora_operacion: hhmmss(ctx.rng.range(8 * 60, 20 * 60)),
      tipo_operacion: tipo,
      clabe_origen: from,
      clabe_destino: to,
      monto: amount.toFixed(2),
      moneda: 'MXN',
      concepto: concept,
    });
    return `UIF:operacion:${id}`;
  }

  /** Background: an ordinary customer flagged for unusual activity, with a statement of operations. */
  backgroundReport(holder: Holder, ops: number): number {
    const rng = this.w.ctx.rng;
    const day = FIRST_DAY + 200 + rng.int(LAST_DAY - FIRST_DAY - 200);
    const own = this.account(holder, '');
    const id = this.report(
      rng.chance(0.3) ? 'OPERACIÓN RELEVANTE' : 'OPERACIÓN INUSUAL',
      day,
      own,
      0,
      rng.pick([
        'DEPÓSITOS NO ACORDES AL PERFIL',
        'MOVIMIENTOS FRACCIONADOS',
        'TRANSFERENCIAS A TERCEROS SIN RELACIÓN APARENTE',
        'USO DE EFECTIVO',
      ]),
      [holder],
    );
    this.concernsAccount(id, own, 'TITULAR');
    for (let i = 0; i < ops; i++) {
      const d = day - rng.int(180);
      const amount = Math.round(rng.pareto(1.2, 200) * rng.range(500, 9000) * 100) / 100;
      if (rng.chance(0.5))
        this.operation(
          id,
          d,
          'TRANSFERENCIA SPEI RECIBIDA',
          this.newClabe(),
          own,
          amount,
          rng.pick(['PAGO', 'NOMINA', 'RENTA', 'PRESTAMO', 'TRANSFERENCIA']),
        );
      else
        this.operation(
          id,
          d,
          rng.chance(0.2) ? 'RETIRO EN EFECTIVO' : 'TRANSFERENCIA SPEI ENVIADA',
          own,
          rng.chance(0.2) ? '' : this.newClabe(),
          amount,
          rng.pick(['PAGO', 'SERVICIOS', 'COMPRA', 'TRANSFERENCIA']),
        );
    }
    return ops;
  }
}
