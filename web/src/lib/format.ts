// Shows field values by their type (the API sends them as strings with a type name): dates in
// the reader's language, numbers grouped, lists one per line, points as coordinates.
import type { Field } from './api';
import { parseTime } from './filters';

/** Numbers that name something rather than count it: "2019", not "2,019". */
const UNGROUPED = new Set(['year', 'number', 'sector', 'region']);

/** The API counts an entity's links exactly up to this many; DEGREE_CAP + 1 means "more". */
export const DEGREE_CAP = 1000;

/**
 * A count the API may have stopped at (`capped`: there are more): "240", "10K+". Compact from
 * 10,000, so the context menu stays narrow, or always (badges).
 */
export function formatCount(
  n: number,
  capped: boolean,
  locale: string,
  compact = n >= 10_000,
): string {
  const text = new Intl.NumberFormat(locale, { notation: compact ? 'compact' : 'standard' }).format(
    n,
  );
  return capped ? `${text}+` : text;
}

/** An entity's link count: "1,000+" once the API stopped counting; compact ("1K+") for badges. */
export function formatDegree(degree: number, locale: string, compact = false): string {
  return formatCount(Math.min(degree, DEGREE_CAP), degree > DEGREE_CAP, locale, compact);
}

/** A line's count of links: "1,000+" past the cap, "301+" when the API stopped at the pair. */
export function formatLinkCount(count: number, capped: boolean, locale: string): string {
  return formatCount(Math.min(count, DEGREE_CAP), capped || count > DEGREE_CAP, locale, false);
}

/**
 * An ISO date-time as its writer's clock says it. An agency's record carries its offset
 * ("2024-08-11T11:39:26-06:00"): it shows 11:39 wherever the reader is, as the sábana or the
 * carpeta says. A time in UTC ("…Z", a system's stamp: when Trama loaded the record) shows on
 * the reader's clock. Without the time of day when `withTime` is false or the value has none
 * (or is midnight to the second: a date stored as a date-time).
 * Null when `iso` does not start with a date.
 */
export function formatTime(iso: string, locale: string, withTime = true): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?([Z+-])?)?/.exec(
    iso,
  );
  if (!m) return null;
  // Midnight to the second is how a date alone is stored (an admission's day): no time shown.
  const midnight = m[4] === '00' && m[5] === '00' && (m[6] ?? '00') === '00';
  const style: Intl.DateTimeFormatOptions = {
    dateStyle: 'medium',
    ...(withTime && m[4] !== undefined && !midnight ? { timeStyle: 'short' } : {}),
  };
  // A moment in UTC, shown with its time: the reader's clock. A day alone (a date stored at
  // midnight) is the calendar day written, whatever the zone.
  if (m[7] === 'Z' && style.timeStyle) {
    const ms = parseTime(iso);
    if (ms !== null) return new Intl.DateTimeFormat(locale, style).format(ms);
  }
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map((v) => Number(v ?? 0));
  const at = new Date(Date.UTC(y!, mo! - 1, d!, h, mi, sec));
  // Not a day of the calendar (31 February): shown as written by the caller.
  if (at.getUTCDate() !== d || at.getUTCMonth() !== mo! - 1) return null;
  return new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }).format(at);
}

/** A number in two digits: "05". */
const two = (n: number) => String(n).padStart(2, '0');

/** A moment on the reader's clock, in pieces: its day ("2024-03-05") and its hour, minute, second. */
export function localParts(t: Date): { day: string; h: string; mi: string; sec: string } {
  return {
    day: `${t.getFullYear()}-${two(t.getMonth() + 1)}-${two(t.getDate())}`,
    h: two(t.getHours()),
    mi: two(t.getMinutes()),
    sec: two(t.getSeconds()),
  };
}

/**
 * The start of a day written as a date field gives it ("2024-03-05") on the reader's clock, or
 * of the day after it (`after`: a window's end, exclusive); null if it is no such date. A year
 * under 100 stays that year (the Date constructor takes it for the 1900s).
 */
export function dayStart(text: string, after = false): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const d = new Date(0);
  d.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + (after ? 1 : 0));
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/**
 * The one clock every CSV writes its moments by: Mexico City's, where the agencies' records are
 * made (ADR 0014, addendum 2026-12-07). A column of moments names it in its header.
 */
