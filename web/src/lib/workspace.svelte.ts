// The analyst's workspace: the undoable canvas (a history of domain graphs), the selection,
// the view settings, the Connect highlight and messages. Transitions on the graph are the pure
// functions of graph.ts and groups.ts; this class only records them. API calls live in
// actions.ts.
import {
  addEntity,
  emptyGraph,
  linkCounts,
  linksOnCanvas,
  savesAlike,
  withPositions,
  type DomainGraph,
  type Position,
} from './graph';
import { selectedLine } from './elements';
import { proposalStillDrawn, withHypotheses } from './hypotheses/overlay';
import { proposedLinks } from './hypotheses/store.svelte';
import { amend, amendFrom, everyState, push, redo, start, undo, type History } from './history';
import { defaultView, viewsAlike, type ViewSettings } from './canvas-file';
import { purposeOf, setPurpose, type Entity } from './api';
import type { Investigation } from './investigations-api';
import { i18n } from './i18n.svelte';
import { keptNodes, mapFrame, type LayoutName } from './layouts';
import { visibleIds } from './filters';

export interface Notice {
  kind: 'info' | 'warn' | 'error';
  /** Made when shown (`noticeText`), so it follows a language switch. */
  text: string | (() => string);
  /** What the notice answers ('connect'): a new answer takes the old one's notices away. */
  topic?: string;
}

/** A notice's words in the language of the moment. */
export const noticeText = (n: Notice): string => (typeof n.text === 'function' ? n.text() : n.text);

/** A layout and the map it drew on, as the view keeps them. */
type Arrangement = Pick<ViewSettings, 'layout' | 'mapFrame'>;

export interface LayoutRequest {
  name: LayoutName;
  centre: string | null;
  seq: number;
}

export class Workspace {
  history = $state.raw<History<DomainGraph>>(start(emptyGraph));
  selection = $state.raw<string[]>([]);
  selectedEdge = $state<string | null>(null);
  view = $state.raw<ViewSettings>(defaultView);
  #highlight = $state.raw<ReadonlySet<string> | null>(null);
  /** What was on the canvas when the highlight was set (DrawOptions.fadeable). */
  highlightAmong = $state.raw<ReadonlySet<string> | null>(null);

  /** A result lit on the canvas (a route, a hypothesis in context); the rest drawn then fades. */
  get highlight(): ReadonlySet<string> | null {
    return this.#highlight;
  }

  set highlight(ids: ReadonlySet<string> | null) {
    this.#highlight = ids;
    // Proposals are drawn too (an overlay of the graph): they fade like the rest.
    const g = withHypotheses(this.graph, proposedLinks.items);
    this.highlightAmong =
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
      ids && new Set([...g.nodes.keys(), ...g.edges.keys(), ...g.groups.keys()]);
  }

  notices = $state.raw<Notice[]>([]);
  busy = $state(0);
  // An immutable value replaced whole, not mutated: a plain Map is right here.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  caseCounts = $state.raw<ReadonlyMap<string, number>>(new Map());
  layoutRequest = $state.raw<LayoutRequest | null>(null);
  fitSeq = $state(0);
  /** Entities the canvas is asked to frame (a hypothesis shown in context). */
  frameRequest = $state.raw<{ ids: readonly string[]; seq: number } | null>(null);
  #investigation = $state.raw<Investigation | null>(null);
  /**
   * The open investigation. Every request gives it to the audit trail as its purpose, from the
   * moment it is set: those sent right after (counting a reopened canvas's lines) are its.
   */
  get investigation(): Investigation | null {
    return this.#investigation;
  }
  set investigation(inv: Investigation | null) {
    this.#investigation = inv;
    setPurpose(purposeOf(inv));
  }
  /** Saves of the open investigation sent and not answered yet (investigation-live.ts). */
  savesInFlight = 0;
  /** The graph and view as last saved or opened, to tell unsaved changes. */
  saved = $state.raw<{ graph: DomainGraph; view: ViewSettings } | null>(null);
  /** What a save on its way sent: `saved` once it is answered (actions.ts `save`). */
  sending: { graph: DomainGraph; view: ViewSettings } | null = null;

  get graph(): DomainGraph {
    return this.history.present;
  }

  get canUndo(): boolean {
    return this.history.past.length > 0;
  }

  get canRedo(): boolean {
    return this.history.future.length > 0;
  }

  get dirty(): boolean {
    if (this.saved === null) return this.graph.nodes.size > 0;
    // The state against the one saved, by value, not the edits made since: an undo gives back a
    // layout as a new view value, "Quitar filtros" the filters saved as another object.
    return !savesAlike(this.saved.graph, this.graph) || !viewsAlike(this.saved.view, this.view);
  }

  /** The one selected node, when exactly one is selected. */
  get focus(): string | null {
    return this.selection.length === 1 ? this.selection[0]! : null;
  }

