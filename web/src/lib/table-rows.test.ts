import { describe, expect, it } from 'vitest';
import { toElements, type DrawOptions } from './elements';
import { noFilters, visibleIds, type Filters } from './filters';
import { edge, entity, field, provenance } from './fixtures';
import { addCounts, addSubgraph, emptyGraph, type DomainGraph } from './graph';
import { makeGroup } from './groups';
import {
  filterRows,
  lineRows,
  nodeRows,
  sortRows,
  type LineRow,
  type NodeRow,
  type TableWords,
} from './table-rows';

const opts: DrawOptions = {
  sizeBy: 'none',
  caseCounts: new Map(),
  highlight: null,
  edgeLabels: true,
  relName: (t, role) => (role ? `${t}:${role}` : t),
  countText: String,
};
const words: TableWords = {
  typeName: (t) => `<${t}>`,
  groupType: (n, samePerson) => (samePerson ? `one person of ${n}` : `group of ${n}`),
  date: (iso) => iso.slice(0, 10),
};

const g = addSubgraph(emptyGraph, {
  nodes: [
    entity('jose', {
      caption: 'José Pérez',
      provenance: provenance({ source: 'SSC', sourceId: 'persona:INT-1', reliability: 'B' }),
    }),
    entity('ana', {
      caption: 'Ana Ruiz',
      provenance: provenance({ classification: 2, compartments: ['MIN'], credibility: null }),
    }),
    entity('ph1', { type: 'Phone', caption: '55 1234 5678' }),
    entity('ph2', { type: 'Phone', caption: '55 8765 4321' }),
    entity('k', { type: 'Case', caption: 'Carpeta 10' }),
  ],
  edges: [
    edge('v', 'ana', 'k', {
      type: 'INVOLVED_IN',
      fields: [field('role', 'VICTIM'), field('occurredAt', '2024-03-12T14:05:00-06:00')],
      provenance: provenance({
        source: 'FGJ',
        sourceId: 'inv:9',
        reliability: 'A',
        credibility: 1,
      }),
    }),
    edge('u1', 'jose', 'ph1', { type: 'USES_PHONE' }),
    edge('c1', 'ph1', 'ph2', {
      type: 'CALLED',
      fields: [field('occurredAt', '2024-01-02T10:00:00-06:00')],
    }),
    edge('c2', 'ph1', 'ph2', {
      type: 'CALLED',
      fields: [field('occurredAt', '2024-05-06T10:00:00-06:00')],
      provenance: provenance({ source: 'C5', sourceId: 'llamada:2', classification: 1 }),
    }),
    edge('m', 'jose', 'k', { type: 'MEMBER_OF', fields: [field('since', '2020-01-01')] }),
  ],
});

function rows(graph: DomainGraph, filters: Filters = noFilters) {
  const visible = visibleIds(graph, filters);
  const els = toElements(graph, visible, opts);
  return {
    nodes: new Map(nodeRows(els, graph, words).map((r) => [r.id, r])),
    lines: new Map(lineRows(els, graph, visible.edges, words).map((r) => [r.id, r])),
  };
}

