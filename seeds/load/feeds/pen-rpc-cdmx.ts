// Prison system (admissions and visits), the commercial register (companies and partners) and
// the city's vehicle register.

import neo4j from 'neo4j-driver';
import { localDateTime } from '../../lib/dates.js';
import { key, normId } from '../../lib/text.js';
import { date, dateTime, num, opt, Reject, req, rfc } from '../fields.js';
import { grade, PUBLIC, RESTRICTED } from '../prov.js';
import { locate, personOut, plateId, type PersonCols } from '../shared.js';
import type { FeedSpec } from '../spec.js';
import { caseIdOf } from './fgj.js';

const PEN = grade('PEN', 'A', 1, RESTRICTED);
const RPC = grade('RPC', 'A', 1, PUBLIC);
const CDMX = grade('CDMX', 'A', 2, RESTRICTED);

const INMATE: PersonCols = {
  nombre: 'nombre',
  paterno: 'apellido_paterno',
  materno: 'apellido_materno',
  alias: 'alias',
  sexo: 'sexo',
  nacimiento: 'fecha_nacimiento',
  curp: 'curp',
};
const VISITOR: PersonCols = {
  nombre: 'nombre_visitante',
  paterno: 'apellido_paterno_visitante',
  materno: 'apellido_materno_visitante',
  sexo: 'sexo_visitante',
  nacimiento: 'fecha_nacimiento_visitante',
  curp: 'curp_visitante',
  telefono: 'telefono_visitante',
};
const PARTNER: PersonCols = {
  nombre: 'nombre',
  paterno: 'apellido_paterno',
  materno: 'apellido_materno',
  nacimiento: 'fecha_nacimiento',
  curp: 'curp',
  rfc: 'rfc',
};
const OWNER: PersonCols = {
  nombre: 'nombre',
  paterno: 'apellido_paterno',
  materno: 'apellido_materno',
  curp: 'curp',
  rfc: 'rfc',
};

