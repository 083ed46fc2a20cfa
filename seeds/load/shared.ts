// Row builders shared by the feeds: person records with the address and phone they give, and
// the shared identifier nodes (addresses, phones, vehicles, accounts) merged on their key.

import { cdmx } from '../geo/cdmx.js';
import { type DateFormat, yearsBetween } from '../lib/dates.js';
import { key, normId, slug, titleCase } from '../lib/text.js';
import type { Agency } from '../feeds/columns.js';
import { curp, date, num, opt, phone, Reject, rfc, sex, type Raw } from './fields.js';
import { protect, type Grade } from './prov.js';

export interface AddressRow {
  id: string;
  sourceId: string;
  ref: string;
  grade: Grade;
  caption: string;
  searchText: string;
  street: string;
  colonia: string | null;
  alcaldia: string | null;
  lat: number | null;
  lon: number | null;
  coloniaId: string | null;
  cuadranteId: string | null;
  alcaldiaId: string | null;
}

const STREET_TYPES = new Set([
  'CALLE',
  'C',
  'AV',
  'AVENIDA',
  'CDA',
  'CERRADA',
  'PRIV',
  'PRIVADA',
  'CALZ',
  'CALZADA',
  'PROL',
  'PROLONGACION',
  'ANDADOR',
  'AND',
  'CALLEJON',
  'EJE',
  'RETORNO',
  'RET',
]);

