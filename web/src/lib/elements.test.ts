import { describe, expect, it } from 'vitest';
import {
  drawnMarks,
  drawnTypes,
  toElements,
  sizeFor,
  isReviewed,
  isUnconfirmed,
  nodeLabel,
  selectedLine,
  type DrawOptions,
} from './elements';
import { noFilters, visibleIds } from './filters';
import { edge, entity, field } from './fixtures';
import { addCounts, addSubgraph, emptyGraph, togglePin } from './graph';
import { makeGroup, showAsOnePerson, toggleCollapsed } from './groups';

const opts: DrawOptions = {
  sizeBy: 'degree',
  caseCounts: new Map(),
  highlight: null,
  edgeLabels: true,
  relName: (t) => t.toLowerCase(),
  countText: String,
};
const g = addSubgraph(emptyGraph, {
  nodes: [
    entity('org', { type: 'Organization', caption: 'Los Rojos', degree: 2 }),
    entity('a', { degree: 450 }),
    entity('b', { degree: 1 }),
    entity('x', { type: 'Case', degree: 3 }),
  ],
  edges: [
    edge('m1', 'a', 'org', { type: 'MEMBER_OF' }),
    edge('m2', 'b', 'org', { type: 'MEMBER_OF' }),
    edge('i1', 'a', 'x', { type: 'INVOLVED_IN' }),
    edge('i2', 'b', 'x', { type: 'INVOLVED_IN', fields: [field('status', 'PROPOSED')] }),
  ],
});
/** The count of calls from one phone to another, as the API bundles them. */
const callCount = (source: string, target: string, count: number, capped = false) => ({
  source,
  target,
  type: 'CALLED',
  count,
  capped,
  firstAt: null,
  lastAt: null,
});
const draw = (graph = g, o: Partial<DrawOptions> = {}) =>
  toElements(graph, visibleIds(graph, noFilters), { ...opts, ...o });
const byId = (els: ReturnType<typeof draw>) => new Map(els.map((e) => [e.data.id!, e]));

