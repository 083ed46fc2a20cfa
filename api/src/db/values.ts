// Converts Neo4j values into JSON-friendly ones: integers to numbers, temporals to ISO strings,
// points to {latitude, longitude}.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';
import type { Date, DateTime, Integer } from 'neo4j-driver';

/** A Neo4j Integer or a plain number as a JavaScript number. */
export function num(v: unknown): number {
  return neo4j.isInt(v) ? (v as Integer).toNumber() : Number(v);
}
const pad = (v: number, width: number): string => String(v).padStart(width, '0');

/** "YYYY-MM-DD" of a Date or DateTime whose year has four digits; null otherwise. */
function isoDay(d: Date<Integer | number> | DateTime<Integer | number>): string | null {
  const year = num(d.year);
  if (year < 0 || year > 9999) return null;
  return `${pad(year, 4)}-${pad(num(d.month), 2)}-${pad(num(d.day), 2)}`;
}

/** The driver's ISO form of a Date, without its Integer arithmetic (a hot path, see below). */
export function dateString(d: Date<Integer | number>): string {
  return isoDay(d) ?? String(d);
}

/** The driver's ISO form of a DateTime ("2024-03-05T22:10:00Z", "…-06:00", "…[Zone]"). */
export function dateTimeString(d: DateTime<Integer | number>): string {
  const day = isoDay(d);
  if (day === null) return String(d);
  const nanos = num(d.nanosecond);
  let out =
    day +
    `T${pad(num(d.hour), 2)}:${pad(num(d.minute), 2)}:${pad(num(d.second), 2)}` +
    (nanos === 0 ? '' : `.${pad(nanos, 9)}`);
  if (d.timeZoneOffsetSeconds !== undefined && d.timeZoneOffsetSeconds !== null) {
    const offset = num(d.timeZoneOffsetSeconds);
    const abs = Math.abs(offset);
    const secs = abs % 60;
    out +=
      offset === 0
        ? 'Z'
        : `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 3600), 2)}:${pad(Math.floor(abs / 60) % 60, 2)}` +
          (secs === 0 ? '' : `:${pad(secs, 2)}`);
  }
  if (d.timeZoneId !== undefined && d.timeZoneId !== null) out += `[${d.timeZoneId}]`;
  return out;
}

export type Plain = string | number | boolean | null | Plain[] | { [k: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  // Most properties are strings: answer them before the type checks below (a hot path: every
  // property of every node an expansion returns passes here).
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean')
    return value as string | number | boolean;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDateTime(value as object)) return dateTimeString(value as DateTime<Integer>);
  if (isDate(value as object)) return dateString(value as Date<Integer>);
  if (isLocalDateTime(value as object)) return String(value);
  if (isTime(value as object) || isLocalTime(value as object) || isDuration(value as object))
    return String(value);
  if (isPoint(value as object)) {
    const p = value as { x: number; y: number };
    return { longitude: p.x, latitude: p.y };
  }
  if (t === 'object') {
    const out: Record<string, Plain> = {};
    for (const k of Object.keys(value)) out[k] = toPlain((value as Record<string, unknown>)[k]);
    return out;
  }
  return null;
}
