// Renders a real person (ground truth) as one agency's record, with the noise each agency's
// capture process typically adds: dropped accents, upper case, swapped surnames, typos,
// nicknames, truncated compound names, missing CURP/RFC/birth date, phone and address formats.

import type { Rng } from '../lib/prng.js';
import { stripAccents, fold } from '../lib/text.js';
import { compactDate, dmyDate, isoDate, type DateFormat } from '../lib/dates.js';
import { NICKNAMES } from './names.js';
import type { Person } from './population.js';
import type { Address } from './places.js';

export interface Noise {
  keepAccents: number; // probability the record keeps accents
  upper: number; // probability the record is captured in upper case
  curp: number; // probability CURP is present
  rfc: number;
  birth: number;
  phone: number;
  alias: number; // probability a known alias is recorded
  typo: number;
  swap: number; // surnames swapped
  nickname: number;
  truncate: number; // compound given name cut to its first word
  dates: DateFormat;
}

export const NOISE: Record<string, Noise> = {
  FGJ: {
    keepAccents: 0.6,
    upper: 0.5,
    curp: 0.55,
    rfc: 0.1,
    birth: 0.85,
    phone: 0.7,
    alias: 0.5,
    typo: 0.04,
    swap: 0.02,
    nickname: 0.01,
    truncate: 0.05,
    dates: 'iso',
  },
  SSC: {
    keepAccents: 0.1,
    upper: 0.95,
    curp: 0.3,
    rfc: 0,
    birth: 0.6,
    phone: 0.4,
    alias: 0.8,
    typo: 0.07,
    swap: 0.03,
    nickname: 0.04,
    truncate: 0.1,
    dates: 'dmy',
  },
  PEN: {
    keepAccents: 0.3,
    upper: 0.9,
    curp: 0.85,
    rfc: 0,
    birth: 1,
    phone: 0.3,
    alias: 0.7,
    typo: 0.02,
    swap: 0.01,
    nickname: 0,
    truncate: 0.02,
    dates: 'dmy',
  },
  UIF: {
    keepAccents: 0.2,
    upper: 1,
    curp: 0.9,
    rfc: 1,
    birth: 1,
    phone: 0.8,
    alias: 0,
    typo: 0.01,
    swap: 0.01,
    nickname: 0,
    truncate: 0,
    dates: 'compact',
  },
  CJM: {
    keepAccents: 0.8,
    upper: 0.2,
    curp: 0.5,
    rfc: 0,
    birth: 0.8,
    phone: 0.95,
    alias: 0.4,
    typo: 0.03,
    swap: 0.01,
    nickname: 0.03,
    truncate: 0.05,
    dates: 'iso',
  },
  RPC: {
    keepAccents: 0.5,
    upper: 0.8,
    curp: 0.7,
    rfc: 0.95,
    birth: 0.9,
    phone: 0,
    alias: 0,
    typo: 0.01,
    swap: 0,
    nickname: 0,
    truncate: 0,
    dates: 'dmy',
  },
  CDMX: {
    keepAccents: 0.4,
    upper: 1,
    curp: 0.5,
    rfc: 0.6,
    birth: 0,
    phone: 0,
    alias: 0,
    typo: 0.02,
    swap: 0.01,
    nickname: 0,
    truncate: 0.03,
    dates: 'iso',
  },
  SSCI: {
    keepAccents: 0.5,
    upper: 0.7,
    curp: 0.4,
    rfc: 0.1,
    birth: 0.7,
    phone: 0.8,
    alias: 0.95,
    typo: 0.03,
    swap: 0.02,
    nickname: 0.05,
    truncate: 0.05,
    dates: 'iso',
  },
};

const PHONETIC: [RegExp, string][] = [
  [/V/, 'B'],
  [/B/, 'V'],
  [/Z/, 'S'],
  [/S/, 'Z'],
  [/LL/, 'Y'],
  [/Y/, 'LL'],
  [/^H/, ''],
  [/CE/, 'SE'],
  [/GE/, 'JE'],
  [/X/, 'J'],
];

/** One typo: a phonetic confusion (b/v, s/z, silent h) or a dropped/doubled/swapped letter. */
export function typo(rng: Rng, word: string): string {
  if (word.length < 4) return word;
  const up = word.toUpperCase();
  if (rng.chance(0.5)) {
    for (const [re, to] of rng.shuffle(PHONETIC.slice())) {
      if (re.test(up)) return up.replace(re, to);
    }
  }
  const i = 1 + rng.int(word.length - 2);
  const k = rng.int(3);
  if (k === 0) return word.slice(0, i) + word.slice(i + 1);
  if (k === 1) return word.slice(0, i) + word.charAt(i) + word.slice(i);
  return word.slice(0, i - 1) + word.charAt(i) + word.charAt(i - 1) + word.slice(i + 1);
}

