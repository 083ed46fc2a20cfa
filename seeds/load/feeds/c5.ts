// C5 (emergency centre) feed: 911 incidents, located, with the caller's number when known.

import { bareFolio } from '../../../api/src/graphql/explore/identifiers.js';
import { key } from '../../lib/text.js';
import { dateTime, opt, phone, Reject, req } from '../fields.js';
import { grade, protect, PUBLIC, RESTRICTED, withCredibility } from '../prov.js';
import { locate, phoneRow } from '../shared.js';
import type { FeedSpec } from '../spec.js';

const C5 = grade('C5', 'C', 3, PUBLIC);
const C5_CALLER = grade('C5', 'C', 3, RESTRICTED);
const GV_CALLS = new Set(['VIOLENCIA-FAMILIAR', 'ABUSO-SEXUAL']);

export const c5Feeds: FeedSpec[] = [
  {
    path: 'c5/incidentes.csv',
    steps: ['address', 'phone', 'c5-incidentes'],
    map: (raw) => {
      const folio = key(req(raw, 'folio')).replace(/[\s-]/g, '');
      const sourceId = `incidente:${folio}`;
      const occurredAt = dateTime(raw, 'fecha_creacion', 'hora_creacion', 'iso');
      if (!occurredAt) throw new Reject('missing fecha_creacion');
      const type = req(raw, 'incidente_c4');
      const code = opt(raw, 'codigo_cierre');
      const g = code === 'F' ? withCredibility(C5, 5) : C5;
      const callerGrade = GV_CALLS.has(key(type)) ? protect(C5_CALLER, 'GV') : C5_CALLER;
      const caller = phone(raw, 'telefono_reportante');
      const place = locate(
        raw,
        {
          street: 'direccion',
          colonia: 'colonia',
          alcaldia: 'alcaldia_cierre',
          lat: 'latitud',
          lon: 'longitud',
        },
        g,
        sourceId,
      );
      return {
        address: place.address,
        phone: caller ? phoneRow(caller, callerGrade, sourceId) : null,
        'c5-incidentes': {
          id: `C5:${sourceId}`,
          sourceId,
          grade: g,
          callerGrade,
          occurredAt,
          closedAt: dateTime(raw, 'fecha_cierre', 'hora_cierre', 'iso'),
          lat: place.lat,
          lon: place.lon,
          addressId: place.address?.id ?? null,
          phoneId: caller ? `phone:${caller}` : null,
          props: {
            caption: `${folio}: ${type}`,
            folio,
            folioBare: bareFolio(folio),
            type,
            typeKey: key(type),
            alarmClass: opt(raw, 'clas_con_f_alarma'),
            closureCode: code,
            entry: opt(raw, 'tipo_entrada'),
            alcaldia: place.alcaldiaName,
            colonia: place.coloniaName,
          },
        },
      };
    },
  },
];
