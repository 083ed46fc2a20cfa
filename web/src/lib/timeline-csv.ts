// A timeline as a table for a spreadsheet: one row per event shown, with its moment as every CSV
// writes one (a date and time a spreadsheet reads, on Mexico City's clock), whose it is, what and how,
// the entity or call behind it, the agency's record, its grade and classification; and what the audit
// record of the export names.
import type { Edge, Entity, TimelineEvent } from './api';
import { gradeCell, toCsv } from './exporters';
import { markingOf, type Marking } from './marking';
import { spreadsheetTime } from './format';
import { recordOf } from './pick-labels';

/** How a row's cells read in the reader's language (EntityTimeline's own words). */
export interface TimelineWords {
  header: readonly string[];
  whose: (ev: TimelineEvent & { with?: string }) => string;
  what: (ev: TimelineEvent) => string;
  how: (ev: TimelineEvent) => string;
  level: (level: number) => string;
}

/**
 * Whose record an event is: a membership's day is the membership's (QA: it showed the
 * organisation's grade, C3, where the membership's record was F3); a call's, the call's; else
 * the event entity's.
 */
export function recordBehind(ev: TimelineEvent): Entity | Edge | null {
  return ev.link ?? ev.entity ?? ev.call;
}

/**
 * A row's marking: its record's, or the higher of a membership's and its organisation's (the row
 * names both); null when the row has no record.
 */
function rowMarking(ev: TimelineEvent): Marking | null {
  const items = [ev.link, ev.entity ?? ev.call].filter((x): x is Entity | Edge => x != null);
  return items.length > 0 ? markingOf(items) : null;
}

/**
 * An entity's folio as the agency writes it (QA: the record column has the key Trama keeps,
 * "CIFCUH/CUH4/…", which FGJ's own system does not take): the caption's start ("CI-FCUH/CUH-4/
 * UI-2 S/D/00018/12-2024: ROBO") when it is that folio, else the folio field; empty without one.
 */
export function writtenFolio(e: Pick<Entity, 'caption' | 'fields'>): string {
  const folio = e.fields.find((f) => f.key === 'folio')?.value;
  if (!folio) return '';
  const bare = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const written = e.caption.split(': ')[0]!;
  return bare(written) === bare(folio) ? written : folio;
}

/** The CSV of the events shown. */
export function timelineCsv(
  events: readonly (TimelineEvent & { with?: string })[],
  words: TimelineWords,
): string {
  return toCsv(
    words.header,
    events.map((ev) => {
      const p = recordBehind(ev)?.provenance;
      const marking = rowMarking(ev);
      return [
        spreadsheetTime(ev.at),
        words.whose(ev),
        words.what(ev),
        words.how(ev),
        // A call has no id of Trama's a reader could search for (its link's is the database's):
        // its record, the next cell, names it.
        ev.entity?.id ?? '',
        ev.entity ? writtenFolio(ev.entity) : '',
        p ? recordOf(p) : '',
        p ? gradeCell(p) : '',
        marking ? words.level(marking.level) : '',
        marking?.compartments.join(' ') ?? '',
      ];
    }),
  );
}

/**
 * What the export's audit record names, for its marking: every entity of the rows, the phones a
 * call's row writes (a protected victim's number is graded apart from the call), and the calls.
 */
export function timelineExported(events: readonly (TimelineEvent & { with?: string })[]): {
  entityIds: string[];
  linkIds: string[];
} {
  const entityIds = new Set<string>();
  const linkIds = new Set<string>();
  for (const ev of events) {
    entityIds.add(ev.subject);
    if (ev.with) entityIds.add(ev.with);
    if (ev.entity) entityIds.add(ev.entity.id);
    if (ev.link) linkIds.add(ev.link.id);
    if (ev.call) {
      linkIds.add(ev.call.id);
      entityIds.add(ev.call.source);
      entityIds.add(ev.call.target);
    }
  }
  return { entityIds: [...entityIds], linkIds: [...linkIds] };
}