export const penRpcCdmxFeeds: FeedSpec[] = [
  {
    path: 'pen/ingresos.csv',
    steps: ['person', 'pen-ingresos'],
    map: (raw) => {
      const id = key(req(raw, 'id_ingreso'));
      const admitted = date(raw, 'fecha_ingreso', 'dmy');
      if (!admitted) throw new Reject('missing fecha_ingreso');
      const out = personOut(raw, {
        source: 'PEN',
        kind: 'interno',
        id: key(req(raw, 'numero_interno')),
        grade: PEN,
        dates: 'dmy',
        refDate: admitted,
        cols: INMATE,
      });
      const facility = req(raw, 'centro');
      return {
        person: out.person,
        'pen-ingresos': {
          id: `PEN:ingreso:${id}`,
          sourceId: `ingreso:${id}`,
          grade: out.person.grade,
          personId: out.person.id,
          caseId: caseIdOf(opt(raw, 'folio_carpeta')),
          admittedOn: admitted,
          releasedOn: date(raw, 'fecha_egreso', 'dmy'),
          occurredAt: localDateTime(admitted, '00:00:00'),
          props: {
            // "id: what", as the other records: the UI names the kind in the reader's language.
            caption: `${id}: ${facility}`,
            facility,
            releaseReason: opt(raw, 'motivo_egreso'),
            legalStatus: opt(raw, 'situacion_juridica'),
            crime: opt(raw, 'delito'),
            causa: opt(raw, 'causa_penal'),
          },
        },
      };
    },
  },
  {
    path: 'pen/visitas.csv',
    steps: ['phone', 'person', 'pen-visitas'],
    map: (raw, line) => {
      const day = date(raw, 'fecha_visita', 'dmy');
      const out = personOut(raw, {
        source: 'PEN',
        kind: 'visitante',
        id: key(req(raw, 'id_visitante')),
        grade: PEN,
        dates: 'dmy',
        refDate: day,
        cols: VISITOR,
      });
      return {
        phone: out.phone,
        person: out.person,
        'pen-visitas': {
          line,
          sourceId: `visita:${key(req(raw, 'id_visita'))}`,
          grade: out.person.grade,
          visitorId: out.person.id,
          custodyId: `PEN:ingreso:${key(req(raw, 'id_ingreso'))}`,
          occurredAt: dateTime(raw, 'fecha_visita', 'hora_entrada', 'dmy'),
          kinship: opt(raw, 'parentesco'),
        },
      };
    },
  },
  {
    path: 'rpc/sociedades.csv',
    steps: ['address', 'company'],
    map: (raw) => {
      const folio = key(req(raw, 'folio_mercantil'));
      const sourceId = `sociedad:${folio}`;
      const name = req(raw, 'razon_social');
      const place = locate(
        raw,
        {
          street: 'calle_domicilio',
          colonia: 'colonia_domicilio',
          alcaldia: 'alcaldia_domicilio',
          lat: 'latitud',
          lon: 'longitud',
        },
        RPC,
        sourceId,
      );
      const capital = num(raw, 'capital_social');
      return {
        address: place.address,
        company: {
          id: `RPC:${sourceId}`,
          sourceId,
          grade: RPC,
          incorporatedOn: date(raw, 'fecha_constitucion', 'dmy'),
          addressId: place.address?.id ?? null,
          props: {
            caption: name,
            name,
            searchText: name,
            rfc: rfc(raw, 'rfc'),
            legalForm: opt(raw, 'tipo_sociedad'),
            folio,
            purpose: opt(raw, 'objeto_social'),
            capital,
            activity: null,
          },
        },
      };
    },
  },
  {
    path: 'rpc/socios.csv',
    steps: ['person', 'rpc-socios'],
    map: (raw, line) => {
      const out = personOut(raw, {
        source: 'RPC',
        kind: 'socio',
        id: key(req(raw, 'id_socio')),
        grade: RPC,
        dates: 'dmy',
        cols: PARTNER,
      });
      const role = req(raw, 'cargo');
      const share = num(raw, 'porcentaje');
      return {
        person: out.person,
        'rpc-socios': {
          line,
          sourceId: `acto:${key(req(raw, 'id_registro'))}`,
          grade: RPC,
          personId: out.person.id,
          companyId: `RPC:sociedad:${key(req(raw, 'folio_mercantil'))}`,
          role,
          share,
          owner: key(role) === 'ACCIONISTA' || (share ?? 0) > 0,
          since: date(raw, 'fecha_acto', 'dmy'),
        },
      };
    },
  },
  {
    path: 'cdmx/padron_vehicular.csv',
    steps: ['person', 'vehicle', 'cdmx-padron'],
    map: (raw) => {
      const plate = normId(req(raw, 'placa'));
      const sourceId = `padron:${plate}`;
      const out = personOut(raw, {
        source: 'CDMX',
        kind: 'propietario',
        id: key(req(raw, 'id_propietario')),
        grade: CDMX,
        dates: 'iso',
        cols: OWNER,
      });
      const make = opt(raw, 'marca');
      const model = opt(raw, 'submarca');
      const year = num(raw, 'modelo');
      return {
        person: out.person,
        vehicle: {
          id: plateId(plate),
          sourceId,
          ref: `CDMX:${sourceId}`,
          grade: CDMX,
          plate,
          caption: [plate, make, model].filter(Boolean).join(' '),
          vin: opt(raw, 'serie'),
          make,
          model,
          year: year === null ? null : neo4j.int(year),
          colour: opt(raw, 'color'),
          type: opt(raw, 'tipo'),
        },
        'cdmx-padron': {
          sourceId,
          grade: CDMX,
          personId: out.person.id,
          vehicleId: plateId(plate),
          since: date(raw, 'fecha_alta', 'iso'),
        },
      };
    },
  },
];