  /** A canvas change: one undo step. */
  change(next: (g: DomainGraph) => DomainGraph): void {
    // "Ctrl+Z brings the cleared canvas back" holds only until the next change, as do notices
    // about the canvas as it was (`untilChange`).
    this.forget('clear');
    this.forget('untilChange');
    const before = this.graph;
    this.history = push(this.history, next(before));
    this.#layoutOf.set(this.graph, this.#arrangement());
    this.dropStaleSelection();
    // A result lit (a route, people in common) is about the canvas it was found on: new
    // entities drawn by another hand put its light out, and its list with it (QA: another gang
    // expanded came bright beside the dimmed canvas, the old answer still listed). A search
    // that lights what it draws lights it after this.
    if (this.#highlight && [...this.graph.nodes.keys()].some((id) => !before.nodes.has(id)))
      this.highlight = null;
    // On the map with nothing located until now: once something located is drawn, the map is
    // made and everything laid out on it (new entities alone were placed with no map).
    if (
      this.view.layout === 'geo' &&
      this.view.mapFrame === null &&
      mapFrame(this.graph, keptNodes(this.graph)) !== null
    )
      this.runLayout('geo');
  }

  /**
   * The layout chosen when each state was made, and its map: undoing a layout gives back the
   * one before it (the toolbar said "Geográfica" over the positions of the layout before).
   */
  readonly #layoutOf = new WeakMap<DomainGraph, Arrangement>();

  #arrangement(): Arrangement {
    return { layout: this.view.layout, mapFrame: this.view.mapFrame };
  }

