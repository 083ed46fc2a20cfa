import { describe, expect, it } from 'vitest';
import { edge, entity, field, provenance } from './fixtures';
import {
  agenciesOf,
  expandWindow,
  facets,
  histogram,
  isFiltering,
  lastDayIn,
  noFilters,
  parseTime,
  timeTicks,
  visibleIds,
  whyFiltered,
} from './filters';
import { addSubgraph, emptyGraph, hide } from './graph';

const day = (d: string) => Date.parse(`${d}T12:00:00Z`);
const g = addSubgraph(emptyGraph, {
  nodes: [
    entity('p1'),
    entity('p2', { provenance: provenance({ source: 'SSC', reliability: 'E', credibility: 5 }) }),
    entity('c1', {
      type: 'Case',
      fields: [field('occurredAt', '2021-03-01T12:00:00-06:00[America/Mexico_City]', 'datetime')],
    }),
    entity('c2', {
      type: 'Case',
      fields: [field('occurredAt', '2023-07-01T12:00:00Z', 'datetime')],
    }),
    entity('ph', {
      type: 'Phone',
      provenance: provenance({ source: null, sources: ['C5:1', 'FGJ:2'] }),
    }),
  ],
  edges: [
    edge('k', 'p1', 'p2', { type: 'FAMILY_OF' }),
    edge('i1', 'p1', 'c1', { type: 'INVOLVED_IN', provenance: provenance({ source: 'FGJ' }) }),
    edge('i2', 'p1', 'c2', { type: 'INVOLVED_IN', provenance: provenance({ source: 'FGJ' }) }),
    edge('u', 'p1', 'ph', { type: 'USES_PHONE', provenance: provenance({ source: 'C5' }) }),
  ],
});
const ids = (s: Set<string>) => [...s].sort();

