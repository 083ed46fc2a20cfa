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

export function formatField(f: Field, locale: string): string {
  switch (f.type) {
    case 'datetime': {
      const ms = parseTime(f.value);
      return ms === null
        ? f.value
        : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
    }
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
      return f.value === 'true' ? '✓' : '✗';
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
