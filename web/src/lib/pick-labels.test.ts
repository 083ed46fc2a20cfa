import { describe, expect, it } from 'vitest';
import type { Entity } from './api';
import { endNames, namesakeIds, pickLabels } from './pick-labels';

const e = (id: string, caption: string, type = 'Person', source = 'FGJ', sourceId = id) =>
  ({ id, caption, type, provenance: { source, sourceId } }) as Entity;

describe('picker labels', () => {
  it('tells apart entities that share a name, and leaves the others as they are', () => {
    const labels = pickLabels(
      [
        e('a', 'Juan Ruiz', 'Person', 'FGJ', 'persona:1'),
        e('b', 'Juan Ruiz', 'Person', 'SSC', 'det:9'),
        e('c', 'Juan Ruiz', 'Organization', '', ''),
        e('d', 'Ana Soto'),
        e('f', 'Jorge López Acosta', 'Person', 'SSC', 'det:1'),
        e('g', 'Jorge Lopez Acosta', 'Person', 'FGJ', 'persona:2'),
      ],
      (t) => (t === 'Person' ? 'Persona' : 'Organización'),
    );
    expect([...labels.values()]).toEqual([
      'Juan Ruiz (Persona · FGJ persona:1)',
      'Juan Ruiz (Persona · SSC det:9)',
      'Juan Ruiz (Organización · c)',
      'Ana Soto',
      'Jorge López Acosta (Persona · SSC det:1)',
      'Jorge Lopez Acosta (Persona · FGJ persona:2)',
    ]);
  });
  it('leaves the kind out where a list already groups by it', () => {
    const labels = pickLabels(
      [e('a', 'Célula Centro', 'Organization', 'SSC', 'org:1'), e('b', 'Célula Centro')],
      () => '',
    );
    expect([...labels.values()]).toEqual(['Célula Centro (SSC org:1)', 'Célula Centro (FGJ b)']);
  });
});

describe("a link's two ends", () => {
  const names = new Map<string, { caption: string; type: string; record?: string }>([
    ['a', { caption: 'Alberto Vega Silva', type: 'Person', record: 'PEN visitante:V0000228' }],
    ['b', { caption: 'ALBERTO VEGA SILVA', type: 'Person', record: 'SSC persona:INT-000306' }],
    ['c', { caption: 'Carlos Torres', type: 'Person', record: 'FGJ persona:1' }],
  ]);

  it('names each with its record when both read alike (two records of one person)', () => {
    expect(endNames(names, 'a', 'b')).toEqual([
      'Alberto Vega Silva (PEN visitante:V0000228)',
      'ALBERTO VEGA SILVA (SSC persona:INT-000306)',
    ]);
  });

  it('names them plainly otherwise, and by id when the name is not known', () => {
    expect(endNames(names, 'a', 'c')).toEqual(['Alberto Vega Silva', 'Carlos Torres']);
    expect(endNames(names, 'a', 'x')).toEqual(['Alberto Vega Silva', 'x']);
  });

  it('names an end with its record when another end of the list bears its name', () => {
    const listed = namesakeIds(names, ['a', 'c', 'b', 'c', 'x']);
    expect([...listed].sort()).toEqual(['a', 'b']);
    expect(endNames(names, 'a', 'c', { namesakes: listed })).toEqual([
      'Alberto Vega Silva (PEN visitante:V0000228)',
      'Carlos Torres',
    ]);
    expect(endNames(names, 'c', 'x', { namesakes: listed })).toEqual(['Carlos Torres', 'x']);
  });

  it('names each with its record always where a decision is taken', () => {
    expect(endNames(names, 'a', 'c', { always: true })).toEqual([
      'Alberto Vega Silva (PEN visitante:V0000228)',
      'Carlos Torres (FGJ persona:1)',
    ]);
  });
});
