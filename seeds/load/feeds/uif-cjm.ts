// UIF financial intelligence (everything in the FIN compartment) and CJM gender-violence cases
// (everything in the GV compartment).

import { bareFolio } from '../../../api/src/graphql/explore/identifiers.js';
import { localDateTime } from '../../lib/dates.js';
import { key } from '../../lib/text.js';
import { bankName } from '../../gen/catalog.js';
import { clabe, date, dateTime, flag, num, opt, Reject, req, rfc } from '../fields.js';
import { CONFIDENTIAL, grade } from '../prov.js';
import { locate, personOut } from '../shared.js';
import type { FeedSpec } from '../spec.js';
import { caseIdOf } from './fgj.js';

const UIF = grade('UIF', 'B', 2, CONFIDENTIAL, ['FIN']);
const BANK = grade('UIF', 'A', 1, CONFIDENTIAL, ['FIN']);
const CJM = grade('CJM', 'B', 2, CONFIDENTIAL, ['GV']);

function account(
  n: string,
  sourceId: string,
  kind: string | null = null,
  openedOn: string | null = null,
): object {
  const bank = bankName.get(n.slice(0, 3)) ?? null;
  return {
    id: `clabe:${n}`,
    sourceId,
    ref: `UIF:${sourceId}`,
    grade: BANK,
    clabe: n,
    bankCode: n.slice(0, 3),
    bank,
    caption: `${bank ?? n.slice(0, 3)} ${n}`,
    kind,
    openedOn,
  };
}