export const CSV_TIME_ZONE = 'America/Mexico_City';

const csvClock = new Intl.DateTimeFormat('en-US', {
  timeZone: CSV_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * A moment as every CSV writes one, and a spreadsheet reads as a date and time: "2024-03-05
 * 16:10:00", on Mexico City's clock (`CSV_TIME_ZONE`), whatever the reader's. An agency's record
 * ("…-06:00", or "-05:00" in a summer before 2022) reads as the agency wrote it and the side panel
 * shows it; a system's stamp in UTC ("…Z": the audit trail's) is put on Mexico City's clock; a
 * moment written without an offset is taken as written. A day alone ("2024-03-05", or an agency's
 * day stored at midnight to the second) is its day. Unreadable text is returned as sent.
 */
export function spreadsheetTime(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?([Z+-])?)?/.exec(
    iso,
  );
  if (!m) return iso;
  const [y, mo, d, h, mi, sec = '00', zone] = m.slice(1, 8);
  const day = `${y}-${mo}-${d}`;
  if (h === undefined) return day;
  if (zone !== 'Z' && h === '00' && mi === '00' && sec === '00') return day;
  const ms = zone ? parseTime(iso) : null;
  if (ms === null) return `${day} ${h}:${mi}:${sec}`;
  const part = Object.fromEntries(csvClock.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}

/** A call's length: "45 s", "2 min 05 s", "1 min", "1 h 02 min", "2 h" (no zero part last). */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${two(s % 60)} s` : ''}`;
  const min = Math.floor((s % 3600) / 60);
  return `${Math.floor(s / 3600)} h${min ? ` ${two(min)} min` : ''}`;
}

export function formatField(f: Field, locale: string): string {
  switch (f.type) {
    case 'datetime':
      return formatTime(f.value, locale) ?? f.value;
    case 'date': {
      // A date has no time zone: format it as the calendar day it names.
      const ms = Date.parse(`${f.value}T12:00:00Z`);
      return Number.isNaN(ms)
        ? f.value
        : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);
    }
    case 'number':
      return Number.isNaN(Number(f.value))
        ? f.value
        : new Intl.NumberFormat(locale, {
            maximumFractionDigits: 6,
            useGrouping: !UNGROUPED.has(f.key),
          }).format(Number(f.value));
    case 'boolean':
      // Words, not ✓/✗: a screen reader said "ballot x" (accessibility review).
      if (f.value !== 'true' && f.value !== 'false') return f.value;
      return f.value === 'true' ? (locale.startsWith('es') ? 'Sí' : 'Yes') : 'No';
    case 'point': {
      const [lat, lon] = f.value.split(',').map((s) => Number(s.trim()));
      return lat === undefined || lon === undefined
        ? f.value
        : `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
    }
    default:
      return f.value;
  }
}

/** "B2" from reliability and credibility; "—" when neither is known. */
export function gradeCode(reliability?: string | null, credibility?: number | null): string {
  return reliability || credibility != null ? `${reliability ?? '?'}${credibility ?? '?'}` : '—';
}

/**
 * The fields to show a reader: a person's name stands in for their username where both are
 * kept (`confirmedByName` is shown as `confirmedBy`), and the username is left to exports.
 */
export function shownFields(fields: readonly Field[]): Field[] {
  const keys = new Set(fields.map((f) => f.key));
  return fields.flatMap((f) => {
    if (keys.has(`${f.key}Name`)) return [];
    const base = f.key.endsWith('ByName') ? f.key.slice(0, -'Name'.length) : null;
    return [base && keys.has(base) ? { ...f, key: base } : f];
  });
}

/**
 * A record's id in pieces that may end a line ("FGJ:", "CI-", "FIDAMPU/"): after its
 * separators, so a narrow panel breaks it between tokens, not inside one.
 */
export function idPieces(id: string): string[] {
  const pieces = (id.match(/[^:/\-_.]*[:/\-_.]*/g) ?? []).filter((p) => p !== '');
  return pieces.length > 0 ? pieces : [id];
}
