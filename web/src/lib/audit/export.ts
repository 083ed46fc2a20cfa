// Every export is recorded in the audit trail before the file is handed over: which format and
// which entities left the system, and (for the record's marking) which links and hypotheses went
// with them. If it cannot be recorded, nothing is exported.
import type { Edge, Entity } from '../api';
import { EXPORT_FORMAT, exportedEntityIds, exportedLinks, type ExportKind } from '../exporters';
import { i18n } from '../i18n.svelte';
import type { Workspace } from '../workspace.svelte';
import { recordExport } from './api';

export async function recordedExport(
  ws: Workspace,
  kind: ExportKind,
  nodes: readonly Entity[],
  edges: readonly Edge[],
  hand: () => void,
): Promise<void> {
  try {
    await recordExport(
      EXPORT_FORMAT[kind],
      exportedEntityIds(kind, nodes, edges),
      exportedLinks(kind, edges),
    );
  } catch (err) {
    ws.notify('error', () => i18n.o.exportNotRecorded((err as Error).message));
    return;
  }
  hand();
}