export const uifCjmFeeds: FeedSpec[] = [
  {
    path: 'uif/personas_fisicas.csv',
    steps: ['address', 'phone', 'person'],
    map: (raw) =>
      personOut(raw, {
        source: 'UIF',
        kind: 'sujeto',
        id: key(req(raw, 'id_sujeto')),
        grade: UIF,
        dates: 'compact',
        extra: { occupation: opt(raw, 'ocupacion') },
      }),
  },
  {
    path: 'uif/personas_morales.csv',
    steps: ['address', 'company'],
    map: (raw) => {
      const id = key(req(raw, 'id_sujeto'));
      const sourceId = `sujeto:${id}`;
      const name = req(raw, 'razon_social');
      const place = locate(
        raw,
        {
          street: 'calle_domicilio',
          colonia: 'colonia_domicilio',
          alcaldia: 'alcaldia_domicilio',
          lat: 'latitud_domicilio',
          lon: 'longitud_domicilio',
        },
        UIF,
        sourceId,
      );
      return {
        address: place.address,
        company: {
          id: `UIF:${sourceId}`,
          sourceId,
          grade: UIF,
          incorporatedOn: date(raw, 'fecha_constitucion', 'compact'),
          addressId: place.address?.id ?? null,
          props: {
            caption: name,
            name,
            searchText: name,
            rfc: rfc(raw, 'rfc'),
            legalForm: null,
            folio: null,
            purpose: null,
            capital: null,
            activity: opt(raw, 'giro'),
          },
        },
      };
    },
  },
  {
    path: 'uif/reportes.csv',
    steps: ['uif-reportes'],
    map: (raw) => {
      const id = key(req(raw, 'id_reporte'));
      const day = date(raw, 'fecha_reporte', 'compact');
      if (!day) throw new Reject('missing fecha_reporte');
      const type = req(raw, 'tipo_reporte');
      return {
        'uif-reportes': {
          id: `UIF:reporte:${id}`,
          sourceId: `reporte:${id}`,
          grade: UIF,
          reportedOn: day,
          occurredAt: localDateTime(day, '12:00:00'),
          props: {
            caption: `${id}: ${type}`,
            folio: id,
            folioBare: bareFolio(id),
            reportType: type,
            institution: opt(raw, 'entidad_reportante'),
            amount: num(raw, 'monto'),
            currency: opt(raw, 'moneda'),
            reasons: opt(raw, 'razones'),
          },
        },
      };
    },
  },
  {
    path: 'uif/cuentas.csv',
    steps: ['account', 'uif-cuentas'],
    map: (raw, line) => {
      const n = clabe(raw, 'clabe');
      if (!n) throw new Reject('missing clabe');
      const report = opt(raw, 'id_reporte');
      const sourceId = `cuenta:${n}`;
      return {
        account: account(
          n,
          sourceId,
          opt(raw, 'tipo_cuenta'),
          date(raw, 'fecha_apertura', 'compact'),
        ),
        'uif-cuentas': {
          line,
          sourceId,
          grade: BANK,
          accountId: `clabe:${n}`,
          holderId: `UIF:sujeto:${key(req(raw, 'id_sujeto_titular'))}`,
          reportId: report ? `UIF:reporte:${key(report)}` : null,
        },
      };
    },
  },
  {
    path: 'uif/reportes_sujetos.csv',
    steps: ['account', 'uif-reportes-sujetos'],
    map: (raw, line) => {
      const report = key(req(raw, 'id_reporte'));
      const kind = key(req(raw, 'tipo_objeto'));
      const sourceId = `reporte:${report}`;
      let target: string;
      let acc: object | null = null;
      if (kind === 'CUENTA') {
        const n = clabe(raw, 'id_objeto') as string;
        acc = account(n, sourceId);
        target = `clabe:${n}`;
      } else if (kind === 'SUJETO') target = `UIF:sujeto:${key(req(raw, 'id_objeto'))}`;
      else throw new Reject(`unknown tipo_objeto (${kind})`);
      return {
        account: acc,
        'uif-reportes-sujetos': {
          line,
          sourceId,
          grade: UIF,
          reportId: `UIF:${sourceId}`,
          targetId: target,
          role: opt(raw, 'papel'),
        },
      };
    },
  },
  {
    path: 'uif/operaciones.csv',
    steps: ['account', 'uif-operaciones'],
    map: (raw) => {
      const id = key(req(raw, 'id_operacion'));
      const sourceId = `operacion:${id}`;
      const from = clabe(raw, 'clabe_origen');
      const to = clabe(raw, 'clabe_destino');
      const amount = num(raw, 'monto');
      if (amount === null) throw new Reject('missing monto');
      const at = dateTime(raw, 'fecha_operacion', 'hora_operacion', 'compact');
      if (!at) throw new Reject('missing fecha_operacion');
      const currency = opt(raw, 'moneda') ?? 'MXN';
      const kind = opt(raw, 'tipo_operacion');
      const report = opt(raw, 'id_reporte');
      return {
        account: [from ? account(from, sourceId) : null, to ? account(to, sourceId) : null],
        'uif-operaciones': {
          id: `UIF:${sourceId}`,
          sourceId,
          grade: BANK,
          occurredAt: at,
          fromId: from ? `clabe:${from}` : null,
          toId: to ? `clabe:${to}` : null,
          reportId: report ? `UIF:reporte:${key(report)}` : null,
          props: {
            caption: `$${amount.toFixed(2)} ${currency} ${kind ?? ''}`.trim(),
            amount,
            currency,
            kind,
            concept: opt(raw, 'concepto'),
          },
        },
      };
    },
  },
  {
    path: 'cjm/personas.csv',
    steps: ['address', 'phone', 'person'],
    map: (raw) =>
      personOut(raw, {
        source: 'CJM',
        kind: 'persona',
        id: key(req(raw, 'id_persona')),
        grade: CJM,
        dates: 'iso',
        extra: { cjmRole: opt(raw, 'calidad') },
      }),
  },
  {
    path: 'cjm/casos.csv',
    steps: ['address', 'cjm-casos'],
    map: (raw, line) => {
      const id = key(req(raw, 'id_caso'));
      const sourceId = `caso:${id}`;
      const at = dateTime(raw, 'fecha_atencion', 'hora_atencion', 'iso');
      if (!at) throw new Reject('missing fecha_atencion');
      const place = locate(
        raw,
        {
          street: 'calle_hecho',
          colonia: 'colonia_hecho',
          alcaldia: 'alcaldia_hecho',
          lat: 'latitud',
          lon: 'longitud',
        },
        CJM,
        sourceId,
      );
      const type = opt(raw, 'tipo_violencia');
      const risk = opt(raw, 'nivel_riesgo');
      return {
        address: place.address,
        'cjm-casos': {
          line,
          id: `CJM:${sourceId}`,
          sourceId,
          grade: CJM,
          occurredAt: at,
          lat: place.lat,
          lon: place.lon,
          addressId: place.address?.id ?? null,
          victimId: `CJM:persona:${key(req(raw, 'id_usuaria'))}`,
          aggressorId: `CJM:persona:${key(req(raw, 'id_agresor'))}`,
          relation: opt(raw, 'relacion'),
          caseId: caseIdOf(opt(raw, 'folio_carpeta')),
          props: {
            caption: `${id}: ${type ?? 'VIOLENCIA'} (${risk ?? 'S/R'})`,
            // The centre's case number, found by search as other folios are.
            folio: id,
            folioBare: bareFolio(id),
            centre: opt(raw, 'centro'),
            violenceType: type,
            modality: opt(raw, 'modalidad'),
            riskLevel: risk,
            protectionOrders: flag(raw, 'medidas_proteccion'),
          },
        },
      };
    },
  },
];
