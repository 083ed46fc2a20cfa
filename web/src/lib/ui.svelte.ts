// Which panels, dialogs and menus are open. Kept apart from the workspace: none of this is part
// of the canvas, is undone, or is saved.
import type { Position } from './graph';
import type { HypothesisType } from './hypotheses/api';

/** The screens besides the canvas (see views/ViewHost.svelte). */
export type View = 'mine' | 'queue' | 'audit' | 'admin';

export class Ui {
  menu = $state.raw<{ nodeId: string; at: Position } | null>(null);
  help = $state(false);
  investigations = $state(false);
  /** The user's own password change (the header's key). */
  password = $state(false);
  filters = $state(false);
  connect = $state(false);
  /** The canvas as a table, over the drawing (TableView.svelte). */
  table = $state(false);
  /** The screen shown over the canvas, or null for the canvas. */
  view = $state<View | null>(null);
  /**
   * The propose-a-link dialog: the entities chosen (from, to, evidence…), in that order, and
   * optionally the type, rationale and confidence (%) to start from (a "same person"
   * suggestion's).
   */
  propose = $state.raw<{
    ids: string[];
    type?: HypothesisType;
    rationale?: string;
    confidence?: number;
  } | null>(null);

  /**
   * A screen or dialog owns the keyboard: canvas shortcuts do not apply (with the help open,
   * O opened Investigaciones behind it and Supr removed the selected node).
   */
  get modal(): boolean {
    return (
      this.view !== null ||
      this.propose !== null ||
      this.help ||
      this.investigations ||
      this.password
    );
  }

  closeAll(): boolean {
    const open =
      this.menu !== null ||
      this.help ||
      this.investigations ||
      this.password ||
      this.propose !== null ||
      this.table;
    this.menu = null;
    this.table = false;
    this.help = false;
    this.investigations = false;
    this.password = false;
    this.propose = null;
    return open;
  }
}

export const ui = new Ui();

/**
 * Keeps the browser's history in step with the screen shown over the canvas: opening one adds an
 * entry, so Back returns to the canvas (and Forward opens the screen again) instead of leaving
 * Trama with the canvas unsaved. `address` is what the address bar should say now (the open
 * investigation's #inv=…): an entry left behind keeps the one it was made with, and landing on
 * it must not reopen that one. Only for users with a canvas (`enabled`): the others always have
 * a screen. Call from a component's setup (it makes effects).
 */
export function screensInHistory(u: Ui, enabled: () => boolean, address: () => string): void {
  const inHistory = (): View | null => (history.state as { trama?: View } | null)?.trama ?? null;
  // A reload keeps the entry of a screen that is no longer shown: the canvas is.
  if (inHistory() !== null) history.replaceState(null, '');
  $effect(() => {
    const onPop = () => {
      if (!enabled()) return;
      const next = inHistory();
      // Between a screen and the canvas the investigation shown stays; an address typed or
      // pasted on the canvas (a navigation of its own) is followed as before.
      const screens = u.view !== null || next !== null;
      if (screens && location.pathname + location.search + location.hash !== address())
        history.replaceState(history.state, '', address());
      u.view = next;
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  });
  $effect(() => {
    const view = u.view;
    if (!enabled()) return;
    const was = inHistory();
    if (view === was) return;
    if (view === null) history.back();
    else if (was === null) history.pushState({ trama: view }, '');
    else history.replaceState({ trama: view }, '');
  });
}
