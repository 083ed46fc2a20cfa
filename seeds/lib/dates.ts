// Calendar arithmetic on whole days (UTC-based, so the host's time zone never leaks into the
// output) and parsing of the date formats the agencies use. Local Mexico City times get their
// historical UTC offset: daylight saving time applied until October 2022.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a calendar date. */
export function dayOf(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function ymdOf(day: number): [number, number, number] {
  const dt = new Date(day * DAY_MS);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
}

const p2 = (n: number): string => String(n).padStart(2, '0');

export function isoDate(day: number): string {
  const [y, m, d] = ymdOf(day);
  return `${y}-${p2(m)}-${p2(d)}`;
}
export function dmyDate(day: number): string {
  const [y, m, d] = ymdOf(day);
  return `${p2(d)}/${p2(m)}/${y}`;
}
export function compactDate(day: number): string {
  return isoDate(day).replace(/-/g, '');
}
export function hhmmss(minuteOfDay: number, second = 0): string {
  return `${p2(Math.floor(minuteOfDay / 60) % 24)}:${p2(minuteOfDay % 60)}:${p2(second)}`;
}

/** 0 = Monday .. 6 = Sunday. */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
export const DIAS = ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo'];

export type DateFormat = 'iso' | 'dmy' | 'compact';

/** Parses a date in the feed's format into YYYY-MM-DD, or null when it is not a real date. */
export function parseDate(s: string, format: DateFormat): string | null {
  let m: RegExpMatchArray | null;
  let y: number;
  let mo: number;
  let d: number;
  if (format === 'iso' && (m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if (format === 'dmy' && (m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s))) {
    [y, mo, d] = [Number(m[3]), Number(m[2]), Number(m[1])];
  } else if (format === 'compact' && (m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    return null;
  }
  if (y < 1900 || y > 2100) return null;
  const [yy, mm, dd] = ymdOf(dayOf(y, mo, d));
  return yy === y && mm === mo && dd === d ? `${y}-${p2(mo)}-${p2(d)}` : null;
}

/** Parses HH:MM or HH:MM:SS into HH:MM:SS, or null. */
export function parseTime(s: string): string | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (!m) return null;
  const [h, mi, se] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || mi > 59 || se > 59) return null;
  return `${p2(h)}:${p2(mi)}:${p2(se)}`;
}

/** First Sunday of a month, or the last one. */
function sunday(y: number, month: number, last: boolean): number {
  if (last) {
    const end = dayOf(y, month + 1, 0);
    return end - ((weekday(end) + 1) % 7);
  }
  const first = dayOf(y, month, 1);
  return first + ((6 - weekday(first) + 7) % 7);
}

/** UTC offset of Mexico City local time: -05:00 in summer until 2022, -06:00 otherwise. */
export function mexicoCityOffset(isoDay: string): string {
  const y = Number(isoDay.slice(0, 4));
  if (y > 2022) return '-06:00';
  const day = dayOf(y, Number(isoDay.slice(5, 7)), Number(isoDay.slice(8, 10)));
  const start = sunday(y, 4, false);
  const end = sunday(y, 10, true);
  return day >= start && day < end ? '-05:00' : '-06:00';
}

/** ISO-8601 datetime with Mexico City's offset, ready for Cypher's datetime(). */
export function localDateTime(isoDay: string, time: string): string {
  return `${isoDay}T${time}${mexicoCityOffset(isoDay)}`;
}

/** Whole years between two ISO dates (age at a date). */
export function yearsBetween(fromIso: string, toIso: string): number {
  const [fy, fm, fd] = fromIso.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = toIso.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}
