// What each keyboard shortcut and menu action does, in one place, so a key and the button for
// the same thing can never drift apart.
import { countCases, expandTop, idsOf, save } from './actions';
import { hide, removeNodes, showAll, togglePin } from './graph';
import { groupOf, makeGroup, orgMembers, toggleCollapsed, ungroup } from './groups';
import type { Position } from './graph';
import { panStep, type Action } from './shortcuts';
import type { Ui } from './ui.svelte';
import type { Workspace } from './workspace.svelte';
import type { SizeBy } from './elements';
import { SUPERNODE } from './style';
import { i18n } from './i18n.svelte';

export interface CommandContext {
  ws: Workspace;
  ui: Ui;
  /** Ids of the nodes drawn now, in reading order (for N / Shift+N). */
  drawn: () => string[];
  /** Ids of the lines drawn at a node, in its other ends' reading order (for L / Shift+L). */
  linesAt: (id: string) => string[];
  screenPosition: (id: string) => Position | null;
  focusSearch: () => void;
  focusCanvas: () => void;
  /** Zooms the view by `factor` about its middle. */
  zoomBy: (factor: number) => void;
  /** Moves the drawing on screen by dx, dy px. */
  panBy: (dx: number, dy: number) => void;
}

/** How much + and - zoom in and out. */
const ZOOM_STEP = 1.25;

export type NodeAction =
  | 'hide'
  | 'pin'
  | 'remove'
  | 'groupMembers'
  | 'groupSelection'
  | 'ungroup'
  | 'toggleGroup'
  | 'inspect'
  | 'propose';

/** The selection, with groups standing for their members where an entity is needed. */
function selectedEntities(ws: Workspace): string[] {
  return ws.selection.flatMap((id) => idsOf(ws, id));
}

export function nodeAction(ctx: CommandContext, action: NodeAction, nodeId: string): void {
  const { ws } = ctx;
  const targets = ws.selection.includes(nodeId) ? ws.selection : [nodeId];
  const entities = targets.flatMap((id) => idsOf(ws, id));
  switch (action) {
    case 'hide':
      ws.change((g) => hide(g, entities));
      break;
    case 'pin':
      ws.change((g) => togglePin(g, targets));
      break;
    case 'remove':
      ws.change((g) => removeNodes(g, targets));
      break;
    case 'groupMembers':
      ws.change((g) => makeGroup(g, orgMembers(g, nodeId), nodeId));
      ws.select([`group:${nodeId}`]);
      break;
    case 'groupSelection': {
      ws.change((g) => makeGroup(g, entities));
      // The group is what is selected now, as when an organisation's members are grouped.
      const made = groupOf(ws.graph, entities[0] ?? '');
      if (made) ws.select([made.id]);
      break;
    }
    case 'ungroup':
      ws.change((g) => ungroup(g, nodeId));
      break;
    case 'toggleGroup':
      ws.change((g) => toggleCollapsed(g, nodeId));
      break;
    case 'inspect':
      ws.select([nodeId]);
      break;
    case 'propose':
      // This node first; with a selection, the others follow (the other end, then evidence).
      ctx.ui.propose = {
        ids: [...new Set([nodeId, ...entities])].filter((id) => ws.graph.nodes.has(id)),
      };
      break;
  }
  ctx.ui.menu = null;
}

export function openMenu(ctx: CommandContext, nodeId: string): void {
  const at = ctx.screenPosition(nodeId);
  const canvas = document.querySelector('.canvas')?.getBoundingClientRect();
  ctx.ui.menu = {
    nodeId,
    at: { x: (canvas?.left ?? 0) + (at?.x ?? 100) + 16, y: (canvas?.top ?? 0) + (at?.y ?? 100) },
  };
}

export function setSize(ws: Workspace, sizeBy: SizeBy): void {
  ws.setView({ sizeBy });
  if (sizeBy === 'cases') void countCases(ws);
}

function step(ctx: CommandContext, by: number): void {
  const order = ctx.drawn();
  if (order.length === 0) return;
  const at = ctx.ws.focus ? order.indexOf(ctx.ws.focus) : -1;
  const next = order[(at + by + order.length) % order.length]!;
  ctx.ws.select([next]);
  ctx.focusCanvas();
}

/** The node whose lines L walks: the one chosen when L was first pressed. */
let linesOf: string | null = null;

/**
 * L / Shift+L: the chosen node's next (previous) line is chosen, its details shown, as a click
 * on it does (accessibility review: a link's details could only be reached with a mouse).
 * Pressed again, the next line of the same node; N or a click chooses another node.
 */
function stepLink(ctx: CommandContext, by: number): boolean {
  const { ws } = ctx;
  if (ws.focus) linesOf = ws.focus;
  else if (!ws.selectedEdge) linesOf = null;
  if (!linesOf) return false;
  const lines = ctx.linesAt(linesOf);
  if (lines.length === 0) return false;
  const at = ws.selectedEdge ? lines.indexOf(ws.selectedEdge) : -1;
  const next = at < 0 && by < 0 ? lines.at(-1)! : lines[(at + by + lines.length) % lines.length]!;
  ws.select([]);
  ws.selectedEdge = next;
  ctx.focusCanvas();
  return true;
}

/**
 * A / Shift+A: the node after (before) the last one selected joins the selection, in reading
 * order, passing over those selected already: several chosen ones without a mouse (QA: the
 * common associates of three people, or a network, could not be asked from the keyboard).
 */