describe('drawn elements', () => {
  it("labels a person's link to a case by the role its record gives", () => {
    const roles = addSubgraph(emptyGraph, {
      nodes: [entity('v'), entity('s'), entity('k', { type: 'Case' })],
      edges: [
        edge('iv', 'v', 'k', { type: 'INVOLVED_IN', fields: [field('role', 'VICTIM')] }),
        edge('is', 's', 'k', { type: 'INVOLVED_IN' }),
      ],
    });
    const els = byId(
      draw(roles, { relName: (t, role) => (role ? `${role} in` : t.toLowerCase()) }),
    );
    expect(els.get('iv')!.data.label).toBe('VICTIM in');
    expect(els.get('is')!.data.label).toBe('involved_in');
    // One line for both (a collapsed group): named by type.
    const grouped = draw(makeGroup(roles, ['v', 's'], 'both'), {
      relName: (t, role) => (role ? `${role} in` : t.toLowerCase()),
    });
    expect(byId(grouped).get('meta:group:both|k|INVOLVED_IN')!.data.label).toBe('involved_in');
  });

  it('carries the look as data: colour, shape, icon, size by measure, badges and rings', () => {
    const a = byId(draw()).get('a')!;
    expect(a.data).toMatchObject({
      label: 'a',
      type: 'Person',
      color: '#1d4ed8',
      shape: 'ellipse',
      size: sizeFor(450),
      super: true,
      more: true,
      degree: 450,
      pinned: false,
    });
    expect(String(a.data.icon)).toMatch(/^data:image\/svg\+xml;utf8,/);
    expect(byId(draw()).get('b')!.data).toMatchObject({ super: false, more: false });
    expect(byId(draw(g, { sizeBy: 'none' })).get('a')!.data.size).toBe(34);
    const cases = draw(g, { sizeBy: 'cases', caseCounts: new Map([['a', 15]]) });
    expect(byId(cases).get('a')!.data.size).toBe(sizeFor(15));
    expect(byId(draw(togglePin(g, ['b']))).get('b')!.data.pinned).toBe(true);
  });

  it('names a call by its kind, and a line of calls and texts not all drawn by its type', () => {
    // QA: text messages were drawn and counted as calls.
    const named = { relName: (t: string, role?: string | null) => (role ? `${t}:${role}` : t) };
    const kinds = addSubgraph(emptyGraph, {
      nodes: [entity('p', { type: 'Phone' }), entity('q', { type: 'Phone' })],
      edges: [
        edge('sms', 'p', 'q', { type: 'CALLED', fields: [field('kind', 'SMS')] }),
        edge('voz', 'q', 'p', { type: 'CALLED', fields: [field('kind', 'VOZ')] }),
      ],
    });
    const drawn = byId(draw(kinds, named));
    expect(drawn.get('sms')!.data.label).toBe('CALLED:SMS');
    expect(drawn.get('voz')!.data.label).toBe('CALLED:VOZ');
    // Counted: the p→q line stands for 40 links, one drawn: which kinds is not known.
    const counted = addSubgraph(kinds, {
      nodes: [],
      edges: [],
      bundles: [callCount('p', 'q', 40), callCount('q', 'p', 1)],
    });
    const lines = byId(draw(counted, named));
    expect(lines.get('meta:p|q|CALLED')!.data).toMatchObject({
      label: 'CALLED',
      countLabel: 'CALLED ×40',
    });
    expect(lines.get('voz')!.data.label).toBe('CALLED:VOZ');
  });

  it('draws the calls from one phone to another as one line with the count the API gave', () => {
    const calls = addSubgraph(emptyGraph, {
      nodes: [
        entity('p', { type: 'Phone', degree: 231 }),
        entity('q', { type: 'Phone', degree: 229 }),
        entity('r', { type: 'Phone', degree: 3 }),
      ],
      edges: [
        ...['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => edge(id, 'p', 'q', { type: 'CALLED' })),
        edge('back', 'q', 'p', { type: 'CALLED' }),
        edge('one', 'p', 'r', { type: 'CALLED' }),
      ],
      bundles: [callCount('p', 'q', 228), callCount('q', 'p', 1), callCount('p', 'r', 1)],
    });
    const els = byId(draw(calls));
    expect([...els.keys()].filter((id) => !['p', 'q', 'r'].includes(id)).sort()).toEqual([
      'back',
      'meta:p|q|CALLED',
      'one',
    ]);
    expect(els.get('meta:p|q|CALLED')!.data).toMatchObject({
      source: 'p',
      target: 'q',
      count: 228,
      countLabel: 'called ×228',
    });
    // Every link of p is on the canvas, counted by its bundle: no "more" ring.
    expect(els.get('q')!.data.more).toBe(false);
    expect(els.get('p')!.data.more).toBe(true); // 231 links, 230 drawn
    // A count the API stopped at (the pair has more links) reads as the UI's locale says it.
    const busy = addSubgraph(calls, {
      nodes: [],
      edges: [],
      bundles: [callCount('p', 'q', 700, true)],
    });
    const text = (n: number, capped: boolean) => `${n.toLocaleString('en')}${capped ? '+' : ''}`;
    const es = byId(draw(busy, { countText: text }));
    expect(es.get('meta:p|q|CALLED')!.data.countLabel).toBe('called ×700+');
    expect(byId(draw(calls, { countText: text })).get('meta:p|q|CALLED')!.data.countLabel).toBe(
      'called ×228',
    );
  });

  it('never merges two proposals between the same people: each is decided on its own', () => {
    const two = addSubgraph(g, {
      nodes: [],
      edges: [
        edge('hyp:1', 'a', 'b', { type: 'HYPOTHESIS' }),
        edge('hyp:2', 'a', 'b', { type: 'HYPOTHESIS' }),
      ],
    });
    const ids = [...byId(draw(two)).keys()];
    expect(ids).toContain('hyp:1');
    expect(ids).toContain('hyp:2');
    // Each is labelled with the kind of link it proposes, as a question.
    const kind = addSubgraph(g, {
      nodes: [],
      edges: [
        edge('hyp:3', 'a', 'b', {
          type: 'HYPOTHESIS',
          fields: [{ key: 'hypothesisType', value: 'SAME_PERSON', type: 'string' }],
        }),
      ],
    });
    const label = byId(draw(kind, { proposalName: (t) => `¿${t}?` })).get('hyp:3')!.data.label;
    expect(label).toBe('¿SAME_PERSON?');
  });

  it('keeps the "more" ring on an entity counted "1,000+", until an expansion found all drawn', () => {
    const n = 1100;
    const hub = addSubgraph(emptyGraph, {
      nodes: [
        entity('hub', { type: 'Phone', degree: 1001 }),
        ...Array.from({ length: n }, (_, i) => entity(`p${i}`, { degree: 1 })),
      ],
      edges: Array.from({ length: n }, (_, i) => edge(`e${i}`, `p${i}`, 'hub', { type: 'CALLED' })),
    });
    expect(byId(draw(hub)).get('hub')!.data).toMatchObject({ more: true, super: true });
    expect(byId(draw(hub)).get('p0')!.data).toMatchObject({ more: false });
    const all = byId(draw(hub, { allDrawn: new Set(['hub']) })).get('hub')!.data;
    expect(all).toMatchObject({ more: false, super: true });
  });

  it('dots a link that ended and says until when; one that holds, or a line with one, is not', () => {
    const members = addSubgraph(emptyGraph, {
      nodes: [entity('ex'), entity('now'), entity('o', { type: 'Organization' })],
      edges: [
        edge('left', 'ex', 'o', { type: 'MEMBER_OF', fields: [field('until', '2020-06-30')] }),
        edge('holds', 'now', 'o', { type: 'MEMBER_OF', fields: [field('until', '2999-01-01')] }),
      ],
    });
    const els = byId(draw(members, { endedName: (label, year) => `${label} (until ${year})` }));
    expect(els.get('left')!.data).toMatchObject({ ended: true, label: 'member_of (until 2020)' });
    expect(els.get('holds')!.data).toMatchObject({ ended: false, label: 'member_of' });
    expect(drawnMarks(draw(members)).ended).toBe(true);
    // A collapsed group of both: one line, which holds.
    const grouped = draw(makeGroup(members, ['ex', 'now'], 'both'));
    expect(grouped.find((e) => e.group === 'edges')!.data.ended).toBe(false);
  });

  it('grows node size logarithmically and caps it', () => {
    expect(sizeFor(0)).toBe(26);
    expect(sizeFor(null)).toBe(26);
    expect(sizeFor(3)).toBe(40);
    expect(sizeFor(1e9)).toBe(96);
  });

  it('dashes proposed links and hypotheses, labels links in the reader’s language', () => {
    const els = byId(draw());
    expect(els.get('i2')!.data).toMatchObject({ dashed: true, label: 'involved_in' });
    expect(els.get('i1')!.data.dashed).toBe(false);
    expect(isUnconfirmed(edge('h', 'a', 'b', { type: 'HYPOTHESIS' }))).toBe(true);
    expect(byId(draw(g, { edgeLabels: false })).get('i1')!.classes).toBe('nolabel');
  });

  it("marks a line only an approved hypothesis stands for, not one an agency's record shares", () => {
    const reviewed = edge('c1', 'a', 'b', { fields: [field('status', 'CONFIRMED')] });
    expect(isReviewed(reviewed)).toBe(true);
    expect(isReviewed(edge('r1', 'a', 'b'))).toBe(false);
    const line = (edges: ReturnType<typeof edge>[]) =>
      draw(addSubgraph(emptyGraph, { nodes: [entity('a'), entity('b')], edges })).find(
        (e) => e.group === 'edges',
      )!.data.reviewed;
    expect(line([reviewed])).toBe(true);
    expect(line([reviewed, edge('r1', 'a', 'b')])).toBe(false);
  });

  it('highlights a result and fades the rest', () => {
    const els = byId(draw(g, { highlight: new Set(['a', 'i1', 'x']) }));
    expect(els.get('a')!.classes).toBe('hl');
    expect(els.get('i1')!.classes).toBe('hl');
    expect(els.get('b')!.classes).toBe('faded');
    // Drawn after the highlight was set (an expansion): shown as usual, not as left out of it.
    const later = byId(
      draw(g, { highlight: new Set(['a', 'i1', 'x']), fadeable: new Set(['a', 'i1', 'x', 'org']) }),
    );
    expect(later.get('org')!.classes).toBe('faded');
    expect(later.get('b')!.classes).toBe('');
    expect(later.get('i2')!.classes).toBe('');
  });

  it('lists a collapsed group in the legend as what it stands for', () => {
    // Two records an approved "same person" joins, shown as one person: a person in the legend.
    const twice = addSubgraph(g, {
      nodes: [entity('a2', { caption: 'A (FGJ)' })],
      edges: [edge('s1', 'a', 'a2', { type: 'SAME_AS' })],
    });
    const one = draw(showAsOnePerson(twice, 'a'));
    expect(byId(one).get('group:a')!.data).toMatchObject({ type: 'Group', collapsed: true });
    expect(drawnTypes(one).types).toEqual(['Case', 'Organization', 'Person']);
    // Any other group is a box of its members, not one of the model's types.
    expect(drawnTypes(draw(makeGroup(g, ['a', 'b'], 'org'))).types).toEqual(['Case']);
  });

  it('draws a collapsed group as one node with merged links, an open one as a compound', () => {
    const grouped = makeGroup(g, ['a', 'b'], 'org');
    const els = byId(draw(grouped));
    expect([...els.keys()].sort()).toEqual(['group:org', 'meta:group:org|x|INVOLVED_IN', 'x']);
    expect(els.get('group:org')!.data).toMatchObject({ label: 'Los Rojos (3)', collapsed: true });
    // Selected, the line into the group shows its links, members' and proposals alike.
    const line = selectedLine(grouped, 'meta:group:org|x|INVOLVED_IN');
    expect(line?.bundle?.count).toBe(2);
    expect(['i1', 'i2']).toContain(line?.edge.id);
    // A link inside the group is not drawn: nothing to show, and a selection of it is dropped.
    expect(selectedLine(grouped, 'm1')).toBeNull();
    expect(selectedLine(g, 'm1')).not.toBeNull();
    expect(
      selectedLine(toggleCollapsed(grouped, 'group:org'), 'meta:group:org|x|INVOLVED_IN'),
    ).toBeNull();
    expect(els.get('meta:group:org|x|INVOLVED_IN')!.data).toMatchObject({
      source: 'group:org',
      target: 'x',
      count: 2,
      countLabel: 'involved_in ×2',
      dashed: false,
    });
    const open = byId(draw(toggleCollapsed(grouped, 'group:org')));
    expect(open.get('a')!.data.parent).toBe('group:org');
    expect(open.get('m1')!.data).toMatchObject({ source: 'a', target: 'org' });
    expect(open.get('x')!.data.parent).toBeUndefined();
  });

  it('shows a line selected before its links were counted as the bundle it turns out to be', () => {
    const at = (d: string) => [field('occurredAt', d, 'datetime')];
    // The expansion drew one call from p to q; the line is that link's own.
    const drawn = addSubgraph(emptyGraph, {
      nodes: [entity('p', { type: 'Phone' }), entity('q', { type: 'Phone' })],
      edges: [edge('c1', 'p', 'q', { type: 'CALLED', fields: at('2024-01-02') })],
    });
    expect(byId(draw(drawn)).has('c1')).toBe(true);
    expect(selectedLine(drawn, 'c1')).toEqual({ edge: drawn.edges.get('c1'), bundle: null });
    // The count comes: 40 calls, the latest another link. The line the analyst selected (still
    // by the link's id) is now the bundle's, and so is the Inspector's view of it.
    const latest = edge('c9', 'p', 'q', { type: 'CALLED', fields: at('2024-03-09') });
    const counted = addCounts(drawn, {
      nodes: [],
      edges: [latest],
      bundles: [
        {
          source: 'p',
          target: 'q',
          type: 'CALLED',
          count: 40,
          capped: false,
          firstAt: '2023-11-01',
          lastAt: '2024-03-09',
        },
      ],
    });
    expect(byId(draw(counted)).has('meta:p|q|CALLED')).toBe(true);
    const want = {
      edge: latest,
      bundle: { count: 40, capped: false, firstAt: '2023-11-01', lastAt: '2024-03-09' },
    };
    expect(selectedLine(counted, 'c1')).toEqual(want);
    expect(selectedLine(counted, 'meta:p|q|CALLED')).toEqual(want);
    // A proposal is a line of its own; a line whose links are gone is nothing.
    const proposed = edge('h1', 'a', 'x', {
      type: 'INVOLVED_IN',
      fields: [field('status', 'PROPOSED')],
    });
    const withProposal = addSubgraph(g, { nodes: [], edges: [proposed] });
    expect(selectedLine(withProposal, 'h1')).toEqual({ edge: proposed, bundle: null });
    expect(selectedLine(counted, 'gone')).toBeNull();
    expect(selectedLine(counted, 'meta:q|p|CALLED')).toBeNull();
  });
});

describe('names on the canvas', () => {
  it("names a case file by its office, number and date, not its folio's common start", () => {
    const named = (caption: string, type = 'Case') => nodeLabel({ type, caption });
    expect(named('CI-FCUH/CUH-4/UI-1 S/D/00001/10-2023: AMENAZAS')).toBe(
      'CUH-4 00001/10-2023: AMENAZAS',
    );
    expect(named('CI-FAO/AO-5/UI-2 S/D/00123/06-2019')).toBe('AO-5 00123/06-2019');
    // Anything else, or a folio of another shape, as it is.
    expect(named('CJM-10001: SEXUAL (ALTO)')).toBe('CJM-10001: SEXUAL (ALTO)');
    expect(named('C5/190615/00001: Robo', 'Incident')).toBe('C5/190615/00001: Robo');
  });
});
