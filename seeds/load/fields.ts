// Field parsing and validation for feed rows. A problem throws Reject with a reason that names
// the column, so the reject report says exactly why a row was refused.

import { clabeProblem } from '../lib/clabe.js';
import { curpProblem } from '../lib/curp.js';
import { localDateTime, parseDate, parseTime, type DateFormat } from '../lib/dates.js';
import { rfcProblem } from '../lib/rfc.js';
import { normId } from '../lib/text.js';
import { nationalPhone } from '../../api/src/graphql/explore/identifiers.js';
import { isAgency, type Agency } from '../feeds/columns.js';

export class Reject extends Error {}

export type Raw = Record<string, string>;

/** The trimmed value, or null when empty. */
export function opt(raw: Raw, col: string): string | null {
  const v = raw[col]?.trim();
  return v ? v : null;
}

export function req(raw: Raw, col: string): string {
  const v = opt(raw, col);
  if (v === null) throw new Reject(`missing ${col}`);
  return v;
}

export function curp(raw: Raw, col = 'curp'): string | null {
  const v = opt(raw, col);
  if (v === null) return null;
  const n = normId(v);
  const problem = curpProblem(n);
  if (problem) throw new Reject(`invalid CURP in ${col} (${v}): ${problem}`);
  return n;
}

export function rfc(raw: Raw, col = 'rfc'): string | null {
  const v = opt(raw, col);
  if (v === null) return null;
  const n = normId(v);
  const problem = rfcProblem(n);
  if (problem) throw new Reject(`invalid RFC in ${col} (${v}): ${problem}`);
  return n;
}

export function clabe(raw: Raw, col: string): string | null {
  const v = opt(raw, col);
  if (v === null) return null;
  const n = v.replace(/[\s-]/g, '');
  const problem = clabeProblem(n);
  if (problem) throw new Reject(`invalid CLABE in ${col} (${v}): ${problem}`);
  return n;
}

/** Ten national digits; spaces, dashes, parentheses and dialling prefixes (nationalPhone) dropped. */
export function phone(raw: Raw, col: string): string | null {
  const v = opt(raw, col);
  if (v === null) return null;
  const d = nationalPhone(v.replace(/\D/g, ''));
  if (d.length !== 10) throw new Reject(`invalid phone in ${col} (${v}): needs 10 digits`);
  return d;
}

export function date(raw: Raw, col: string, f: DateFormat): string | null {
  const v = opt(raw, col);
  if (v === null) return null;
  const d = parseDate(v, f);
  if (d === null) throw new Reject(`bad date in ${col} (${v})`);
  return d;
}

export function time(raw: Raw, col: string): string | null {
  const v = opt(raw, col);
  if (v === null) return null;
  const t = parseTime(v);
  if (t === null) throw new Reject(`bad time in ${col} (${v})`);
  return t;
}

/** Local date + time as an ISO datetime with Mexico City's offset (null without a date). */
export function dateTime(
  raw: Raw,
  dateCol: string,
  timeCol: string | null,
  f: DateFormat,
): string | null {
  const d = date(raw, dateCol, f);
  if (d === null) return null;
  const t = timeCol ? time(raw, timeCol) : null;
  return localDateTime(d, t ?? '00:00:00');
}

export function num(raw: Raw, col: string): number | null {
  const v = opt(raw, col);
  if (v === null) return null;
  const n = Number(v.replace(/,/g, ''));
  if (!Number.isFinite(n)) throw new Reject(`bad number in ${col} (${v})`);
  return n;
}

export function agency(raw: Raw, col: string): Agency {
  const v = req(raw, col).toUpperCase();
  if (!isAgency(v)) throw new Reject(`unknown agency code in ${col} (${v})`);
  return v;
}

export function sex(raw: Raw, col = 'sexo'): 'H' | 'M' | null {
  const v = opt(raw, col)?.toUpperCase() ?? null;
  if (v === null) return null;
  if (v === 'H' || v === 'HOMBRE' || v === 'MASCULINO') return 'H';
  if (v === 'M' || v === 'MUJER' || v === 'FEMENINO') return 'M';
  throw new Reject(`bad sex in ${col} (${v})`);
}

export function flag(raw: Raw, col: string): boolean {
  const v = opt(raw, col)?.toUpperCase();
  return v === '1' || v === 'SI' || v === 'SÍ' || v === 'TRUE';
}
