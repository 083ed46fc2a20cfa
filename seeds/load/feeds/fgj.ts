// FGJ (prosecutor) feeds: person records, carpetas, the people in each carpeta, and call
// records obtained under judicial order.

import { bareFolio } from '../../../api/src/graphql/explore/identifiers.js';
import neo4j from 'neo4j-driver';
import { key, normId } from '../../lib/text.js';
import { dateTime, num, opt, phone, Reject, req, type Raw } from '../fields.js';
import { grade, RESTRICTED } from '../prov.js';
import { locate, personOut, phoneRow } from '../shared.js';
import type { FeedSpec } from '../spec.js';

const FGJ = grade('FGJ', 'B', 2, RESTRICTED);
const CDR = grade('FGJ', 'A', 1, RESTRICTED);

/** Crimes whose victims are protected in the GV compartment (keys: upper case, no accents). */
export const GENDER_VIOLENCE = new Set([
  'VIOLENCIA FAMILIAR',
  'ABUSO SEXUAL',
  'VIOLACION',
  'FEMINICIDIO',
  'ACOSO SEXUAL',
  'HOSTIGAMIENTO SEXUAL',
  'VIOLACION EQUIPARADA',
  'TENTATIVA DE FEMINICIDIO',
]);

/** Carpeta folios are compared without spaces and dashes: "CI-FIZP/IZP-3/UI-1 C/D/…". */
export const folioKey = (folio: string): string => key(folio).replace(/[\s-]/g, '');
export const caseIdOf = (folio: string | null): string | null =>
  folio ? `FGJ:carpeta:${folioKey(folio)}` : null;

const ROLES: Record<string, string> = {
  VICTIMA: 'VICTIM',
  OFENDIDO: 'VICTIM',
  IMPUTADO: 'SUSPECT',
  'PROBABLE RESPONSABLE': 'SUSPECT',
  TESTIGO: 'WITNESS',
  DENUNCIANTE: 'COMPLAINANT',
};

export const fgjFeeds: FeedSpec[] = [
  {
    path: 'fgj/personas.csv',
    steps: ['address', 'phone', 'person'],
    map: (raw) => {
      const id = req(raw, 'id_persona');
      return personOut(raw, {
        source: 'FGJ',
        kind: 'persona',
        id,
        grade: FGJ,
        dates: 'iso',
        refDate: opt(raw, 'fecha_registro'),
        registered: 'fecha_registro',
      });
    },
  },
  {
    path: 'fgj/carpetas.csv',
    steps: ['address', 'fgj-carpetas'],
    map: (raw) => {
      const written = req(raw, 'folio');
      const folio = folioKey(written);
      const sourceId = `carpeta:${folio}`;
      const occurredAt =
        dateTime(raw, 'fecha_hecho', 'hora_hecho', 'iso') ??
        dateTime(raw, 'fecha_inicio', 'hora_inicio', 'iso');
      const reportedAt = dateTime(raw, 'fecha_inicio', 'hora_inicio', 'iso');
      if (!occurredAt) throw new Reject('missing fecha_hecho and fecha_inicio');
      const crime = req(raw, 'delito');
      const place = locate(
        raw,
        {
          street: 'calle_hecho',
          colonia: 'colonia_hecho',
          alcaldia: 'alcaldia_hecho',
          lat: 'latitud',
          lon: 'longitud',
        },
        FGJ,
        sourceId,
      );
      const year = num(raw, 'anio_hecho');
      return {
        address: place.address,
        'fgj-carpetas': {
          id: `FGJ:${sourceId}`,
          sourceId,
          grade: FGJ,
          occurredAt,
          reportedAt,
          lat: place.lat,
          lon: place.lon,
          addressId: place.address?.id ?? null,
          props: {
            caption: `${written}: ${crime}`,
            folio,
            folioBare: bareFolio(written),
            folioAsWritten: written,
            crime,
            crimeKey: key(crime),
            category: opt(raw, 'categoria_delito'),
            year: year === null ? null : neo4j.int(year),
            status: opt(raw, 'estatus'),
            fiscalia: opt(raw, 'fiscalia'),
            agency: opt(raw, 'agencia'),
            unit: opt(raw, 'unidad_investigacion'),
            alcaldia: place.alcaldiaName,
            colonia: place.coloniaName,
            genderViolence: GENDER_VIOLENCE.has(key(crime)),
          },
        },
      };
    },
  },
  {
    path: 'fgj/intervinientes.csv',
    steps: ['fgj-intervinientes', 'fgj-protect'],
    // Reloading persons or cases puts their grades back to the row's: protect them again.
    rerunAfter: ['fgj/personas.csv', 'fgj/carpetas.csv'],
    parallel: true,
    map: (raw, line) => {
      const sourceRole = key(req(raw, 'calidad_juridica'));
      const role = ROLES[sourceRole];
      if (!role) throw new Reject(`unknown calidad_juridica (${sourceRole})`);
      const age = num(raw, 'edad');
      const row = {
        line,
        sourceId: `interviniente:${req(raw, 'id_interviniente')}`,
        grade: FGJ,
        personId: `FGJ:persona:${req(raw, 'id_persona')}`,
        caseId: caseIdOf(req(raw, 'folio')),
        role,
        sourceRole,
        age: age === null ? null : neo4j.int(age),
        minor: age !== null && age < 18,
      };
      return { 'fgj-intervinientes': row, 'fgj-protect': row };
    },
  },
  {
    path: 'fgj/sabanas_llamadas.csv',
    steps: ['phone', 'fgj-llamadas'],
    parallel: true,
    fresh: { 'fgj-llamadas': 'fgj-llamadas-new' },
    map: (raw: Raw) => {
      const oficio = normId(req(raw, 'oficio'));
      const a = phone(raw, 'numero_a');
      const b = phone(raw, 'numero_b');
      if (!a || !b) throw new Reject(`missing ${a ? 'numero_b' : 'numero_a'}`);
      const at = dateTime(raw, 'fecha', 'hora', 'iso');
      if (!at) throw new Reject('missing fecha');
      const warrant = `sabana:${oficio}`;
      return {
        phone: [phoneRow(a, CDR, warrant), phoneRow(b, CDR, warrant)],
        'fgj-llamadas': {
          sourceId: `${warrant}:${req(raw, 'renglon')}`,
          grade: CDR,
          from: `phone:${a}`,
          to: `phone:${b}`,
          occurredAt: at,
          durationSec: num(raw, 'duracion_seg'),
          kind: opt(raw, 'tipo'),
          carrier: opt(raw, 'compania'),
        },
      };
    },
  },
];
