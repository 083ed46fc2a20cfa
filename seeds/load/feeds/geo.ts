// Geography feeds: boroughs (INEGI), colonias and police quadrants (Mexico City open data).

import neo4j from 'neo4j-driver';
import { num, req } from '../fields.js';
import { grade, PUBLIC } from '../prov.js';
import type { FeedSpec } from '../spec.js';

const INEGI = grade('INEGI', 'A', 1, PUBLIC);
const CDMX = grade('CDMX', 'A', 1, PUBLIC);

export const geoFeeds: FeedSpec[] = [
  {
    path: 'inegi/alcaldias.csv',
    steps: ['geo-alcaldias'],
    map: (raw) => {
      const code = req(raw, 'cvegeo');
      const name = req(raw, 'nomgeo');
      return {
        'geo-alcaldias': {
          id: `alcaldia:${code}`,
          sourceId: `alcaldia:${code}`,
          grade: INEGI,
          code,
          name,
          searchText: name,
          lat: num(raw, 'latitud'),
          lon: num(raw, 'longitud'),
        },
      };
    },
  },
  {
    path: 'cdmx/colonias.csv',
    steps: ['geo-colonias'],
    map: (raw) => {
      const id = req(raw, 'id_colonia');
      const name = req(raw, 'colonia');
      const code = req(raw, 'cvegeo');
      return {
        'geo-colonias': {
          id: `colonia:${id}`,
          sourceId: `colonia:${id}`,
          grade: CDMX,
          name,
          searchText: name,
          alcaldiaCode: code,
          alcaldiaId: `alcaldia:${code}`,
          lat: num(raw, 'latitud'),
          lon: num(raw, 'longitud'),
        },
      };
    },
  },
  {
    path: 'cdmx/cuadrantes.csv',
    steps: ['geo-cuadrantes'],
    map: (raw) => {
      const id = req(raw, 'id_cuadrante');
      const code = req(raw, 'cvegeo');
      const sector = req(raw, 'sector');
      const n = num(raw, 'no_cdrn') ?? 0;
      return {
        'geo-cuadrantes': {
          id: `cuadrante:${id}`,
          sourceId: `cuadrante:${id}`,
          grade: CDMX,
          number: neo4j.int(n),
          sector,
          zona: req(raw, 'zona'),
          region: neo4j.int(num(raw, 'no_regn') ?? 0),
          caption: `Cuadrante ${sector}-${n}`,
          // Found by search as its caption reads, or as "Tlatelolco 4" (QA: not found at all).
          searchText: `Cuadrante ${sector} ${n}`,
          alcaldiaCode: code,
          alcaldiaId: `alcaldia:${code}`,
          lat: num(raw, 'latitud'),
          lon: num(raw, 'longitud'),
        },
      };
    },
  },
];
