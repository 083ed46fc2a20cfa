import { describe, expect, it } from 'vitest';
import { actionFor, panStep, SHORTCUTS } from './shortcuts';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
  ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    target: null,
    ...mods,
  }) as KeyboardEvent;

describe('keyboard shortcuts', () => {
  it('maps keys to actions', () => {
    expect(actionFor(key('?'))).toBe('help');
    expect(actionFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(actionFor(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(actionFor(key('y', { metaKey: true }))).toBe('redo');
    expect(actionFor(key('F10', { shiftKey: true }))).toBe('menu');
    expect(actionFor(key('ContextMenu'))).toBe('menu');
    expect(actionFor(key('N', { shiftKey: true }))).toBe('previous');
    expect(actionFor(key('a', { ctrlKey: true }))).toBe('selectAll');
    expect(actionFor(key('a'))).toBe('addNext');
    expect(actionFor(key('A', { shiftKey: true }))).toBe('addPrevious');
    expect(actionFor(key('Delete'))).toBe('remove');
    expect(actionFor(key('x'))).toBeNull();
    expect(actionFor(key('e', { ctrlKey: true }))).toBeNull();
  });

  it('zooms with + and -, and moves the view with the arrows, Shift further', () => {
    expect(actionFor(key('+'))).toBe('zoomIn');
    expect(actionFor(key('='))).toBe('zoomIn');
    expect(actionFor(key('-'))).toBe('zoomOut');
    expect(actionFor(key('ArrowLeft'))).toBe('pan');
    expect(actionFor(key('ArrowUp', { shiftKey: true }))).toBe('pan');
    expect(actionFor(key('ArrowLeft', { ctrlKey: true }))).toBeNull();
    // Left shows what is to the left: the drawing moves right.
    expect(panStep(key('ArrowLeft'))).toEqual([80, 0]);
    expect(panStep(key('ArrowDown', { shiftKey: true }))).toEqual([0, -240]);
    expect(panStep(key('x'))).toBeNull();
  });

  it('documents every action once, with at least one key', () => {
    const actions = SHORTCUTS.map((s) => s.action);
    expect(new Set(actions).size).toBe(actions.length);
    expect(SHORTCUTS.every((s) => s.keys.length > 0)).toBe(true);
  });
});