export interface PersonFields {
  nombre: string;
  apellido_paterno: string;
  apellido_materno: string;
  alias: string;
  sexo: string;
  fecha_nacimiento: string;
  curp: string;
  rfc: string;
  telefono: string;
}

export function formatDate(day: number, f: DateFormat): string {
  return f === 'iso' ? isoDate(day) : f === 'dmy' ? dmyDate(day) : compactDate(day);
}

export function renderPhone(rng: Rng, n: string): string {
  const k = rng.int(10);
  if (k < 5) return n;
  if (k < 7) return `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`;
  if (k < 8) return `${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`;
  if (k < 9) return `+52 ${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`;
  return `(${n.slice(0, 2)}) ${n.slice(2, 6)}-${n.slice(6)}`;
}

/** Renders p as agency `a` would record it; `noise` collects what was altered (for truth). */
export function renderPerson(rng: Rng, p: Person, a: string, noise: string[]): PersonFields {
  const n = NOISE[a] ?? (NOISE['FGJ'] as Noise);
  let given = p.given;
  let pat = p.pat;
  let mat = p.mat;
  if (given.includes(' ') && rng.chance(n.truncate)) {
    given =
      given.split(' ')[0] === 'María' || given.startsWith('José ')
        ? (given.split(' ').slice(-1)[0] ?? given)
        : (given.split(' ')[0] ?? given);
    noise.push('truncated');
  }
  const nick = NICKNAMES[given];
  if (nick && rng.chance(n.nickname * 5)) {
    given = rng.pick(nick);
    noise.push('nickname');
  }
  if (rng.chance(n.swap)) {
    [pat, mat] = [mat, pat];
    noise.push('swapped');
  }
  if (rng.chance(n.typo)) {
    const which = rng.int(3);
    if (which === 0) pat = typo(rng, pat);
    else if (which === 1) mat = typo(rng, mat);
    else given = typo(rng, given);
    noise.push('typo');
  }
  const accents = rng.chance(n.keepAccents);
  const upper = rng.chance(n.upper);
  const dress = (s: string): string => {
    let t = accents ? s : rng.chance(0.2) ? fold(s) : stripAccents(s);
    if (upper) t = t.toUpperCase();
    return t;
  };
  if (!accents) noise.push('accents');
  const hasCurp = rng.chance(n.curp);
  if (!hasCurp) noise.push('no-curp');
  return {
    nombre: dress(given),
    apellido_paterno: dress(pat),
    apellido_materno: dress(mat),
    alias: p.alias && rng.chance(n.alias) ? dress(p.alias) : '',
    sexo: p.sex,
    fecha_nacimiento: rng.chance(n.birth) ? formatDate(p.birth, n.dates) : '',
    curp: hasCurp ? p.curp : '',
    rfc: rng.chance(n.rfc) ? p.rfc : '',
    telefono: p.phone && rng.chance(n.phone) ? renderPhone(rng, p.phone) : '',
  };
}

const ABBREV: [RegExp, string[]][] = [
  [/^Calle /, ['C. ', 'CALLE ', '']],
  [/^Avenida /, ['Av. ', 'AV ', 'AVENIDA ']],
  [/^Cerrada /, ['Cda. ', 'CERRADA ']],
  [/^Privada /, ['Priv. ', 'PRIVADA ']],
  [/^Calzada /, ['Calz. ', 'CALZADA ']],
  [/^Prolongación /, ['Prol. ', 'PROLONGACION ']],
];

/** The address as typed by a clerk: abbreviations, "No."/"#", case, accents, a few metres off. */
export function renderAddress(
  rng: Rng,
  a: Address,
  accents: boolean,
): {
  calle: string;
  colonia: string;
  alcaldia: string;
  lat: string;
  lon: string;
} {
  let street = a.street;
  for (const [re, alts] of ABBREV) if (re.test(street)) street = street.replace(re, rng.pick(alts));
  if (rng.chance(0.3))
    street = street.replace(/ (\d+)( |$)/, rng.chance(0.5) ? ' No. $1$2' : ' #$1$2');
  let colonia = a.colonia.name;
  let alcaldia = rng.chance(0.7) ? a.alcaldia.upper : a.alcaldia.name;
  if (!accents)
    [street, colonia, alcaldia] = [street, colonia, alcaldia].map(stripAccents) as [
      string,
      string,
      string,
    ];
  if (rng.chance(0.6)) [street, colonia] = [street.toUpperCase(), colonia.toUpperCase()];
  const jitter = (): number => (rng.next() - 0.5) * 0.0003; // about 15 m either way
  return {
    calle: street,
    colonia,
    alcaldia,
    lat: (a.lat + jitter()).toFixed(6),
    lon: (a.lon + jitter()).toFixed(6),
  };
}
