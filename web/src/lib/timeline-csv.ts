// A timeline as a table for a spreadsheet: one row per event shown, with its moment as sent (a
// spreadsheet reads it as a date), whose it is, what and how, the entity or call behind it, the
// agency's record and its classification; and what the audit record of the export names.
import type { TimelineEvent } from './api';
import { toCsv } from './exporters';
import { recordOf } from './pick-labels';

/** How a row's cells read in the reader's language (EntityTimeline's own words). */
export interface TimelineWords {
  header: readonly string[];
  whose: (ev: TimelineEvent & { with?: string }) => string;
  what: (ev: TimelineEvent) => string;
  how: (ev: TimelineEvent) => string;
  level: (level: number) => string;
}

/** The CSV of the events shown. */
export function timelineCsv(
  events: readonly (TimelineEvent & { with?: string })[],
  words: TimelineWords,
): string {
  return toCsv(
    words.header,
    events.map((ev) => {
      const behind = ev.entity ?? ev.call;
      const p = behind?.provenance;
      return [
        ev.at,
        words.whose(ev),
        words.what(ev),
        words.how(ev),
        behind?.id ?? '',
        p ? recordOf(p) : '',
        p ? words.level(p.classification) : '',
        p?.compartments.join(' ') ?? '',
      ];
    }),
  );
}

/** What the export's audit record names: every entity of the rows, and the calls by id. */
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
    if (ev.call) linkIds.add(ev.call.id);
  }
  return { entityIds: [...entityIds], linkIds: [...linkIds] };
}