/** "C. MOCTEZUMA #123" and "Calle Moctezuma No. 123" give the same key "moctezuma-123". */
export function streetKey(street: string): string {
  const words = key(street)
    .replace(/[.,#]/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
  while (words.length > 1 && STREET_TYPES.has(words[0] ?? '')) words.shift();
  return slug(words.filter((w, i) => !(i > 0 && /^(NO|NUM|NUMERO)$/.test(w))).join(' '));
}

export interface Located {
  address: AddressRow | null;
  lat: number | null;
  lon: number | null;
  alcaldiaName: string | null;
  coloniaName: string | null;
}

/**
 * Coordinates are checked against Mexico City (a point outside every borough is rejected) and
 * placed by point-in-polygon; without coordinates the borough and colonia come from the text.
 */
export function locate(
  raw: Raw,
  c: { street?: string; colonia: string; alcaldia: string; lat: string; lon: string },
  g: Grade,
  sourceId: string,
): Located {
  const geo = cdmx();
  const lat = num(raw, c.lat);
  const lon = num(raw, c.lon);
  if ((lat === null) !== (lon === null))
    throw new Reject(`bad coordinates: only one of ${c.lat}, ${c.lon}`);
  let place = lat !== null && lon !== null ? geo.locate(lon, lat) : undefined;
  if (lat !== null && lon !== null && !place)
    throw new Reject(`bad coordinates (${lat}, ${lon}): outside Mexico City`);
  const alcText = opt(raw, c.alcaldia);
  const colText = opt(raw, c.colonia);
  if (!place && alcText) {
    const alcaldia = geo.alcaldiaByName(alcText);
    if (alcaldia)
      place = {
        alcaldia,
        colonia: colText ? geo.coloniaByName(alcaldia.code, colText) : undefined,
      };
  }
  const street = c.street ? opt(raw, c.street) : null;
  const alcaldia = place?.alcaldia;
  const coloniaName = colText ?? place?.colonia?.name ?? null;
  const base = { lat, lon, alcaldiaName: alcaldia?.name ?? alcText, coloniaName };
  if (!street || !alcaldia) return { ...base, address: null };
  const caption = [titleCase(street), coloniaName ? titleCase(coloniaName) : null, alcaldia.name]
    .filter(Boolean)
    .join(', ');
  return {
    ...base,
    address: {
      id: `addr:${alcaldia.code}:${slug(coloniaName ?? '-')}:${streetKey(street)}`,
      sourceId,
      ref: `${g.source}:${sourceId}`,
      grade: g,
      caption,
      // Every word of the caption, so that the address as shown is found as typed.
      searchText: [street, coloniaName, alcaldia.name].filter(Boolean).join(' '),
      street,
      colonia: coloniaName,
      alcaldia: alcaldia.name,
      lat,
      lon,
      coloniaId: place?.colonia?.id ?? null,
      cuadranteId: place?.cuadrante?.id ?? null,
      alcaldiaId: alcaldia.id,
    },
  };
}

export interface PhoneRow {
  id: string;
  sourceId: string;
  ref: string;
  grade: Grade;
  number: string;
}

export function phoneRow(number: string, g: Grade, sourceId: string): PhoneRow {
  return { id: `phone:${number}`, sourceId, ref: `${g.source}:${sourceId}`, grade: g, number };
}

export interface PersonCols {
  nombre: string;
  paterno: string;
  materno: string;
  alias?: string;
  sexo?: string;
  nacimiento?: string;
  curp?: string;
  rfc?: string;
  telefono?: string;
  edad?: string;
  home?: { street: string; colonia: string; alcaldia: string; lat: string; lon: string };
}

export const PERSON_COLS: PersonCols = {
  nombre: 'nombre',
  paterno: 'apellido_paterno',
  materno: 'apellido_materno',
  alias: 'alias',
  sexo: 'sexo',
  nacimiento: 'fecha_nacimiento',
  curp: 'curp',
  rfc: 'rfc',
  telefono: 'telefono',
  home: {
    street: 'calle_domicilio',
    colonia: 'colonia_domicilio',
    alcaldia: 'alcaldia_domicilio',
    lat: 'latitud_domicilio',
    lon: 'longitud_domicilio',
  },
};

export interface PersonRow {
  id: string;
  sourceId: string;
  grade: Grade;
  props: Record<string, unknown>;
  birthDate: string | null;
  /** When the agency registered the record (its `fecha_registro`), if it says. */
  registeredOn: string | null;
  addressId: string | null;
  phoneId: string | null;
}

/**
 * A person record and what it gives (address, phone). Minors at `refDate` (or with edad < 18)
 * go to the MIN compartment, with everything they give.
 */
export function personOut(
  raw: Raw,
  o: {
    source: Agency;
    kind: string;
    id: string;
    grade: Grade;
    dates: DateFormat;
    refDate?: string | null;
    /** The column of the day the agency registered the record, if it has one. */
    registered?: string;
    cols?: PersonCols;
    extra?: Record<string, unknown>;
  },
): { person: PersonRow; address: AddressRow | null; phone: PhoneRow | null } {
  const c = o.cols ?? PERSON_COLS;
  const sourceId = `${o.kind}:${o.id}`;
  const given = opt(raw, c.nombre);
  const pat = opt(raw, c.paterno);
  const mat = opt(raw, c.materno);
  if (!given && !pat) throw new Reject(`missing ${c.nombre} and ${c.paterno}`);
  const birth = c.nacimiento ? date(raw, c.nacimiento, o.dates) : null;
  const age = c.edad ? num(raw, c.edad) : null;
  const minor =
    (age !== null && age < 18) ||
    (birth !== null && !!o.refDate && yearsBetween(birth, o.refDate) < 18);
  const g = minor ? protect(o.grade, 'MIN') : o.grade;
  const aliases = c.alias
    ? (opt(raw, c.alias)
        ?.split(/[|/;]/)
        .map((a) => a.trim())
        .filter(Boolean) ?? [])
    : [];
  const number = c.telefono ? phone(raw, c.telefono) : null;
  const home = c.home ? locate(raw, c.home, g, sourceId) : null;
  const names = [given, pat, mat].filter((x): x is string => !!x);
  return {
    person: {
      id: `${o.source}:${sourceId}`,
      sourceId,
      grade: g,
      birthDate: birth,
      registeredOn: o.registered ? date(raw, o.registered, o.dates) : null,
      addressId: home?.address?.id ?? null,
      phoneId: number ? `phone:${number}` : null,
      props: {
        caption: titleCase(names.join(' ')),
        searchText: [...names, ...aliases].join(' '),
        givenNames: given,
        paternalSurname: pat,
        maternalSurname: mat,
        aliases,
        sex: c.sexo ? sex(raw, c.sexo) : null,
        curp: c.curp ? curp(raw, c.curp) : null,
        rfc: c.rfc ? rfc(raw, c.rfc) : null,
        recordKind: o.kind,
        ...o.extra,
      },
    },
    address: home?.address ?? null,
    phone: number ? phoneRow(number, g, sourceId) : null,
  };
}

export const plateId = (plate: string): string => `plate:${normId(plate)}`;
