import { describe, expect, it } from 'vitest';
import { defaultView, restore, serialize, viewsAlike, type ViewSettings } from './canvas-file';
import { edge, entity, provenance } from './fixtures';
import { noFilters } from './filters';
import { addSubgraph, emptyGraph, hide, togglePin, withPositions } from './graph';
import { makeGroup, renameGroup, showAsOnePerson } from './groups';

const g0 = addSubgraph(emptyGraph, {
  nodes: [entity('a', { caption: 'Secreto' }), entity('b'), entity('c')],
  edges: [edge('e1', 'a', 'b'), edge('e2', 'b', 'c')],
});
const g = makeGroup(
  togglePin(hide(withPositions(g0, new Map([['a', { x: 1.26, y: -2 }]])), ['c']), ['b']),
  ['a', 'b'],
);
const view: ViewSettings = {
  filters: { ...noFilters, hiddenTypes: ['Case'], time: { from: 1, to: 2 } },
  sizeBy: 'cases',
  edgeLabels: false,
  layout: 'dagre',
  mapFrame: null,
};

describe('saved canvas', () => {
  it('stores ids, positions, sets, groups and settings — never captions or fields', () => {
    const c = serialize(g, view);
    expect(c.entityIds).toEqual(['a', 'b', 'c']);
    expect(c.links).toEqual([
      { id: 'e1', type: 'ASSOCIATE_OF', source: 'a', target: 'b' },
      { id: 'e2', type: 'ASSOCIATE_OF', source: 'b', target: 'c' },
    ]);
    expect(c.canvas).not.toContain('Secreto');
    expect(JSON.parse(c.canvas).positions).toEqual({ a: [1.3, -2] });
    // A link confirmed by a hypothesis names it: approved again, it is a new relationship.
    const confirmed = edge('r9', 'a', 'c', {
      provenance: provenance({ source: 'TRAMA', sourceId: 'hyp-1' }),
    });
    const withConfirmed = addSubgraph(g, { nodes: [], edges: [confirmed] });
    expect(serialize(withConfirmed, view).links.at(-1)).toEqual({
      id: 'r9',
      type: 'ASSOCIATE_OF',
      source: 'a',
      target: 'c',
      hypothesisId: 'hyp-1',
    });
  });

  it('restores what it saved, with the elements as the server sends them', () => {
    const c = serialize(g, view);
    const back = restore(c.canvas, [...g.nodes.values()], [...g.edges.values()]);
    expect(back.view).toEqual(view);
    expect(back.graph.nodes).toEqual(g.nodes);
    expect(back.graph.edges).toEqual(g.edges);
    expect(back.graph.hidden).toEqual(g.hidden);
    expect(back.graph.pinned).toEqual(g.pinned);
    expect(back.graph.groups).toEqual(g.groups);
    expect(back.graph.positions.get('a')).toEqual({ x: 1.3, y: -2 });
  });

  it("keeps the map's frame with the geographic layout, and only a well-formed one", () => {
    const frame = { lon0: -99.2, lat1: 19.5, kx: 0.94, scale: 6000 };
    const onMap = { ...view, layout: 'geo' as const, mapFrame: frame };
    const back = (v: unknown) => {
      const c = JSON.parse(serialize(g, onMap).canvas) as { view: unknown };
      c.view = v;
      return restore(JSON.stringify(c), [...g.nodes.values()], []).view.mapFrame;
    };
    expect(back(onMap)).toEqual(frame);
    expect(back({ ...onMap, mapFrame: { ...frame, scale: -1 } })).toBeNull();
    expect(back({ ...onMap, mapFrame: { ...frame, kx: 'x' } })).toBeNull();
    // A frame left over under another layout is not drawn.
    expect(back({ ...onMap, layout: 'fcose' })).toBeNull();
    // Saved before frames were kept: none (the map is made again when next laid out).
    expect(back({ ...onMap, mapFrame: undefined })).toBeNull();
  });

  it("keeps a group of one person's records as one person", () => {
    const one = addSubgraph(emptyGraph, {
      nodes: [entity('p'), entity('q')],
      edges: [edge('s', 'p', 'q', { type: 'SAME_AS' })],
    });
    const grouped = showAsOnePerson(one, 'p');
    const c = serialize(grouped, view);
    const back = restore(c.canvas, [...one.nodes.values()], [...one.edges.values()]);
    expect(back.graph.groups.get('group:p')?.kind).toBe('samePerson');
  });

  it("keeps a group's name", () => {
    const named = renameGroup(makeGroup(g, ['a', 'b']), 'group:a', 'Célula norte');
    const c = serialize(named, view);
    const back = restore(c.canvas, [...g.nodes.values()], [...g.edges.values()]);
    expect(back.graph.groups.get('group:a')?.name).toBe('Célula norte');
  });

  it('drops whatever the server left out, and survives a broken view state', () => {
    const c = serialize(g, view);
    const back = restore(c.canvas, [g.nodes.get('b')!, g.nodes.get('c')!], [...g.edges.values()]);
    expect([...back.graph.edges.keys()]).toEqual(['e2']);
    expect(back.graph.groups.get('group:a')!.members).toEqual(['b']);
    expect(back.graph.positions.size).toBe(0);
    const broken = restore('{oops', [entity('a')], []);
    expect(broken.view).toEqual(defaultView);
    expect([...broken.graph.nodes.keys()]).toEqual(['a']);
  });

  it('tells a view saved from one put back by hand, by value (QA: filters cleared stayed "unsaved")', () => {
    // Opened, the filters are read from the save: other objects than the defaults.
    const opened = restore(serialize(g, defaultView).canvas, [...g.nodes.values()], []).view;
    expect(opened.filters).not.toBe(noFilters);
    expect(viewsAlike(opened, { ...opened, filters: noFilters })).toBe(true);
    const saved = restore(serialize(g, view).canvas, [...g.nodes.values()], []).view;
    expect(viewsAlike(saved, view)).toBe(true);
    // The kinds hidden ticked in another order hide the same.
    const f = saved.filters;
    const reordered = { ...f, hiddenTypes: ['Case'], time: { from: 1, to: 2 } };
    expect(viewsAlike(saved, { ...saved, filters: reordered })).toBe(true);
    const two = { ...f, hiddenTypes: ['Case', 'Vehicle'] };
    expect(
      viewsAlike(
        { ...saved, filters: two },
        { ...saved, filters: { ...two, hiddenTypes: ['Vehicle', 'Case'] } },
      ),
    ).toBe(true);
    // Any setting that saves otherwise is a change.
    expect(viewsAlike(saved, { ...saved, filters: { ...f, hiddenTypes: [] } })).toBe(false);
    expect(viewsAlike(saved, { ...saved, filters: { ...f, time: { from: 1, to: 3 } } })).toBe(
      false,
    );
    expect(viewsAlike(saved, { ...saved, filters: { ...f, time: null } })).toBe(false);
    expect(viewsAlike(saved, { ...saved, filters: { ...f, maxReliability: 'C' } })).toBe(false);
    expect(viewsAlike(saved, { ...saved, filters: { ...f, maxCredibility: 3 } })).toBe(false);
    expect(viewsAlike(saved, { ...saved, sizeBy: 'degree' })).toBe(false);
    expect(viewsAlike(saved, { ...saved, edgeLabels: true })).toBe(false);
    expect(viewsAlike(saved, { ...saved, layout: 'fcose' })).toBe(false);
    const frame = { lon0: -99.5, lat1: 19.75, kx: 0.94, scale: 4096 };
    const geo: ViewSettings = { ...saved, layout: 'geo', mapFrame: frame };
    expect(viewsAlike(geo, { ...geo, mapFrame: { ...frame } })).toBe(true);
    expect(viewsAlike(geo, { ...geo, mapFrame: { ...frame, scale: 8192 } })).toBe(false);
    expect(viewsAlike(geo, { ...geo, mapFrame: null })).toBe(false);
  });
});