describe('the canvas as a table', () => {
  it('lists each drawn node with its type, record, links drawn, marking and grade', () => {
    const { nodes } = rows(g);
    expect(nodes.get('jose')).toEqual({
      id: 'jose',
      name: 'José Pérez',
      type: '<Person>',
      record: 'SSC persona:INT-1',
      links: 2,
      level: 0,
      compartments: [],
      grade: 'B2',
      text: 'jose perez <person> ssc persona:int-1 b2',
    });
    expect(nodes.get('ana')).toMatchObject({ level: 2, compartments: ['MIN'], grade: 'B?' });
    // Two calls between the phones: one line, counted as two links at each end.
    expect(nodes.get('ph1')!.links).toBe(3);
  });

  it('lists each drawn line: its ends, its name as drawn, its latest link, its marking', () => {
    const { lines } = rows(g);
    expect(lines.get('v')).toMatchObject({
      from: 'Ana Ruiz',
      type: 'INVOLVED_IN:VICTIM',
      to: 'Carpeta 10',
      date: '2024-03-12',
      record: 'FGJ inv:9',
      grade: 'A1',
    });
    // Two calls drawn as one line: its count in its name, the latest call's date and record,
    // the highest marking of the two.
    expect(lines.get('meta:ph1|ph2|CALLED')).toMatchObject({
      type: 'CALLED ×2',
      date: '2024-05-06',
      at: Date.parse('2024-05-06T10:00:00-06:00'),
      record: 'C5 llamada:2',
      level: 1,
    });
    // A membership is dated by its start; a line without a date has an empty cell.
    expect(lines.get('m')!.date).toBe('2020-01-01');
    expect(lines.get('u1')).toMatchObject({ date: '', at: null });
    expect(lines.size).toBe(4);
  });

  it('a line counts the links the API counted, not only those fetched', () => {
    const counted = addCounts(g, {
      nodes: [],
      edges: [],
      bundles: [
        {
          source: 'ph1',
          target: 'ph2',
          type: 'CALLED',
          count: 35,
          capped: false,
          firstAt: null,
          lastAt: null,
        },
      ],
    });
    const { nodes, lines } = rows(counted);
    expect(lines.get('meta:ph1|ph2|CALLED')!.type).toBe('CALLED ×35');
    expect(nodes.get('ph2')!.links).toBe(35);
  });

  it('leaves out what the filters hide, as the canvas does', () => {
    const { nodes, lines } = rows(g, { ...noFilters, hiddenTypes: ['Phone'] });
    expect([...nodes.keys()].sort()).toEqual(['ana', 'jose', 'k']);
    expect([...lines.keys()].sort()).toEqual(['m', 'v']);
    // Hidden by hand: not drawn, not listed.
    expect(rows({ ...g, hidden: new Set(['ana']) }).nodes.has('ana')).toBe(false);
  });

  it('lists a collapsed group as one row, with its members marking, and its lines', () => {
    const grouped = makeGroup(g, ['ph1', 'ph2'], null);
    const { nodes, lines } = rows(grouped);
    const group = [...nodes.values()].find((r) => r.type === 'group of 2')!;
    expect(group).toMatchObject({ record: '', grade: '', links: 1 });
    expect(nodes.has('ph1')).toBe(false);
    const toGroup = [...lines.values()].find((r) => r.to === group.name)!;
    expect(toGroup).toMatchObject({ from: 'José Pérez', type: 'USES_PHONE' });
    expect(lines.size).toBe(3); // the calls inside the group are not drawn
    // Found by a member's number (QA: a member's name found nothing), named in full.
    expect(filterRows([...nodes.values()], '8765').map((r) => r.id)).toEqual([group.id]);
    const named = rows({
      ...grouped,
      groups: new Map(
        [...grouped.groups].map(([id, gr]) => [
          id,
          { ...gr, name: 'Célula 2da Ampliación Presidentes Norte' },
        ]),
      ),
    });
    expect([...named.nodes.values()].map((r) => r.name)).toContain(
      'Célula 2da Ampliación Presidentes Norte (2)',
    );
  });

  it('filters by every word typed, in any order, accents and case aside', () => {
    const list = [...rows(g).nodes.values()];
    expect(filterRows(list, 'PEREZ jo').map((r) => r.id)).toEqual(['jose']);
    expect(filterRows(list, 'int-1').map((r) => r.id)).toEqual(['jose']);
    expect(filterRows(list, '  ')).toBe(list);
    expect(filterRows(list, 'nadie')).toEqual([]);
  });

  it('sorts words as the language does, counts and dates by value, empty cells last', () => {
    const node = (id: string, name: string, links: number, grade = ''): NodeRow => ({
      id,
      name,
      type: 't',
      record: '',
      links,
      level: 0,
      compartments: [],
      grade,
      text: '',
    });
    const list = [
      node('a', 'Calle 10', 3, 'B2'),
      node('b', 'calle 9', 12),
      node('c', 'Ángel', 3, 'A1'),
    ];
    const ids = (r: readonly { id: string }[]) => r.map((x) => x.id);
    expect(ids(sortRows(list, 'name', 'ascending', 'es-MX'))).toEqual(['c', 'b', 'a']);
    expect(ids(sortRows(list, 'name', 'descending', 'es-MX'))).toEqual(['a', 'b', 'c']);
    // Ties by name.
    expect(ids(sortRows(list, 'links', 'ascending', 'es-MX'))).toEqual(['c', 'a', 'b']);
    expect(ids(sortRows(list, 'links', 'descending', 'es-MX'))).toEqual(['b', 'c', 'a']);
    expect(ids(sortRows(list, 'grade', 'ascending', 'es-MX'))).toEqual(['c', 'a', 'b']);
    expect(ids(sortRows(list, 'grade', 'descending', 'es-MX'))).toEqual(['a', 'c', 'b']);
    const line = (id: string, at: number | null): LineRow => ({
      ...node(id, id, 0),
      from: id,
      to: '',
      date: '',
      at,
    });
    const dated = [line('x', null), line('y', 20), line('z', 10)];
    expect(ids(sortRows(dated, 'date', 'ascending', 'en'))).toEqual(['z', 'y', 'x']);
    expect(ids(sortRows(dated, 'date', 'descending', 'en'))).toEqual(['y', 'z', 'x']);
    // Markings: by level, then by compartments.
    const marked = [
      { ...node('s', 's', 0), level: 3 },
      { ...node('m', 'm', 0), level: 1, compartments: ['MIN' as const] },
      { ...node('p', 'p', 0), level: 1 },
    ];
    expect(ids(sortRows(marked, 'marking', 'ascending', 'en'))).toEqual(['p', 'm', 's']);
  });

  it('sorts and filters a few thousand rows quickly', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      entity(`p${i}`, { caption: `Persona ${(i * 7919) % 5000}` }),
    );
    const big = addSubgraph(emptyGraph, {
      nodes: many,
      edges: many.slice(1).map((e, i) => edge(`e${i}`, many[i]!.id, e.id)),
    });
    const started = performance.now();
    const { nodes, lines } = rows(big);
    const sorted = sortRows([...nodes.values()], 'name', 'descending', 'es-MX');
    sortRows([...lines.values()], 'to', 'ascending', 'es-MX');
    const hits = filterRows(sorted, 'persona 49');
    const took = performance.now() - started;
    expect(sorted[0]!.name).toBe('Persona 4999');
    expect(hits.length).toBeGreaterThan(100);
    expect(hits.every((r) => r.name.includes('49'))).toBe(true);
    expect(took).toBeLessThan(1500);
  });
});
