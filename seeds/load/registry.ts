// The feeds the loader knows, in load order: geography, then the feeds that create entities,
// then the feeds that link them (so references resolve), with call records last.

import type { FeedPath } from '../feeds/columns.js';
import { c5Feeds } from './feeds/c5.js';
import { fgjFeeds } from './feeds/fgj.js';
import { geoFeeds } from './feeds/geo.js';
import { penRpcCdmxFeeds } from './feeds/pen-rpc-cdmx.js';
import { sscFeeds } from './feeds/ssc.js';
import { uifCjmFeeds } from './feeds/uif-cjm.js';
import type { FeedSpec } from './spec.js';

const ALL = new Map<FeedPath, FeedSpec>(
  [...geoFeeds, ...fgjFeeds, ...c5Feeds, ...sscFeeds, ...penRpcCdmxFeeds, ...uifCjmFeeds].map(
    (f) => [f.path, f],
  ),
);

export const LOAD_ORDER: readonly FeedPath[] = [
  'inegi/alcaldias.csv',
  'cdmx/colonias.csv',
  'cdmx/cuadrantes.csv',
  // Entities first.
  'fgj/personas.csv',
  'fgj/carpetas.csv',
  'c5/incidentes.csv',
  'ssc/iph_detenciones.csv',
  'ssc/inteligencia_organizaciones.csv',
  'ssc/inteligencia_personas.csv',
  'pen/ingresos.csv',
  'rpc/sociedades.csv',
  'cdmx/padron_vehicular.csv',
  'uif/personas_fisicas.csv',
  'uif/personas_morales.csv',
  'uif/reportes.csv',
  'cjm/personas.csv',
  // Then the links between them.
  'fgj/intervinientes.csv',
  'ssc/iph_detenidos.csv',
  'ssc/inteligencia_integrantes.csv',
  'ssc/inteligencia_vinculos.csv',
  'pen/visitas.csv',
  'rpc/socios.csv',
  'uif/cuentas.csv',
  'uif/reportes_sujetos.csv',
  'uif/operaciones.csv',
  'cjm/casos.csv',
  'fgj/sabanas_llamadas.csv',
];

export function feedSpec(path: FeedPath): FeedSpec {
  const f = ALL.get(path);
  if (!f) throw new Error(`no loader for feed ${path}`);
  return f;
}

/** Geography is loaded like any feed but does not count as data (see seedDemoIfEmpty). */
export const GEO_FEEDS = new Set<FeedPath>([
  'inegi/alcaldias.csv',
  'cdmx/colonias.csv',
  'cdmx/cuadrantes.csv',
]);
