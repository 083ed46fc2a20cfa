import { describe, expect, it } from 'vitest';
import { byNameTypedWhole } from './service.js';

describe('the order of search hits', () => {
  const hit = (id: string, type: string, exact: boolean, inOrder = exact) => ({
    id,
    exact,
    inOrder,
    entity: { type },
  });

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

  it('puts a name in the order typed before the same words in another order', () => {
    // "Juan Carlos Hernández García": the namesake "Juan Carlos García Hernández" (another man,
    // another CURP) ranked first and was the one Enter picked (QA).
    const hits = [
      hit('garcia-hernandez', 'Person', true, false),
      hit('partial', 'Person', false),
      hit('hernandez-garcia', 'Person', true, true),
    ];
    expect(hits.sort(byNameTypedWhole).map((h) => h.id)).toEqual([
      'hernandez-garcia',
      'garcia-hernandez',
      'partial',
    ]);
  });

  it('puts names with the words typed together, in that order, before names with them apart', () => {
    // "juan hernandez", people ranked by their links: Juan Carlos García Hernández (better
    // connected) came before Juan Hernández Ruiz.
    const hits = [
      hit('apart', 'Person', false, false),
      hit('together', 'Person', false, true),
      hit('whole', 'Person', true, true),
    ];
    expect(hits.sort(byNameTypedWhole).map((h) => h.id)).toEqual(['whole', 'together', 'apart']);
  });
});
