// The commercial register (RPC): companies with their partners and officers. Shell companies
// planted for each organisation share one registered address, were incorporated recently with
// minimal capital, and have relatives or front men (prestanombres) as partners.

import { buildCompanyRfc } from '../lib/rfc.js';
import { dmyDate, isoDate } from '../lib/dates.js';
import { COMPANY_WORDS } from './catalog.js';
import { FIRST_DAY } from './context.js';
import type { Address } from './places.js';
import type { Person } from './population.js';
import type { World } from './world.js';

export interface Company {
  folio: string; // folio mercantil
  name: string;
  rfc: string;
  incorporated: number; // day
  address: Address;
  partners: Person[];
  shell: boolean;
}

const OBJECTS: Record<string, string> = {
  Comercializadora: 'COMPRAVENTA, IMPORTACIÓN Y DISTRIBUCIÓN DE TODA CLASE DE MERCANCÍAS',
  Servicios: 'PRESTACIÓN DE SERVICIOS PROFESIONALES, ADMINISTRATIVOS Y DE CONSULTORÍA',
  Constructora: 'CONSTRUCCIÓN, REMODELACIÓN Y MANTENIMIENTO DE INMUEBLES',
  default: 'LA REALIZACIÓN DE ACTOS DE COMERCIO EN GENERAL',
};

const usedNames = new WeakMap<World, Set<string>>();
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function companyName(w: World): string {
  const rng = w.ctx.rng;
  let used = usedNames.get(w);
  if (!used) usedNames.set(w, (used = new Set()));
  const QUALIFIERS = ['Plus', 'Siglo XXI', 'y Asociados', 'Internacional', 'Express', 'Global'];
  for (let i = 0; ; i++) {
    let base = `${rng.pick(COMPANY_WORDS.activity)} ${rng.pick(COMPANY_WORDS.name)}`;
    if (i > 3) base += ` ${rng.pick(QUALIFIERS)}`;
    // The word lists give a few thousand names; beyond that, initials make them unique, as
    // real registries are full of "Grupo JMR" style names.
    if (i > 8)
      base += ` ${LETTERS.charAt(rng.int(26))}${LETTERS.charAt(rng.int(26))}${LETTERS.charAt(rng.int(26))}`;
    if (!used.has(base)) {
      used.add(base);
      return `${base}, ${rng.weighted(COMPANY_WORDS.form)}`;
    }
  }
}

export function registerCompany(
  w: World,
  partners: Person[],
  opts: { shell: boolean; address?: Address; incorporated?: number },
): Company {
  const { ctx } = w;
  const rng = ctx.rng;
  const name = companyName(w);
  const incorporated = opts.incorporated ?? FIRST_DAY - rng.int(6000);
  const iso = isoDate(incorporated);
  const address = opts.address ?? w.places.address(rng, 'crime');
  const c: Company = {
    folio: `N-${iso.slice(0, 4)}${String(ctx.next('rpc.folio')).padStart(6, '0')}`,
    name,
    rfc: buildCompanyRfc(name, iso),
    incorporated,
    address,
    partners,
    shell: opts.shell,
  };
  const word = name.split(' ')[0] ?? 'default';
  ctx.out['rpc/sociedades.csv'].write({
    folio_mercantil: c.folio,
    razon_social: rng.chance(0.6) ? name.toUpperCase() : name,
    rfc: c.rfc,
    tipo_sociedad: name.slice(name.indexOf(', ') + 2),
    fecha_constitucion: dmyDate(incorporated),
    objeto_social: OBJECTS[word] ?? OBJECTS['default'],
    capital_social: opts.shell ? 50000 : rng.pick([50000, 100000, 500000, 1000000, 5000000]),
    calle_domicilio: address.street,
    colonia_domicilio: address.colonia.name,
    alcaldia_domicilio: address.alcaldia.name,
    latitud: address.lat.toFixed(6),
    longitud: address.lon.toFixed(6),
  });
  const shares =
    partners.length === 1
      ? [100]
      : partners.length === 2
        ? [50, 50]
        : partners.map((_, i) => (i === 0 ? 100 - 10 * (partners.length - 1) : 10));
  partners.forEach((p, i) => {
    const r = w.records.cached(
      p,
      'RPC',
      'socio',
      () => `S${String(ctx.next('rpc.socio')).padStart(7, '0')}`,
    );
    const act = dmyDate(incorporated);
    const base = {
      folio_mercantil: c.folio,
      id_socio: r.id,
      nombre: r.nombre,
      apellido_paterno: r.apellido_paterno,
      apellido_materno: r.apellido_materno,
      curp: r.curp,
      rfc: r.rfc,
      fecha_nacimiento: r.fecha_nacimiento,
      fecha_acto: act,
    };
    ctx.out['rpc/socios.csv'].write({
      ...base,
      id_registro: `A${ctx.next('rpc.acto', 100001)}`,
      cargo: 'ACCIONISTA',
      porcentaje: shares[i],
    });
    if (i === 0)
      ctx.out['rpc/socios.csv'].write({
        ...base,
        id_registro: `A${ctx.next('rpc.acto', 100001)}`,
        cargo: rng.pick(['ADMINISTRADOR ÚNICO', 'PRESIDENTE DEL CONSEJO']),
        porcentaje: '',
      });
  });
  return c;
}

export function backgroundCompanies(w: World, n: number): Company[] {
  const rng = w.ctx.rng;
  const out: Company[] = [];
  for (let i = 0; i < n; i++) {
    const partners: Person[] = [];
    for (let k = rng.range(1, 3); k > 0; k--) {
      const p = w.adults.pick(rng);
      if (p && !partners.includes(p)) partners.push(p);
    }
    if (partners.length > 0) out.push(registerCompany(w, partners, { shell: false }));
  }
  return out;
}