describe('filters', () => {
  it('reads Neo4j date-times with a zone name, and agencies from source records', () => {
    expect(parseTime('2021-03-01T12:00:00-06:00[America/Mexico_City]')).toBe(
      Date.parse('2021-03-01T18:00:00Z'),
    );
    expect(parseTime('not a date')).toBeNull();
    expect(agenciesOf(g.nodes.get('ph')!)).toEqual(['C5', 'FGJ']);
  });

  it('shows everything without filters, except what was hidden by hand', () => {
    expect(isFiltering(noFilters)).toBe(false);
    const v = visibleIds(hide(g, ['p2']), noFilters);
    expect(ids(v.nodes)).toEqual(['c1', 'c2', 'p1', 'ph']);
    expect(ids(v.edges)).toEqual(['i1', 'i2', 'u']);
  });

  it('filters by type, link type, agency (all of an item’s agencies) and grade', () => {
    const v = visibleIds(g, {
      ...noFilters,
      hiddenTypes: ['Phone'],
      hiddenRelTypes: ['FAMILY_OF'],
      maxReliability: 'C',
    });
    expect(ids(v.nodes)).toEqual(['c1', 'c2', 'p1']);
    expect(ids(v.edges)).toEqual(['i1', 'i2']);
    const agencies = visibleIds(g, { ...noFilters, hiddenAgencies: ['C5'] });
    expect(agencies.nodes.has('ph')).toBe(true); // FGJ still vouches for it
    expect(agencies.edges.has('u')).toBe(false);
    const cred = visibleIds(g, { ...noFilters, maxCredibility: 4 });
    expect(cred.nodes.has('p2')).toBe(false);
  });

  it('says why the filters hide an entity: its type, agency, grade, dates or links', () => {
    const window = { from: day('2023-01-01'), to: day('2024-01-01') };
    expect(whyFiltered(g, { ...noFilters, hiddenTypes: ['Phone'] }, 'ph')).toBe('type');
    expect(whyFiltered(g, { ...noFilters, hiddenAgencies: ['SSC'] }, 'p2')).toBe('agency');
    expect(whyFiltered(g, { ...noFilters, maxCredibility: 4 }, 'p2')).toBe('grade');
    expect(whyFiltered(g, { ...noFilters, time: window }, 'c1')).toBe('time');
    expect(whyFiltered(g, { ...noFilters, hiddenRelTypes: ['FAMILY_OF'] }, 'p2')).toBe('links');
    // Shown, hidden by hand, or not drawn: nothing to say.
    expect(whyFiltered(g, { ...noFilters, time: window }, 'c2')).toBeNull();
    expect(whyFiltered(hide(g, ['ph']), { ...noFilters, hiddenTypes: ['Phone'] }, 'ph')).toBeNull();
    expect(whyFiltered(g, noFilters, 'nobody')).toBeNull();
  });

  it('takes away the entities whose every link is of a kind unticked', () => {
    // p2 is linked by FAMILY_OF alone; p1 keeps its other links; a hidden type's end stays.
    const v = visibleIds(g, { ...noFilters, hiddenRelTypes: ['FAMILY_OF'] });
    expect(ids(v.nodes)).toEqual(['c1', 'c2', 'p1', 'ph']);
    const both = visibleIds(g, { ...noFilters, hiddenRelTypes: ['FAMILY_OF', 'USES_PHONE'] });
    expect(ids(both.nodes)).toEqual(['c1', 'c2', 'p1']);
    // Hiding phones (a type) does not take away whom they are linked to.
    expect(visibleIds(g, { ...noFilters, hiddenTypes: ['Phone'] }).nodes.has('p1')).toBe(true);
  });

  it('keeps undated items in a time window and drops dated ones outside it', () => {
    const v = visibleIds(g, {
      ...noFilters,
      time: { from: day('2023-01-01'), to: day('2024-01-01') },
    });
    expect(ids(v.nodes)).toEqual(['c2', 'p1', 'p2', 'ph']);
    expect(isFiltering({ ...noFilters, time: { from: 0, to: 1 } })).toBe(true);
  });

  it('in a time window, leaves out undated entities whose every link falls outside it', () => {
    const at = (d: string) => [field('occurredAt', `${d}T12:00:00Z`, 'datetime')];
    const calls = addSubgraph(emptyGraph, {
      nodes: [
        entity('a', { type: 'Phone' }),
        entity('b', { type: 'Phone' }),
        entity('c', { type: 'Phone' }),
        entity('owner'),
        entity('alone'),
        entity('case', { type: 'Case', fields: at('2021-05-01') }),
        entity('suspect'),
      ],
      edges: [
        edge('ab', 'a', 'b', { type: 'CALLED', fields: at('2021-02-01') }),
        edge('bc', 'b', 'c', { type: 'CALLED', fields: at('2023-02-01') }),
        edge('uses', 'owner', 'a', { type: 'USES_PHONE' }),
        // Undated, but to a case of another year: the suspect did nothing in the window.
        edge('inv', 'suspect', 'case', { type: 'INVOLVED_IN' }),
      ],
    });
    const v = visibleIds(calls, {
      ...noFilters,
      time: { from: day('2023-01-01'), to: day('2024-01-01') },
    });
    // a keeps its owner's undated link; b and c called in the window; alone has no links.
    expect(ids(v.nodes)).toEqual(['a', 'alone', 'b', 'c', 'owner']);
    expect(ids(v.edges)).toEqual(['bc', 'uses']);
    const earlier = visibleIds(calls, {
      ...noFilters,
      time: { from: day('2021-01-01'), to: day('2022-01-01') },
    });
    expect(ids(earlier.nodes)).toEqual(['a', 'alone', 'b', 'case', 'owner', 'suspect']);
    expect(visibleIds(calls, noFilters).nodes.size).toBe(7);
  });

  it('keeps a membership while its since–until days overlap the window', () => {
    const m = addSubgraph(emptyGraph, {
      nodes: [entity('o', { type: 'Organization' }), entity('a'), entity('b'), entity('c')],
      edges: [
        edge('ma', 'a', 'o', {
          type: 'MEMBER_OF',
          fields: [field('since', '2010-01-01', 'date'), field('until', '2015-06-30', 'date')],
        }),
        edge('mb', 'b', 'o', { type: 'MEMBER_OF', fields: [field('since', '2020-03-01', 'date')] }),
        edge('mc', 'c', 'o', { type: 'MEMBER_OF' }),
      ],
    });
    const shown = (from: string, to: string) =>
      ids(visibleIds(m, { ...noFilters, time: { from: day(from), to: day(to) } }).edges);
    expect(shown('2016-01-01', '2019-01-01')).toEqual(['mc']);
    // Its last day counts; a window ending before the day one starts leaves it out.
    expect(shown('2015-06-30', '2020-02-29')).toEqual(['ma', 'mc']);
    expect(shown('2014-01-01', '2021-01-01')).toEqual(['ma', 'mb', 'mc']);
  });

  it('keeps a stay in prison, and its visitors, while it lasts: from admission to release', () => {
    const visit = (id: string, from: string, d: string) =>
      edge(id, from, 'stay', {
        type: 'VISITED',
        fields: [field('occurredAt', `${d}T10:00:00-06:00`, 'datetime')],
      });
    const prison = addSubgraph(emptyGraph, {
      nodes: [
        entity('stay', {
          type: 'Custody',
          fields: [
            field('occurredAt', '2021-08-16T00:00:00-05:00', 'datetime'),
            field('admittedOn', '2021-08-16', 'date'),
            field('releasedOn', '2023-01-25', 'date'),
          ],
        }),
        entity('held', {
          type: 'Custody',
          fields: [
            field('occurredAt', '2022-03-01T00:00:00-06:00', 'datetime'),
            field('admittedOn', '2022-03-01', 'date'),
          ],
        }),
        entity('visitor'),
        entity('late'),
      ],
      edges: [visit('v1', 'visitor', '2022-10-08'), visit('v2', 'late', '2021-09-01')],
    });
    const shown = (from: string, to: string) =>
      ids(visibleIds(prison, { ...noFilters, time: { from: day(from), to: day(to) } }).nodes);
    // A window of the visit, long after the admission: the stay, and who visited in it.
    expect(shown('2022-09-01', '2022-11-01')).toEqual(['held', 'stay', 'visitor']);
    // The release day counts; after it only the stay with no release holds.
    expect(shown('2023-01-25', '2023-03-01')).toEqual(['held', 'stay']);
    expect(shown('2023-02-01', '2024-01-01')).toEqual(['held']);
  });

  it('counts facets and bins events over time', () => {
    const f = facets(g);
    expect(f.types.get('Case')).toBe(2);
    expect(f.relTypes.get('INVOLVED_IN')).toBe(2);
    expect(f.agencies.get('FGJ')).toBe(6);
    const h = histogram(g, 10)!;
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect(h.counts[0]).toBe(1);
    expect(h.counts[9]).toBe(1);
    expect(histogram(emptyGraph)).toBeNull();
  });

  it("bins a membership's start and end days: a gang with no case yet has a period", () => {
    const gang = addSubgraph(emptyGraph, {
      nodes: [entity('p', { type: 'Person' }), entity('o', { type: 'Organization' })],
      edges: [
        edge('m', 'p', 'o', {
          type: 'MEMBER_OF',
          fields: [field('since', '2018-01-17', 'date'), field('until', '2020-06-30', 'date')],
        }),
      ],
    });
    const h = histogram(gang, 10)!;
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect(new Date(h.from).toISOString().slice(0, 10)).toBe('2018-01-17');
    expect(new Date(h.to - 86_400_000).toISOString().slice(0, 10)).toBe('2020-06-30');
  });

  it('labels the time axis by year over two years or more, by month under', () => {
    const utc = (d: string) => Date.parse(`${d}T00:00:00Z`);
    const long = timeTicks({ from: utc('2019-06-10'), to: utc('2023-06-02') });
    expect(long.map((t) => new Date(t.ms).toISOString().slice(0, 10))).toEqual([
      '2020-01-01',
      '2021-01-01',
      '2022-01-01',
      '2023-01-01',
    ]);
    expect(long.every((t) => t.year && t.at > 0 && t.at < 1)).toBe(true);
    expect(long[0]!.at).toBeCloseTo(
      (utc('2020-01-01') - utc('2019-06-10')) / (utc('2023-06-02') - utc('2019-06-10')),
    );
    // Fourteen months: every third month, January named as its year.
    const short = timeTicks({ from: utc('2022-11-15'), to: utc('2024-01-20') });
    expect(short.map((t) => new Date(t.ms).toISOString().slice(0, 7))).toEqual([
      '2022-12',
      '2023-03',
      '2023-06',
      '2023-09',
      '2023-12',
    ]);
    expect(short.filter((t) => t.year)).toEqual([]);
    expect(timeTicks({ from: utc('2023-03-02'), to: utc('2023-03-20') })).toEqual([]);
  });

  it("names a window's last day as the day its end leaves out, or at the end the last event's", () => {
    const h = { to: Date.parse('2023-06-02T15:00:00Z') }; // a day past the last event
    expect(new Date(lastDayIn(h.to, h)).toISOString().slice(0, 10)).toBe('2023-06-01');
    const end = Date.parse('2022-03-10T15:00:00Z');
    expect(new Date(lastDayIn(end, h)).toISOString()).toBe('2022-03-10T14:59:59.999Z');
  });
});

describe('the window an expansion keeps to', () => {
  it("is the filters' time window as ISO instants, [from, to); none without one", () => {
    expect(expandWindow(noFilters)).toBeNull();
    const from = Date.UTC(2023, 10, 1, 6);
    const to = Date.UTC(2023, 11, 1, 6);
    expect(expandWindow({ ...noFilters, time: { from, to } })).toEqual({
      from: '2023-11-01T06:00:00.000Z',
      to: '2023-12-01T06:00:00.000Z',
    });
  });
});
