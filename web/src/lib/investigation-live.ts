// What the user is told when someone changes the investigation they have open (live.svelte.ts):
// a newer version saved elsewhere (their own other tab included) is said, the canvas left as
// it is; deleted or no longer shared with them, the canvas stays as unsaved work. After the
// connection was down, what changed meanwhile is looked up.
import { parseTime } from './filters';
import { i18n } from './i18n.svelte';
import { listInvestigations } from './investigations-api';
import type { InvestigationChange } from './live.svelte';
import type { Workspace } from './workspace.svelte';

/**
 * How long a newer version waits while this tab has a save unanswered: its own save is
 * announced to it too, at times before the save's answer has told it its new version.
 */
const OWN_SAVE_WAIT_MS = 300;

/**
 * Investigations this tab is deleting: the feed announces the deletion to its owner too, often
 * before the request's answer, and the dialog says it (not "<owner> deleted it").
 */
export const deletingHere = new Set<string>();

/** The newest version said of each investigation, so a reconnect does not say it again. */
const announced = new Map<string, number>();

/** Follows one change; null: events may have been missed, look the open investigation up. */
export function followInvestigation(ws: Workspace, change: InvestigationChange | null): void {
  if (change === null) void catchUp(ws);
  else if (change.action === 'SAVED' && ws.savesInFlight > 0)
    setTimeout(() => followInvestigation(ws, change), OWN_SAVE_WAIT_MS);
  else follow(ws, change);
}

function follow(ws: Workspace, change: InvestigationChange): void {
  const open = ws.investigation;
  if (!open || change.id !== open.id || deletingHere.has(open.id)) return;
  const { byName } = change;
  const name = open.name;
  if (change.action === 'SAVED') {
    const version = change.version ?? 0;
    // This tab's own save, one it already has, or one already said: nothing to say.
    if (version <= Math.max(open.version, announced.get(open.id) ?? 0)) return;
    announced.set(open.id, version);
    const at = parseTime(change.updatedAt ?? '') ?? Date.now();
    // The latest change is what counts: a deletion's notice replaces a newer version's.
    ws.forget('investigation');
    const readOnly = open.access === 'READ';
    ws.notify(
      'warn',
      () => i18n.t.savedElsewhere(byName, i18n.dateTime(at), readOnly),
      'investigation',
    );
    return;
  }
  gone(ws, () =>
    change.action === 'DELETED'
      ? i18n.t.deletedElsewhere(name, byName)
      : i18n.t.unsharedElsewhere(name, byName),
  );
}

/** The open investigation is no longer the user's to save: the canvas stays, unsaved, said. */
function gone(ws: Workspace, text: () => string): void {
  ws.forget('investigation');
  ws.detach();
  ws.notify('warn', text, 'investigation');
}

/**
 * After a reconnect: the open investigation as the list of those the user may open has it now.
 * A newer version is said as one announced; gone from the list, it was deleted or unshared
 * meanwhile (which, the list cannot say). A failed lookup says nothing: the connection just
 * came back, and the next change is announced again.
 */
async function catchUp(ws: Workspace): Promise<void> {
  const open = ws.investigation;
  if (!open) return;
  const list = await listInvestigations('page').catch(() => null);
  if (!list || ws.investigation?.id !== open.id || deletingHere.has(open.id)) return;
  const now = list.find((i) => i.id === open.id);
  if (now) {
    followInvestigation(ws, {
      id: now.id,
      action: 'SAVED',
      byName: now.updatedByName,
      version: now.version,
      updatedAt: now.updatedAt,
    });
    return;
  }
  gone(ws, () => i18n.t.goneElsewhere(open.name));
}