function stepAdding(ctx: CommandContext, by: number): void {
  const order = ctx.drawn();
  const chosen = ctx.ws.selection;
  const taken = new Set(chosen);
  if (order.length === 0 || order.every((id) => taken.has(id))) return;
  let at = chosen.length > 0 ? order.indexOf(chosen.at(-1)!) : -1;
  if (at < 0 && by < 0) at = 0;
  let next: string;
  do {
    at = (at + by + order.length) % order.length;
    next = order[at]!;
  } while (taken.has(next));
  ctx.ws.select([...chosen, next]);
  ctx.focusCanvas();
}

/**
 * Runs a shortcut; returns false when it does not apply (so the key keeps its usual job).
 * `key`: the key pressed for it (which arrow, for 'pan').
 */
export function runAction(
  ctx: CommandContext,
  action: Action,
  key?: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
): boolean {
  const { ws, ui } = ctx;
  const focus = ws.focus;
  switch (action) {
    case 'help':
      ui.help = !ui.help;
      return true;
    case 'search':
      ctx.focusSearch();
      return true;
    case 'undo':
      ws.undo();
      return true;
    case 'redo':
      ws.redo();
      return true;
    case 'selectAll': {
      const all = ctx.drawn();
      if (all.length === 0) return false;
      ws.select(all);
      return true;
    }
    case 'next':
      step(ctx, 1);
      return true;
    case 'previous':
      step(ctx, -1);
      return true;
    case 'addNext':
      stepAdding(ctx, 1);
      return true;
    case 'addPrevious':
      stepAdding(ctx, -1);
      return true;
    case 'nextLink':
      return stepLink(ctx, 1);
    case 'previousLink':
      return stepLink(ctx, -1);
    case 'expand': {
      // The whole selection at once; a supernode in it is never expanded blindly: the analyst
      // chooses what to bring, in the menu.
      // With others selected, those are expanded and the supernodes left out, said.
      const nodes = ws.selection;
      if (nodes.length === 0) return false;
      const isBusy = (id: string) => (ws.graph.nodes.get(id)?.degree ?? 0) > SUPERNODE;
      const busy = nodes.filter(isBusy);
      const rest = nodes.filter((id) => !isBusy(id));
      if (rest.length > 0) {
        if (busy.length > 0)
          ws.notify('info', () => i18n.t.busyLeftOut(busy.length, SUPERNODE), 'expand');
        void expandTop(ws, rest);
      } else {
        const name = ws.graph.nodes.get(busy[0]!)?.caption ?? busy[0]!;
        ws.notify('info', () => i18n.t.busyChoose(name, SUPERNODE));
        openMenu(ctx, busy[0]!);
      }
      return true;
    }
    case 'menu':
      if (ws.selection.length === 0) return false;
      openMenu(ctx, focus ?? ws.selection[0]!);
      return true;
    case 'remove':
    case 'hide':
    case 'pin':
      if (ws.selection.length === 0) return false;
      nodeAction(ctx, action, ws.selection[0]!);
      return true;
    case 'showAll':
      ws.change(showAll);
      return true;
    case 'group': {
      if (focus && ws.graph.groups.has(focus)) nodeAction(ctx, 'toggleGroup', focus);
      else if (focus && ws.graph.nodes.get(focus)?.type === 'Organization')
        nodeAction(ctx, 'groupMembers', focus);
      else if (selectedEntities(ws).length >= 2)
        nodeAction(ctx, 'groupSelection', ws.selection[0]!);
      else return false;
      return true;
    }
    case 'connect':
      ui.connect = true;
      return true;
    case 'fit':
      ws.fitSeq += 1;
      return true;
    case 'zoomIn':
    case 'zoomOut':
      ctx.zoomBy(action === 'zoomIn' ? ZOOM_STEP : 1 / ZOOM_STEP);
      return true;
    case 'pan': {
      const step = key ? panStep(key) : null;
      if (!step) return false;
      ctx.panBy(...step);
      return true;
    }
    case 'filters':
      // Closed from within, the focus would be left on nothing.
      if (ui.filters && document.activeElement?.closest('.filters')) ctx.focusCanvas();
      ui.filters = !ui.filters;
      return true;
    case 'table':
      // Opened, the table takes the keys; closed, they go back to the canvas.
      ui.table = !ui.table;
      if (!ui.table) ctx.focusCanvas();
      return true;
    case 'layoutForce':
      ws.runLayout('fcose');
      return true;
    case 'layoutTree':
      ws.runLayout('dagre');
      return true;
    case 'layoutRings':
      ws.runLayout('concentric');
      return true;
    case 'layoutMap':
      ws.runLayout('geo');
      return true;
    case 'save':
      // Over a canvas that holds nothing of the investigation, ask; declined, "Save as".
      if (ws.investigation)
        void save(ws, (name) => window.confirm(i18n.t.replaceSaved(name))).then((done) => {
          if (done === 'DECLINED') ui.investigations = true;
        });
      else ui.investigations = true;
      return true;
    case 'open':
      ui.investigations = true;
      return true;
    case 'escape':
      if (ui.closeAll()) ctx.focusCanvas();
      else if (ws.highlight) ws.highlight = null;
      else {
        ws.select([]);
        ws.selectedEdge = null;
      }
      return true;
  }
}
