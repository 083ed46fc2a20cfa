// SSC (city police) feeds: arrest reports (IPH) with their detainees, and the intelligence
// feed on organisations, their members and the links between people.

import { bareFolio } from '../../../api/src/graphql/explore/identifiers.js';
import neo4j from 'neo4j-driver';
import { key, normId } from '../../lib/text.js';
import type { Agency } from '../../feeds/columns.js';
import { agency, date, dateTime, flag, num, opt, Reject, req, type Raw } from '../fields.js';
import { analystGrade, grade, RESTRICTED, type Grade } from '../prov.js';
import { locate, personOut, plateId } from '../shared.js';
import type { FeedSpec } from '../spec.js';
import { caseIdOf } from './fgj.js';

const SSC = grade('SSC', 'B', 2, RESTRICTED);

/** Record kind of person records in each agency, for cross-agency references. */
const PERSON_KIND: Partial<Record<Agency, string>> = {
  SSC: 'persona',
  FGJ: 'persona',
  PEN: 'interno',
  CJM: 'persona',
  UIF: 'sujeto',
  RPC: 'socio',
  CDMX: 'propietario',
};

function personRef(raw: Raw, agencyCol: string, idCol: string): string {
  const a = agency(raw, agencyCol);
  const kind = PERSON_KIND[a];
  if (!kind) throw new Reject(`agency ${a} in ${agencyCol} keeps no person records`);
  return `${a}:${kind}:${req(raw, idCol)}`;
}

function intelGrade(raw: Raw): Grade {
  const g = analystGrade(
    'SSC',
    req(raw, 'confiabilidad').toUpperCase(),
    num(raw, 'credibilidad') ?? 0,
    flag(raw, 'informante'),
  );
  if (typeof g === 'string') throw new Reject(g);
  return g;
}

/** Detainee rows give an age (edad) instead of a reliable birth date. */
const PERSON_COLS_SSC = {
  nombre: 'nombre',
  paterno: 'apellido_paterno',
  materno: 'apellido_materno',
  alias: 'alias',
  sexo: 'sexo',
  nacimiento: 'fecha_nacimiento',
  curp: 'curp',
  telefono: 'telefono',
  edad: 'edad',
  home: {
    street: 'calle_domicilio',
    colonia: 'colonia_domicilio',
    alcaldia: 'alcaldia_domicilio',
    lat: 'latitud_domicilio',
    lon: 'longitud_domicilio',
  },
};

