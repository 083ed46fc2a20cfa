// The audit records a query found as a table for a spreadsheet (QA: an auditor could not take the
// trail away): each record's number, moment, user, action in words and as its code, whether the
// page asked on its own, entities (withheld ones counted, never named), purpose, origin,
// outcome, details and marking, as the screen shows them to this reader.
import { toCsv } from '../exporters';
import { spreadsheetTime } from '../format';
import type { OversightDict } from '../i18n-oversight';
import type { AuditRecord } from './api';
import { actionLabel, entitiesLabel, outcomeLabel, WITHHELD } from './labels';

export function auditCsv(records: readonly AuditRecord[], o: OversightDict): string {
  return toCsv(
    o.auditColumns,
    records.map((r) => [
      r.seq,
      spreadsheetTime(r.at),
      r.user,
      actionLabel(r.action, o),
      r.action,
      r.automatic ? o.yes : o.no,
      entitiesLabel(r.entities, o, Infinity, r.entityNames, r.action),
      r.purpose === WITHHELD ? o.withheldDetails : (r.purpose ?? ''),
      r.ip ?? '',
      outcomeLabel(r.outcome, o),
      r.details === WITHHELD ? o.withheldDetails : r.details,
      // Its marking, as every other export's rows carry theirs (QA: the trail's file named
      // protected people with none): of what the row shows this reader.
      o.levels[r.classification] ?? String(r.classification),
      r.compartments.join(' '),
    ]),
  );
}