  #restoreLayout(): void {
    const was = this.#layoutOf.get(this.graph);
    if (was && (was.layout !== this.view.layout || was.mapFrame !== this.view.mapFrame))
      this.setView(was);
  }

  /** Positions settled by an automatic layout belong to the change that caused it. */
  settle(positions: ReadonlyMap<string, Position>): void {
    this.#replace(amend(this.history, withPositions(this.graph, positions)));
  }

  /**
   * Completes the change that produced `drawn` with what arrives after it was drawn (an
   * expansion's link counts): part of that change and of every later state, not an undo step
   * of its own; nothing if the canvas was started over meanwhile.
   */
  complete(drawn: DomainGraph, next: (g: DomainGraph) => DomainGraph): void {
    let at = drawn;
    for (let s = this.#successor.get(at); s; s = this.#successor.get(at)) at = s;
    this.#replace(amendFrom(this.history, at, next));
    this.dropStaleSelection();
  }

  /**
   * A change in the world, not by the analyst's hand (a supervisor's decision made a confirmed
   * link or undid it): every state of the history takes it, so no undo brings back a link that
   * no longer exists. Not an undo step, and not an unsaved change: what was saved takes it too,
   * as an investigation opened shows the links confirmed since it was saved, and none undone
   * (investigations/confirmed-among.cypher, links.cypher).
   */
  learn(next: (g: DomainGraph) => DomainGraph): void {
    const [saved, sending] = [this.saved, this.sending];
    this.#replace(everyState(this.history, next));
    // Those that were states of the history took it with them.
    if (saved && this.saved === saved) this.saved = { ...saved, graph: next(saved.graph) };
    if (sending && this.sending === sending)
      this.sending = { ...sending, graph: next(sending.graph) };
    this.dropStaleSelection();
  }

  /** Whether some state of the history, undone or redone ones too, draws all of `ids`. */
  drawsSomewhere(ids: readonly string[]): boolean {
    const h = this.history;
    return [...h.past, h.present, ...h.future].some((g) => ids.every((id) => g.nodes.has(id)));
  }

  /** What each state replaced in place (by a layout settling, counts arriving) became. */
  readonly #successor = new WeakMap<DomainGraph, DomainGraph>();

  /** Takes a history whose states replace the present ones in place, one for one. */
  #replace(next: History<DomainGraph>): void {
    const states = (h: History<DomainGraph>) => [...h.past, h.present, ...h.future];
    const old = states(this.history);
    const now = states(next);
    this.history = next;
    old.forEach((state, i) => {
      if (now[i] === state) return;
      this.#successor.set(state, now[i]!);
      const layout = this.#layoutOf.get(state);
      if (layout) this.#layoutOf.set(now[i]!, layout);
      // Laying out or counting what was just opened or saved is not an edit of it.
      if (this.saved?.graph === state) this.saved = { ...this.saved, graph: now[i]! };
      if (this.sending?.graph === state) this.sending = { ...this.sending, graph: now[i]! };
    });
  }

  /** Positions the analyst chose (dragging, picking a layout): an undo step of its own. */
  move(positions: ReadonlyMap<string, Position>): void {
    this.change((g) => withPositions(g, positions));
  }

  undo(): void {
    this.history = undo(this.history);
    this.#restoreLayout();
    this.dropStaleSelection();
    this.forget('clear'); // "Ctrl+Z brings it back" is done, or no longer about this step
  }

  redo(): void {
    this.history = redo(this.history);
    this.#restoreLayout();
    this.dropStaleSelection();
  }

  /**
   * Entities an expansion found nothing more to bring for (every neighbour the user may see is
   * drawn), with the links drawn on them then: past the API's count (1,000+) only this says
   * that all are drawn. It holds while as many are drawn (an undo or a removal ends it).
   */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
  allDrawn = $state.raw<ReadonlyMap<string, number>>(new Map());

  markAllDrawn(ids: readonly string[]): void {
    const on = linksOnCanvas(linkCounts(this.graph));
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
    this.allDrawn = new Map([...this.allDrawn, ...ids.map((id) => [id, on.get(id) ?? 0] as const)]);
  }

  /** Starts over with this graph (a new canvas, or an opened investigation): no undo past it. */
  reset(graph: DomainGraph, view: ViewSettings = defaultView): void {
    this.history = start(graph);
    this.view = view;
    this.#layoutOf.set(graph, this.#arrangement());
    this.selection = [];
    this.selectedEdge = null;
    this.highlight = null;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
    this.caseCounts = new Map();
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
    this.allDrawn = new Map();
  }

  /**
   * The open investigation is no longer there for this user (deleted, or unshared): the canvas
   * stays, as unsaved work, to be saved as a new one or dropped.
   */
  detach(): void {
    this.investigation = null;
    this.saved = null;
  }

  add(e: Entity): void {
    this.change((g) => addEntity(g, e));
    this.select([e.id]);
  }

  /** Asks the canvas to frame these entities, once those just drawn have their places. */
  frame(ids: readonly string[]): void {
    this.frameRequest = { ids, seq: (this.frameRequest?.seq ?? 0) + 1 };
  }

  select(ids: string[]): void {
    this.selection = ids;
    if (ids.length > 0) this.selectedEdge = null;
  }

  /** Empties the canvas, undoably, and says how to bring it back. */
  clear(): void {
    this.change(() => emptyGraph);
    this.notify('info', () => i18n.t.cleared, 'clear');
  }

  setView(patch: Partial<ViewSettings>): void {
    this.view = { ...this.view, ...patch };
    // What the filters now hide is no longer selected (QA: eight selected nodes hidden by an
    // agency unticked still offered their timeline and "Expandir los seleccionados").
    if (patch.filters) {
      const g = this.graph;
      // As drawn: proposals laid over the graph keep their ends in view.
      const shown = visibleIds(withHypotheses(g, proposedLinks.items), this.view.filters).nodes;
      const kept = this.selection.filter((id) => shown.has(id) || g.groups.has(id));
      if (kept.length !== this.selection.length) this.selection = kept;
    }
  }

  /** Lays out the canvas. */
  runLayout(name: LayoutName): void {
    // What the last layout said (no map) is about that one.
    this.forget('layout');
    // The map is made for the whole canvas (the analyst's hidden nodes aside), the filtered
    // out included: addresses hidden for a moment still place the people who live there
    // (canvas-layout.ts lays out on the same), and the map is there when they come back.
    const kept = keptNodes(this.graph);
    const frame = name === 'geo' ? mapFrame(this.graph, kept) : null;
    this.setView({ layout: name, mapFrame: frame });
    // What the map cannot place goes under it, on a panel titled so (map/draw.ts): no notice
    // over it (one covered the panel's lower row).
    if (name === 'geo' && frame === null) this.notify('warn', () => i18n.t.mapNoPlaces, 'layout');
    this.layoutRequest = { name, centre: this.focus, seq: (this.layoutRequest?.seq ?? 0) + 1 };
  }

  notify(kind: Notice['kind'], text: Notice['text'], topic?: string): void {
    const notice: Notice = { kind, text, topic };
    const said = noticeText(notice);
    this.notices = [...this.notices.filter((n) => noticeText(n) !== said), notice].slice(-3);
    // Confirmations go by themselves; warnings and errors stay until read and dismissed.
    if (kind === 'info') setTimeout(() => this.dismiss(notice), 8000);
  }

  dismiss(n: Notice): void {
    this.notices = this.notices.filter((x) => x !== n);
  }

  /** Takes away the notices of `topic`: a new Connect search's answer replaces the last one's. */
  forget(topic: string): void {
    this.notices = this.notices.filter((n) => n.topic !== topic);
  }

  private dropStaleSelection(): void {
    const g = this.graph;
    const kept = this.selection.filter((id) => g.nodes.has(id) || g.groups.has(id));
    if (kept.length !== this.selection.length) this.selection = kept;
    // A proposal's line lives in the overlay, not in `g`: it stands while both its ends do; a
    // line into a collapsed group may stand for proposals too, so it is looked up with them.
    const edge = this.selectedEdge;
    if (
      edge &&
      !(
        proposalStillDrawn(g, edge, proposedLinks.items) ??
        selectedLine(withHypotheses(g, proposedLinks.items), edge)
      )
    )
      this.selectedEdge = null;
  }
}

export const workspace = new Workspace();
