// Malformed rows planted on purpose, one kind per feed, so the loader's rejection path is
// exercised on every run: each is listed in the manifest with its line and expected reason.

import { csvLine } from '../lib/csv.js';
import { clabeCheckDigit } from '../lib/clabe.js';
import { curpCheckDigit } from '../lib/curp.js';
import { FEED_COLUMNS, type FeedPath } from '../feeds/columns.js';
import type { Ctx } from './context.js';

type Bad = { file: FeedPath; reason: string; row: (i: number) => Record<string, string | number> };

const PERSON = { nombre: 'JUAN', apellido_paterno: 'PEREZ', apellido_materno: 'LOPEZ', sexo: 'H' };

/** A well-formed identifier whose check digit is off by one. */
const wrong = (body: string, digit: (b: string) => string): string =>
  body + String((Number(digit(body)) + 1) % 10);
const BAD_CURP = wrong('PELJ800101HDFRPN0', curpCheckDigit);
const badClabe = (i: number): string =>
  wrong(`01218000${String(i).padStart(9, '0')}`, clabeCheckDigit);

const BAD: readonly Bad[] = [
  {
    file: 'fgj/personas.csv',
    reason: 'invalid CURP',
    row: (i) => ({ ...PERSON, id_persona: 9900000 + i, curp: BAD_CURP }),
  },
  {
    file: 'fgj/personas.csv',
    reason: 'missing id_persona',
    row: () => ({ ...PERSON, id_persona: '' }),
  },
  {
    file: 'fgj/carpetas.csv',
    reason: 'bad date',
    row: (i) => ({
      folio: `CI-FCUH/CUH-1/UI-1 S/D/9${String(i).padStart(4, '0')}/02-2021`,
      anio_hecho: 2021,
      fecha_hecho: '2021-02-30',
      hora_hecho: '10:00:00',
      fecha_inicio: '2021-03-01',
      hora_inicio: '10:00:00',
      delito: 'FRAUDE',
      categoria_delito: 'DELITO DE BAJO IMPACTO',
      latitud: '19.432600',
      longitud: '-99.133200',
    }),
  },
  {
    file: 'c5/incidentes.csv',
    reason: 'bad coordinates',
    row: (i) => ({
      folio: `C5/210101/9${String(i).padStart(4, '0')}`,
      fecha_creacion: '2021-01-01',
      hora_creacion: '10:00:00',
      incidente_c4: 'Falsa Alarma',
      clas_con_f_alarma: 'FALSA ALARMA',
      codigo_cierre: 'F',
      latitud: '25.686600',
      longitud: '-100.316100',
    }),
  },
  {
    file: 'ssc/iph_detenidos.csv',
    reason: 'invalid CURP',
    row: (i) => ({
      ...PERSON,
      id_detenido: `IPH-SSC-2021-9${String(i).padStart(6, '0')}-D1`,
      folio_iph: 'IPH-SSC-2021-0000001',
      curp: 'XXXX000000XXXXXX00',
    }),
  },
  {
    file: 'ssc/inteligencia_integrantes.csv',
    reason: 'unknown agency code',
    row: (i) => ({
      id_registro: `INT-M-BAD-${i}`,
      id_organizacion: 'ORG-0001',
      agencia_persona: 'PGR',
      id_persona: '123',
      rol: 'INTEGRANTE',
      confiabilidad: 'C',
      credibilidad: 3,
      informante: 0,
    }),
  },
  {
    file: 'pen/ingresos.csv',
    reason: 'bad date',
    row: (i) => ({
      ...PERSON,
      id_ingreso: 990000 + i,
      numero_interno: `2020-99${String(i).padStart(4, '0')}`,
      centro: 'RECLUSORIO PREVENTIVO VARONIL NORTE',
      fecha_ingreso: '31/04/2020',
    }),
  },
  {
    file: 'uif/cuentas.csv',
    reason: 'invalid CLABE',
    row: (i) => ({
      clabe: badClabe(i),
      banco: '012',
      tipo_cuenta: 'DÉBITO',
      id_sujeto_titular: 'PF0000001',
    }),
  },
  {
    file: 'uif/operaciones.csv',
    reason: 'invalid CLABE',
    row: (i) => ({
      id_operacion: `OPBAD${i}`,
      id_reporte: 'UIF-ROI-0000001',
      fecha_operacion: '20210105',
      hora_operacion: '10:00:00',
      tipo_operacion: 'TRANSFERENCIA SPEI ENVIADA',
      clabe_origen: '12345',
      clabe_destino: '',
      monto: '1000.00',
      moneda: 'MXN',
    }),
  },
];

export function plantBadRows(ctx: Ctx): void {
  const per = Math.max(1, Math.round(ctx.scale / 20000));
  for (const bad of BAD) {
    for (let i = 1; i <= per; i++) {
      const row = bad.row(i);
      const cols = FEED_COLUMNS[bad.file] as readonly string[];
      const line = ctx.out[bad.file].writeRaw(csvLine(cols.map((c) => row[c])));
      ctx.manifest.badRows.push({ file: bad.file, line, reason: bad.reason });
    }
  }
}
