import { describe, expect, it } from 'vitest';
import { CANVAS_FORMAT, canvasFor, keepHidden } from './canvas.js';

const saved = (groups: unknown[]) =>
  JSON.stringify({ format: CANVAS_FORMAT, positions: {}, hidden: [], pinned: [], groups });
const groupsOf = (json: string) => (JSON.parse(json) as { groups: unknown[] }).groups;

describe("a group's name and kind as a reader gets them", () => {
  const cell = {
    id: 'group:org',
    anchor: 'org',
    members: ['org', 'a', 'v'],
    collapsed: true,
    name: 'Célula de la víctima',
  };

  it('gives the name to a reader who sees every member and the organisation', () => {
    const all = new Set(['org', 'a', 'v']);
    expect(groupsOf(canvasFor(saved([cell]), all, true, new Set()))).toEqual([cell]);
    // A member deleted since hides nothing: the name stays (a hidden one would take it).
    expect(groupsOf(canvasFor(saved([cell]), new Set(['org', 'a']), false, new Set()))).toEqual([
      { ...cell, members: ['org', 'a'] },
    ]);
  });

  it('withholds it from one who does not: it was written by someone who saw them all', () => {
    const some = new Set(['org', 'a']);
    expect(groupsOf(canvasFor(saved([cell]), some, false, new Set(['v'])))).toEqual([
      { id: 'group:org', anchor: 'org', members: ['org', 'a'], collapsed: true },
    ]);
    const noOrg = new Set(['a', 'v']);
    expect(groupsOf(canvasFor(saved([cell]), noOrg, false, new Set(['org'])))).toEqual([
      { id: 'group:a', anchor: null, members: ['a', 'v'], collapsed: true },
    ]);
  });

  it("keeps one person's records shown as one, unless one is hidden; cuts a long name", () => {
    const one = { id: 'group:p', anchor: 'p', members: ['p', 'q'], collapsed: true };
    const stored = saved([{ ...one, kind: 'samePerson', name: ` ${'x'.repeat(100)} ` }]);
    expect(groupsOf(canvasFor(stored, new Set(['p', 'q']), true, new Set()))).toEqual([
      { ...one, kind: 'samePerson', name: 'x'.repeat(80) },
    ]);
    // With a record hidden, "one person's records" would say another exists (a victim's).
    expect(groupsOf(canvasFor(stored, new Set(['p']), false, new Set(['q'])))).toEqual([
      { ...one, members: ['p'] },
    ]);
  });

  it("keeps the name a colleague's save could not send back, unless they gave another", () => {
    const stored = { canvas: saved([cell]), entityIds: ['org', 'a', 'v'], links: [] };
    const asSeen = canvasFor(stored.canvas, new Set(['org', 'a']), false, new Set(['v']));
    const visible = new Set(['org', 'a']);
    const save = (canvas: string) =>
      groupsOf(
        keepHidden(stored, { canvas, entityIds: ['org', 'a'], links: [] }, visible, new Set())
          .canvas,
      );
    expect(save(asSeen)).toEqual([cell]);
    const renamed = JSON.parse(asSeen) as { groups: Record<string, unknown>[] };
    renamed.groups[0]!.name = 'Célula norte';
    expect(save(JSON.stringify(renamed))).toEqual([{ ...cell, name: 'Célula norte' }]);
  });
});
