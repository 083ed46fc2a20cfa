// Which panels, dialogs and menus are open. Kept apart from the workspace: none of this is part
// of the canvas, is undone, or is saved.
import type { Position } from './graph';

export class Ui {
  menu = $state.raw<{ nodeId: string; at: Position } | null>(null);
  help = $state(false);
  investigations = $state(false);
  filters = $state(false);
  connect = $state(false);

  closeAll(): boolean {
    const open = this.menu !== null || this.help || this.investigations;
    this.menu = null;
    this.help = false;
    this.investigations = false;
    return open;
  }
}

export const ui = new Ui();
