import { describe, expect, it } from 'vitest';
import { byNameTypedWhole } from './service.js';

describe('the order of search hits', () => {
  const hit = (id: string, type: string, exact: boolean) => ({ id, exact, entity: { type } });

  it('puts names typed whole first and, among places so named, the borough before its namesakes', () => {
    // "Benito Juárez": Lucene ranked the colonia above the borough.
    const hits = [
      hit('addr', 'Address', false),
      hit('colonia', 'Colonia', true),
      hit('cuadrante', 'Cuadrante', true),
      hit('alcaldia', 'Alcaldia', true),
      hit('person', 'Person', true),
      hit('other', 'Person', false),
    ];
    expect(hits.sort(byNameTypedWhole).map((h) => h.id)).toEqual([
      'person',
      'alcaldia',
      'colonia',
      'cuadrante',
      'addr',
      'other',
    ]);
  });
});
