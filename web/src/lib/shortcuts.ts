// Keyboard shortcuts: one table, used both to act on a key and to list the keys in the help
// overlay ('?'), so the two never disagree. Keys typed into a text field are left alone, and a
// single key acts only on the canvas or with nothing focused (actionFor).
export type Action =
  | 'help'
  | 'search'
  | 'undo'
  | 'redo'
  | 'expand'
  | 'menu'
  | 'remove'
  | 'hide'
  | 'showAll'
  | 'pin'
  | 'group'
  | 'connect'
  | 'fit'
  | 'zoomIn'
  | 'zoomOut'
  | 'pan'
  | 'layoutForce'
  | 'layoutTree'
  | 'layoutRings'
  | 'layoutMap'
  | 'save'
  | 'open'
  | 'filters'
  | 'table'
  | 'next'
  | 'previous'
  | 'addNext'
  | 'addPrevious'
  | 'nextLink'
  | 'previousLink'
  | 'selectAll'
  | 'escape';

export interface Shortcut {
  action: Action;
  /** Key names for the help ("Ctrl+Z", "Delete", "1"…); i18n's keyNames gives their Spanish names. */
  keys: string[];
  match: (e: KeyboardEvent) => boolean;
  /** Acts only with the focus on the canvas: arrows scroll panels and move sliders too. */
  onCanvas?: boolean;
}

/** A key with no Ctrl, Cmd or Alt: a letter, a digit, a sign, Delete… */
const single = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const plain = (key: string) => (e: KeyboardEvent) => e.key === key && single(e);
const ctrl =
  (key: string, shift = false) =>
  (e: KeyboardEvent) =>
    (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === key && e.shiftKey === shift;

/** How far the arrows move the view, px (with Shift, three times as far): what shows, not the drawing. */
const PAN_STEP = 80;
const PAN: Record<string, [number, number]> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** How far an arrow key moves the drawing on screen, px, or null for another key. */
export function panStep(e: Pick<KeyboardEvent, 'key' | 'shiftKey'>): [number, number] | null {
  const d = PAN[e.key];
  if (!d) return null;
  const step = PAN_STEP * (e.shiftKey ? 3 : 1);
  return [d[0] * step, d[1] * step];
}

export const SHORTCUTS: Shortcut[] = [
  { action: 'help', keys: ['?'], match: plain('?') },
  { action: 'search', keys: ['/'], match: plain('/') },
  { action: 'undo', keys: ['Ctrl+Z'], match: ctrl('z') },
  {
    action: 'redo',
    keys: ['Ctrl+Shift+Z', 'Ctrl+Y'],
    match: (e) => ctrl('z', true)(e) || ctrl('y')(e),
  },
  { action: 'selectAll', keys: ['Ctrl+A'], match: ctrl('a') },
  { action: 'next', keys: ['N'], match: plain('n') },
  { action: 'previous', keys: ['Shift+N'], match: plain('N') },
  { action: 'addNext', keys: ['A'], match: plain('a') },
  { action: 'addPrevious', keys: ['Shift+A'], match: plain('A') },
  { action: 'nextLink', keys: ['L'], match: plain('l') },
  { action: 'previousLink', keys: ['Shift+L'], match: plain('L') },
  { action: 'expand', keys: ['E'], match: plain('e') },
  {
    action: 'menu',
    keys: ['M', 'Shift+F10', '≣'],
    match: (e) => plain('m')(e) || e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey),
  },
  {
    action: 'remove',
    keys: ['Delete', 'Backspace'],
    match: (e) => plain('Delete')(e) || plain('Backspace')(e),
  },
  { action: 'hide', keys: ['H'], match: plain('h') },
  { action: 'showAll', keys: ['Shift+H'], match: plain('H') },
  { action: 'pin', keys: ['P'], match: plain('p') },
  { action: 'group', keys: ['G'], match: plain('g') },
  { action: 'connect', keys: ['C'], match: plain('c') },
  { action: 'fit', keys: ['F'], match: plain('f') },
  {
    action: 'zoomIn',
    keys: ['+', '='],
    match: (e) => plain('+')(e) || plain('=')(e),
    onCanvas: true,
  },
  { action: 'zoomOut', keys: ['-'], match: (e) => plain('-')(e), onCanvas: true },
  {
    action: 'pan',
    keys: ['←', '↑', '→', '↓'],
    match: (e) => Object.hasOwn(PAN, e.key) && single(e),
    onCanvas: true,
  },
  { action: 'filters', keys: ['T'], match: plain('t') },
  // B: the letter "tabla" and "table" share past their T (the filters').
  { action: 'table', keys: ['B'], match: plain('b') },
  { action: 'layoutForce', keys: ['1'], match: plain('1') },
  { action: 'layoutTree', keys: ['2'], match: plain('2') },
  { action: 'layoutRings', keys: ['3'], match: plain('3') },
  { action: 'layoutMap', keys: ['4'], match: plain('4') },
  { action: 'save', keys: ['Ctrl+S'], match: ctrl('s') },
  { action: 'open', keys: ['O'], match: plain('o') },
  { action: 'escape', keys: ['Esc'], match: plain('Escape') },
];

/**
 * Whether a key press is on the drawing: the canvas, or a control drawn over it that has no use
 * for these keys (`data-canvas-keys`: the map's layer boxes, so that + and the arrows still
 * act on the map once one is ticked).
 */
function onCanvas(target: EventTarget | null): boolean {
  // Unit tests have no DOM: their key presses are taken as on the canvas.
  if (typeof HTMLElement === 'undefined') return true;
  return (
    target instanceof HTMLElement &&
    (target.classList.contains('canvas') || target.closest('[data-canvas-keys]') !== null)
  );
}

/** Whether a key press goes to a field being typed in (its keys are its own). */
export function typing(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'range', 'button'].includes(target.type))
  );
}

/** Nothing has the focus: the key goes to the page itself. */
function onPage(target: EventTarget | null): boolean {
  if (typeof document === 'undefined') return true;
  return target === null || target === document.body || target === document.documentElement;
}

/**
 * The action for a key press, or null (also when the user is typing into a field). A single key
 * acts on the canvas or with nothing focused, never on a focused control (accessibility review,
 * WCAG 2.1.4: Delete on the toolbar's "Ajustar" removed the selected node, H on the
 * inspector's first button hid it); Escape and the Ctrl shortcuts act anywhere.
 */
export function actionFor(e: KeyboardEvent): Action | null {
  const inField = typing(e.target);
  for (const s of SHORTCUTS) {
    if (!s.match(e)) continue;
    // In a text field only Escape and the Ctrl shortcuts that have no text meaning act.
    if (inField && !(s.action === 'escape' || s.action === 'save')) return null;
    if (s.onCanvas && !onCanvas(e.target)) return null;
    if (s.action !== 'escape' && single(e) && !onCanvas(e.target) && !onPage(e.target)) return null;
    return s.action;
  }
  return null;
}
