import { describe, expect, it } from 'vitest';
import { edge, entity } from './fixtures';
import {
  addCounts,
  addEntity,
  addSubgraph,
  drawableEdges,
  emptyGraph,
  hide,
  recountAsks,
  removeNodes,
  savesAlike,
  showAll,
  shownDegree,
  stillAllDrawn,
  togglePin,
  withDegrees,
  withLinksToBringFirst,
  withPositions,
  type DomainGraph,
} from './graph';
import {
  groupLabel,
  makeGroup,
  orgMembers,
  renameGroup,
  samePersonRecords,
  showAsOnePerson,
  toggleCollapsed,
  ungroup,
} from './groups';
import { amend, amendFrom, push, redo, start, undo, MAX_HISTORY } from './history';

const abc = (): DomainGraph =>
  addSubgraph(emptyGraph, {
    nodes: [entity('a'), entity('b'), entity('c')],
    edges: [edge('e1', 'a', 'b'), edge('e2', 'c', 'a')],
  });

describe('domain graph transitions', () => {
  it('adds an entity once and keeps the original graph unchanged', () => {
    const g1 = addEntity(emptyGraph, entity('a'));
    expect(addEntity(g1, entity('a'))).toBe(g1);
    expect([...g1.nodes.keys()]).toEqual(['a']);
    expect(emptyGraph.nodes.size).toBe(0);
  });

  it('merges a subgraph; a known entity keeps its data but learns its degree', () => {
    const g = abc();
    expect(shownDegree(g, 'a')).toBe(2);
    expect(drawableEdges(g).map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(addSubgraph(g, { nodes: [entity('a', { caption: 'other' })], edges: [] })).toBe(g);
    const g2 = addSubgraph(g, { nodes: [entity('a', { degree: 7 })], edges: [] });
    expect(g2.nodes.get('a')?.degree).toBe(7);
  });

  it("takes known entities' fresh link counts, and nothing else of them", () => {
    const g = addSubgraph(emptyGraph, { nodes: [entity('a', { degree: 4 })], edges: [] });
    // The confirmed link of an approved hypothesis: "5 of 4 links" until the count came again.
    const g2 = withDegrees(g, [entity('a', { degree: 5, caption: 'other' }), entity('z')]);
    expect(g2.nodes.get('a')).toMatchObject({ degree: 5, caption: g.nodes.get('a')!.caption });
    expect(g2.nodes.has('z')).toBe(false);
    expect(withDegrees(g2, [entity('a', { degree: 5 })])).toBe(g2);
  });

  it('says an entity has all its links drawn while as many are as when it was marked', () => {
    const g = abc();
    const marked = new Map([
      ['a', 2],
      ['b', 5],
    ]);
    expect([...stillAllDrawn(g, marked)]).toEqual(['a']);
    expect(stillAllDrawn(removeNodes(g, ['c']), marked).size).toBe(0);
    expect(stillAllDrawn(g, new Map()).size).toBe(0);
  });

  it('keeps the largest count of a bundle and its widest span; removing an end forgets it', () => {
    const b = (count: number, firstAt: string | null, lastAt: string | null) => ({
      source: 'a',
      target: 'b',
      type: 'CALLED',
      count,
      capped: false,
      firstAt,
      lastAt,
    });
    const links = ['x1', 'x2'].map((id) => edge(id, 'a', 'b', { type: 'CALLED' }));
    const g = addSubgraph(abc(), {
      nodes: [],
      edges: links,
      bundles: [b(40, '2024-02', '2024-05')],
    });
    expect(shownDegree(g, 'a')).toBe(40 + 2); // the bundle's 40 calls, e1 and e2
    // A later, narrower expansion (a time window) does not shrink what is known.
    expect(addSubgraph(g, { nodes: [], edges: [], bundles: [b(3, '2024-03', '2024-04')] })).toBe(g);
    const wider = addSubgraph(g, { nodes: [], edges: [], bundles: [b(12, '2024-01', null)] });
    expect(wider.bundles.get('a|b|CALLED')).toMatchObject({
      count: 40,
      firstAt: '2024-01',
      lastAt: '2024-05',
    });
    expect(removeNodes(g, ['b']).bundles.size).toBe(0);
    // A lower bound stays one, unless the same count comes exact.
    const atLeast = addSubgraph(g, {
      nodes: [],
      edges: [],
      bundles: [{ ...b(700, null, null), capped: true }],
    });
    expect(atLeast.bundles.get('a|b|CALLED')).toMatchObject({ count: 700, capped: true });
    const exact = addSubgraph(atLeast, { nodes: [], edges: [], bundles: [b(700, null, null)] });
    expect(exact.bundles.get('a|b|CALLED')).toMatchObject({ count: 700, capped: false });
  });

  it('takes the counts of an expansion only between entities still on the canvas', () => {
    const counted = {
      nodes: [],
      edges: [edge('late-ab', 'a', 'b', { type: 'CALLED' }), edge('late-az', 'a', 'z')],
      bundles: [
        {
          source: 'a',
          target: 'b',
          type: 'CALLED',
          count: 9,
          capped: false,
          firstAt: null,
          lastAt: null,
        },
        {
          source: 'a',
          target: 'z',
          type: 'KNOWS',
          count: 2,
          capped: false,
          firstAt: null,
          lastAt: null,
        },
      ],
    };
    const g = addCounts(abc(), counted);
    expect([...g.bundles.keys()]).toEqual(['a|b|CALLED']);
    expect(g.edges.has('late-ab')).toBe(true);
    expect(g.edges.has('late-az')).toBe(false); // z was undone before the counts came
    expect(addCounts(g, counted)).toBe(g);
  });

  it('never draws an edge with a missing end', () => {
    const g = { ...emptyGraph, edges: new Map([['e', edge('e', 'a', 'z')]]) };
    expect(drawableEdges(addEntity(g, entity('a')))).toEqual([]);
  });

  it('removes nodes with their links and forgets them in every set', () => {
    let g = abc();
    g = togglePin(hide(g, ['c']), ['a']);
    g = withPositions(g, new Map([['a', { x: 1, y: 2 }]]));
    const r = removeNodes(g, ['a']);
    expect([...r.nodes.keys()]).toEqual(['b', 'c']);
    expect(r.edges.size).toBe(0);
    expect([...r.pinned]).toEqual([]);
    expect([...r.hidden]).toEqual(['c']);
    expect(r.positions.size).toBe(0);
    expect(removeNodes(g, ['nope'])).toBe(g);
  });

  it('hides and shows; pins, then unpins when all are pinned', () => {
    const g = hide(abc(), ['b', 'zz']);
    expect([...g.hidden]).toEqual(['b']);
    expect(showAll(g).hidden.size).toBe(0);
    const p1 = togglePin(g, ['a', 'b']);
    expect([...p1.pinned]).toEqual(['a', 'b']);
    expect(togglePin(p1, ['a', 'b']).pinned.size).toBe(0);
    expect([...togglePin(togglePin(g, ['a']), ['a', 'b']).pinned].sort()).toEqual(['a', 'b']);
  });

  it('records positions only when something moved', () => {
    const g = withPositions(abc(), new Map([['a', { x: 10, y: 10 }]]));
    expect(withPositions(g, new Map([['a', { x: 10.2, y: 9.9 }]]))).toBe(g);
    expect(withPositions(g, new Map([['a', { x: 12, y: 10 }]])).positions.get('a')).toEqual({
      x: 12,
      y: 10,
    });
  });
});

describe('groups', () => {
  const org = () =>
    addSubgraph(abc(), {
      nodes: [entity('org', { type: 'Organization', caption: 'Los Rojos' })],
      edges: [
        edge('m1', 'a', 'org', { type: 'MEMBER_OF' }),
        edge('m2', 'b', 'org', { type: 'MEMBER_OF' }),
      ],
    });

  it("collapses an organisation's members into one group named after it", () => {
    // A cell of a bigger organisation: the parent its SUBCELL_OF names is not a member.
    const g = addSubgraph(org(), {
      nodes: [entity('parent', { type: 'Organization', caption: 'Los Grandes' })],
      edges: [edge('s1', 'org', 'parent', { type: 'SUBCELL_OF' })],
    });
    expect(orgMembers(g, 'org')).toEqual(['a', 'b']);
    expect(orgMembers(g, 'parent')).toEqual(['org']);
    const grouped = makeGroup(g, orgMembers(g, 'org'), 'org');
    const gr = grouped.groups.get('group:org')!;
    expect(gr).toEqual({
      id: 'group:org',
      anchor: 'org',
      members: ['org', 'a', 'b'],
      collapsed: true,
    });
    expect(groupLabel(grouped, gr)).toBe('Los Rojos (3)');
    expect(toggleCollapsed(grouped, 'group:org').groups.get('group:org')!.collapsed).toBe(false);
    expect(ungroup(grouped, 'group:org').groups.size).toBe(0);
  });

  it('names a group as the analyst writes it, and an empty name gives back its lead member', () => {
    const g = makeGroup(org(), ['a', 'b', 'org']);
    const named = renameGroup(g, 'group:a', '  Célula norte ');
    const gr = named.groups.get('group:a')!;
    expect(gr.name).toBe('Célula norte');
    expect(groupLabel(named, gr)).toBe('Célula norte (3)');
    // The same name again changes nothing (no undo step).
    expect(renameGroup(named, 'group:a', 'Célula norte')).toBe(named);
    expect(renameGroup(g, 'group:none', 'x')).toBe(g);
    const long = renameGroup(g, 'group:a', 'x'.repeat(200)).groups.get('group:a')!;
    expect(long.name).toHaveLength(80);
    const back = renameGroup(named, 'group:a', ' ').groups.get('group:a')!;
    expect(back).not.toHaveProperty('name');
    expect(groupLabel(named, back)).toBe('Los Rojos +2');
  });

  it('moves an entity out of its earlier group, and removing a group removes its members', () => {
    const g1 = makeGroup(org(), ['a', 'b']);
    const g2 = makeGroup(g1, ['b', 'c']);
    expect(g2.groups.get('group:a')!.members).toEqual(['a']);
    expect(g2.groups.get('group:b')!.members).toEqual(['b', 'c']);
    // A selection's group is named after its lead member and how many more; one left alone
    // is named after it only.
    const caption = (id: string) => g2.nodes.get(id)!.caption;
    expect(groupLabel(g2, g2.groups.get('group:b')!)).toBe(`${caption('b')} +1`);
    expect(groupLabel(g2, g2.groups.get('group:a')!)).toBe(caption('a'));
    // The organisation leads a group it is in, wherever it was in the selection.
    const led = makeGroup(org(), ['a', 'org']);
    expect(groupLabel(led, led.groups.get('group:a')!)).toBe('Los Rojos +1');
    const removed = removeNodes(g2, ['group:b']);
    expect([...removed.nodes.keys()].sort()).toEqual(['a', 'org']);
    expect([...removed.groups.keys()]).toEqual(['group:a']);
    expect(makeGroup(org(), ['a'])).toEqual(org());
  });
});

describe('records of one person', () => {
  it('draws the records an approved "same person" joins as one person, named after the one chosen', () => {
    const g = addSubgraph(emptyGraph, {
      nodes: [
        entity('fgj', { caption: 'Lucía García' }),
        entity('pen'),
        entity('ssc'),
        entity('x'),
      ],
      edges: [
        edge('s1', 'fgj', 'pen', { type: 'SAME_AS' }),
        edge('s2', 'ssc', 'pen', { type: 'SAME_AS' }),
        edge('k', 'fgj', 'x', { type: 'ASSOCIATE_OF' }),
      ],
    });
    expect(samePersonRecords(g, 'fgj')).toEqual(['fgj', 'pen', 'ssc']);
    expect(samePersonRecords(g, 'x')).toEqual(['x']);
    const one = showAsOnePerson(g, 'fgj');
    expect(one.groups.get('group:fgj')).toMatchObject({
      members: ['fgj', 'pen', 'ssc'],
      collapsed: true,
      kind: 'samePerson',
    });
    expect(groupLabel(one, one.groups.get('group:fgj')!)).toBe('Lucía García (3)');
    expect(showAsOnePerson(g, 'x')).toBe(g);
  });
});

describe('what a save holds', () => {
  it('tells states that save alike from those that do not, whatever their counts', () => {
    const g = abc();
    const confirmed = edge('r9', 'a', 'c');
    const learnt = addSubgraph(g, { nodes: [], edges: [confirmed] });
    // A link learnt, then unlearnt: a new state that saves as the first.
    const unlearnt = { ...learnt, edges: new Map(g.edges) };
    expect(savesAlike(g, unlearnt)).toBe(true);
    expect(savesAlike(g, learnt)).toBe(false);
    expect(savesAlike(g, withDegrees(g, [entity('a', { degree: 9 })]))).toBe(true);
    expect(savesAlike(g, hide(g, ['a']))).toBe(false);
    expect(savesAlike(g, togglePin(g, ['a']))).toBe(false);
    expect(savesAlike(g, withPositions(g, new Map([['a', { x: 1, y: 2 }]])))).toBe(false);
    expect(savesAlike(g, removeNodes(g, ['c']))).toBe(false);
  });

  it('compares what the states hold, not the changes that made them', () => {
    const placed = withPositions(abc(), new Map([['a', { x: 1.26, y: -2 }]]));
    // Hidden and shown again, pinned and let go, grouped and ungrouped: what was saved.
    expect(savesAlike(placed, showAll(hide(placed, ['a'])))).toBe(true);
    expect(savesAlike(placed, togglePin(togglePin(placed, ['a']), ['a']))).toBe(true);
    expect(savesAlike(placed, ungroup(makeGroup(placed, ['a', 'b']), 'group:a'))).toBe(true);
    // A place moved by less than the tenth a save keeps is the same place; further, another.
    const moved = (x: number) => withPositions(placed, new Map([['a', { x, y: -2 }]]));
    expect(savesAlike(placed, moved(1.27))).toBe(true);
    expect(savesAlike(placed, moved(4))).toBe(false);
    // A group made again by hand as it was: its members in another order are the same group.
    const grouped = makeGroup(placed, ['a', 'b']);
    const again = {
      ...grouped,
      groups: new Map(
        [...grouped.groups].map(([id, gr]) => [id, { ...gr, members: [...gr.members].reverse() }]),
      ),
    };
    expect(savesAlike(grouped, again)).toBe(true);
    expect(savesAlike(grouped, toggleCollapsed(grouped, 'group:a'))).toBe(false);
    expect(savesAlike(grouped, renameGroup(grouped, 'group:a', 'Célula norte'))).toBe(false);
  });
});

describe('history', () => {
  it('undoes and redoes; a new change drops the redo branch', () => {
    let h = start(1);
    h = push(push(h, 2), 3);
    h = undo(undo(h));
    expect(h.present).toBe(1);
    h = redo(h);
    expect(h.present).toBe(2);
    h = push(h, 9);
    expect(h).toEqual({ past: [1, 2], present: 9, future: [] });
    expect(redo(h)).toBe(h);
    expect(undo(start(1))).toEqual(start(1));
  });

  it('amends the present without an undo step, ignores no-op pushes and keeps 100 steps', () => {
    const h = push(start('a'), 'b');
    expect(amend(h, 'b2')).toEqual({ past: ['a'], present: 'b2', future: [] });
    expect(push(h, 'b')).toBe(h);
    let long = start(0);
    for (let i = 1; i <= 150; i++) long = push(long, i);
    expect(long.past).toHaveLength(MAX_HISTORY);
    expect(long.past[0]).toBe(50);
  });

  it('completes a change and every later state with what arrives late, whatever was undone', () => {
    const late = (s: string) => `${s}+counts`;
    // Another change came first: both the expansion and it get the counts.
    const h = push(push(start('a'), 'expanded'), 'dragged');
    expect(amendFrom(h, 'expanded', late)).toEqual({
      past: ['a', 'expanded+counts'],
      present: 'dragged+counts',
      future: [],
    });
    // Undone before they came: the state before it keeps none; redo brings them.
    const undone = undo(push(start('a'), 'expanded'));
    const done = amendFrom(undone, 'expanded', late);
    expect(done).toEqual({ past: [], present: 'a', future: ['expanded+counts'] });
    expect(redo(done).present).toBe('expanded+counts');
    // Started over (an investigation opened): nothing to complete.
    expect(amendFrom(start('opened'), 'expanded', late)).toEqual(start('opened'));
  });
});

describe('recounting a reopened canvas', () => {
  // As explore/link-bundles.cypher counts: a centre with an other; two centres once, from the
  // one whose id sorts first.
  const counts = (k: { ids: string[]; others: string[] }, n: string, m: string) =>
    k.ids.includes(n) && k.others.includes(m) && (!k.ids.includes(m) || n < m);
  const covers = (asks: { ids: string[]; others: string[] }[], a: string, b: string) =>
    asks.some((k) => counts(k, a, b) || counts(k, b, a));

  it('asks about every line, a busy entity as one centre, within the API bounds', () => {
    const phones = Array.from({ length: 620 }, (_, i) => `p${i}`);
    const g = addSubgraph(emptyGraph, {
      nodes: ['hub', 'x', 'y', 'z', ...phones].map((id) => entity(id)),
      edges: [
        ...phones.map((p, i) => edge(`c${i}`, 'hub', p)),
        edge('xy', 'x', 'y'),
        edge('yz', 'y', 'z'),
        edge('yx', 'y', 'x'), // another line between the same two
        edge('loop', 'z', 'z'),
      ],
    });
    const asks = recountAsks(g);
    for (const e of g.edges.values())
      if (e.source !== e.target) expect(covers(asks, e.source, e.target), e.id).toBe(true);
    for (const k of asks) {
      expect(k.ids.length).toBeLessThanOrEqual(100);
      expect(k.others.length).toBeLessThanOrEqual(500);
      expect(k.ids.length * k.others.length).toBeLessThanOrEqual(2_000);
    }
    // The hub is one centre, its 620 phones asked over two calls (500 at most in each).
    const hub = asks.filter((k) => k.ids.includes('hub'));
    expect(hub).toHaveLength(2);
    expect(new Set(hub.flatMap((k) => k.others).filter((o) => o.startsWith('p'))).size).toBe(620);
    expect(recountAsks(emptyGraph)).toEqual([]);
    // Two centres linked to each other, whose ids sort against the order they were taken in.
    const pairs = addSubgraph(emptyGraph, {
      nodes: ['A', 'B', 'C', 'D', 'E'].map((id) => entity(id)),
      edges: [edge('1', 'B', 'A'), edge('2', 'B', 'C'), edge('3', 'B', 'D'), edge('4', 'A', 'E')],
    });
    const small = recountAsks(pairs);
    for (const e of pairs.edges.values())
      expect(covers(small, e.source, e.target), e.id).toBe(true);
  });
});

describe('which centres a bounded expansion takes first', () => {
  it('puts entities with links still to bring first, each part in its order', () => {
    const g = addSubgraph(emptyGraph, {
      nodes: [
        entity('done', { degree: 1 }),
        entity('more', { degree: 5 }),
        entity('x', { degree: 1 }),
        entity('unknown', { degree: null }),
      ],
      edges: [edge('e1', 'done', 'x'), edge('e2', 'more', 'x')],
    });
    expect(withLinksToBringFirst(g, ['done', 'x', 'more', 'unknown'])).toEqual([
      'more',
      'unknown',
      'done',
      'x',
    ]);
  });
});
