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
  filters = $state(false);
  connect = $state(false);
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

  /** A screen or dialog owns the keyboard: canvas shortcuts do not apply. */
  get modal(): boolean {
    return this.view !== null || this.propose !== null;
  }

  closeAll(): boolean {
    const open = this.menu !== null || this.help || this.investigations || this.propose !== null;
    this.menu = null;
    this.help = false;
    this.investigations = false;
    this.propose = null;
    return open;
  }
}

export const ui = new Ui();