export const sscFeeds: FeedSpec[] = [
  {
    path: 'ssc/iph_detenciones.csv',
    steps: ['address', 'vehicle', 'ssc-iph'],
    map: (raw) => {
      const folio = key(req(raw, 'folio_iph'));
      const sourceId = `iph:${folio}`;
      const occurredAt = dateTime(raw, 'fecha_detencion', 'hora_detencion', 'dmy');
      if (!occurredAt) throw new Reject('missing fecha_detencion');
      const place = locate(
        raw,
        {
          street: 'calle',
          colonia: 'colonia',
          alcaldia: 'alcaldia',
          lat: 'latitud',
          lon: 'longitud',
        },
        SSC,
        sourceId,
      );
      const plate = opt(raw, 'placa_vehiculo');
      const motive = opt(raw, 'motivo');
      const make = opt(raw, 'marca');
      const model = opt(raw, 'submarca');
      const n = num(raw, 'cuadrante');
      return {
        address: place.address,
        vehicle: plate
          ? {
              id: plateId(plate),
              sourceId,
              ref: `SSC:${sourceId}`,
              grade: SSC,
              plate: normId(plate),
              caption: [normId(plate), make, model].filter(Boolean).join(' '),
              vin: null,
              make,
              model,
              year: null,
              colour: opt(raw, 'color'),
              type: null,
            }
          : null,
        'ssc-iph': {
          id: `SSC:${sourceId}`,
          sourceId,
          grade: SSC,
          occurredAt,
          lat: place.lat,
          lon: place.lon,
          addressId: place.address?.id ?? null,
          caseId: caseIdOf(opt(raw, 'folio_carpeta')),
          vehicleId: plate ? plateId(plate) : null,
          props: {
            caption: `${folio}: ${motive ?? 'DETENCIÓN'}`,
            folio,
            folioBare: bareFolio(folio),
            motive,
            motiveKey: motive ? key(motive) : null,
            motiveType: opt(raw, 'tipo_motivo'),
            sector: opt(raw, 'sector'),
            cuadranteNumber: n === null ? null : neo4j.int(n),
            alcaldia: place.alcaldiaName,
            colonia: place.coloniaName,
          },
        },
      };
    },
  },
  {
    path: 'ssc/iph_detenidos.csv',
    steps: ['address', 'phone', 'person', 'ssc-detenidos'],
    map: (raw, line) => {
      const id = key(req(raw, 'id_detenido'));
      const out = personOut(raw, {
        source: 'SSC',
        kind: 'detenido',
        id,
        grade: SSC,
        dates: 'dmy',
        cols: PERSON_COLS_SSC,
      });
      const age = num(raw, 'edad');
      return {
        ...out,
        'ssc-detenidos': {
          line,
          sourceId: out.person.sourceId,
          grade: out.person.grade,
          arrestId: `SSC:iph:${key(req(raw, 'folio_iph'))}`,
          personId: out.person.id,
          age: age === null ? null : neo4j.int(age),
        },
      };
    },
  },
  {
    path: 'ssc/inteligencia_organizaciones.csv',
    steps: ['ssc-organizaciones', 'ssc-subcelulas'],
    map: (raw, line) => {
      const id = key(req(raw, 'id_organizacion'));
      const g = intelGrade(raw);
      const name = req(raw, 'nombre');
      const alias = opt(raw, 'alias');
      const parent = opt(raw, 'id_organizacion_superior');
      const list = (col: string): string[] =>
        opt(raw, col)
          ?.split('|')
          .map((s) => s.trim())
          .filter(Boolean) ?? [];
      const row = {
        line,
        id: `SSC:organizacion:${id}`,
        sourceId: `organizacion:${id}`,
        grade: g,
        parentId: parent ? `SSC:organizacion:${key(parent)}` : null,
        registeredOn: date(raw, 'fecha_registro', 'iso'),
        props: {
          caption: name,
          name,
          aliases: alias ? [alias] : [],
          kind: key(req(raw, 'tipo')) === 'CELULA' ? 'CELL' : 'ORGANIZATION',
          territory: list('zona_influencia'),
          activities: list('actividades'),
          searchText: [name, alias].filter(Boolean).join(' '),
        },
      };
      return { 'ssc-organizaciones': row, 'ssc-subcelulas': row };
    },
  },
  {
    path: 'ssc/inteligencia_personas.csv',
    steps: ['address', 'phone', 'person'],
    map: (raw) =>
      personOut(raw, {
        source: 'SSC',
        kind: 'persona',
        id: key(req(raw, 'id_persona')),
        grade: intelGrade(raw),
        dates: 'iso',
        refDate: opt(raw, 'fecha_registro'),
        registered: 'fecha_registro',
      }),
  },
  {
    path: 'ssc/inteligencia_integrantes.csv',
    steps: ['ssc-integrantes'],
    map: (raw, line) => ({
      'ssc-integrantes': {
        line,
        sourceId: `integrante:${key(req(raw, 'id_registro'))}`,
        grade: intelGrade(raw),
        personId: personRef(raw, 'agencia_persona', 'id_persona'),
        orgId: `SSC:organizacion:${key(req(raw, 'id_organizacion'))}`,
        role: req(raw, 'rol'),
        since: date(raw, 'desde', 'iso'),
        until: date(raw, 'hasta', 'iso'),
      },
    }),
  },
  {
    path: 'ssc/inteligencia_vinculos.csv',
    steps: ['ssc-vinculos'],
    map: (raw, line) => {
      const tipo = key(req(raw, 'tipo_vinculo'));
      return {
        'ssc-vinculos': {
          line,
          sourceId: `vinculo:${key(req(raw, 'id_registro'))}`,
          grade: intelGrade(raw),
          fromId: personRef(raw, 'agencia_persona_a', 'id_persona_a'),
          toId: personRef(raw, 'agencia_persona_b', 'id_persona_b'),
          family: tipo === 'FAMILIAR' || tipo === 'PAREJA',
          kind: opt(raw, 'parentesco') ?? tipo,
        },
      };
    },
  },
];
