// Undo/redo as a pure history of values: every canvas change pushes the new graph; layouts
// that only settle positions after a change amend the present instead, so one undo takes back
// the change together with where it put things.
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

export const MAX_HISTORY = 100;

export function start<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** A new state; the redo branch is dropped. Pushing the present itself changes nothing. */
export function push<T>(h: History<T>, next: T): History<T> {
  if (next === h.present) return h;
  return { past: [...h.past, h.present].slice(-MAX_HISTORY), present: next, future: [] };
}

/** Replaces the present without making an undo step. */
export function amend<T>(h: History<T>, next: T): History<T> {
  return next === h.present ? h : { ...h, present: next };
}

/**
 * Completes the state `at` and every state after it (what arrives late for one change, e.g. its
 * counts): undo still takes them back with that change, redo brings them back. Unchanged when
 * `at` is no longer in the history (the canvas was started over).
 */
export function amendFrom<T>(h: History<T>, at: T, f: (state: T) => T): History<T> {
  const all = [...h.past, h.present, ...h.future];
  const i = all.indexOf(at);
  if (i < 0) return h;
  const next = all.map((state, j) => (j < i ? state : f(state)));
  if (next.every((state, j) => state === all[j])) return h;
  const p = h.past.length;
  return { past: next.slice(0, p), present: next[p]!, future: next.slice(p + 1) };
}

/**
 * Every state, undone ones too, changed by `f`: what is learnt rather than done (a decision
 * made elsewhere made a link or undid it), so that no undo or redo goes back to before it.
 */
export function everyState<T>(h: History<T>, f: (state: T) => T): History<T> {
  return { past: h.past.map(f), present: f(h.present), future: h.future.map(f) };
}

export function undo<T>(h: History<T>): History<T> {
  const prev = h.past.at(-1);
  if (prev === undefined) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: rest };
}
