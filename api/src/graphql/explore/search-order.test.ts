import { describe, expect, it } from 'vitest';
import { editsWithin, matchLevels } from './search-query.js';
import { searchOrder, type Ranked } from './service.js';

describe('the order of search hits', () => {
  let rank = 0;
  const hit = (
    id: string,
    type: string,
    exact: boolean,
    match = 3,
    length = 2,
    levels = '3',
  ): Ranked => ({ exact, match, length, levels, rank: rank++, entity: { id, type } });
  const order = (hits: Ranked[]) => hits.sort(searchOrder).map((h) => h.entity.id);

  it('puts names typed whole first and, among places so named, the borough before its namesakes', () => {
    // "Benito Juárez": Lucene ranked the colonia above the borough.
    expect(
      order([
        hit('addr', 'Address', false),
        hit('colonia', 'Colonia', true),
        hit('cuadrante', 'Cuadrante', true),
        hit('alcaldia', 'Alcaldia', true),
        hit('person', 'Person', true),
        hit('other', 'Person', false),
      ]),
    ).toEqual(['person', 'alcaldia', 'colonia', 'cuadrante', 'addr', 'other']);
  });

  it("then by how well the name matches, the shorter name, how each word matched, Lucene's order", () => {
    expect(
      order([
        hit('b', 'Person', false, 5, 3, '32'),
        hit('a', 'Person', false, 5, 3, '32'),
        hit('other', 'Person', false, 5, 3, '23'),
        hit('short', 'Person', false, 5, 2, '23'),
        hit('typo', 'Person', false, 2, 2, '11'),
        hit('best', 'Person', false, 6, 4, '33'),
      ]),
    ).toEqual(['best', 'short', 'b', 'a', 'other', 'typo']);
  });
});

describe('how well a name matches, from the name alone', () => {
  it('counts each word typed: exact 3, prefix 2, a forgiven typo 1', () => {
    const m = (text: string, names: string[], loose = false) =>
      matchLevels(text, names, loose).join('');
    expect(m('juan perez', ['Juan Pérez López'])).toBe('33');
    expect(m('jua perez', ['Juan Pérez López'])).toBe('23');
    expect(m('juan peres', ['Juan Pérez López'])).toBe('31');
    expect(m('juan zzzzz', ['Juan Pérez López'])).toBe('30');
    // An alias counts as a name; a word of the name answers one word typed.
    expect(m('el zurdo', ['Zacarías Ñuñez', 'El Zurdo'])).toBe('33');
    expect(m('maria hernandez hernandez', ['María Fernández Hernández'])).toBe('331');
    expect(m('maria hernandez hernandez', ['María Hernández Hernández Ortiz'])).toBe('333');
    // Four letters: no typo forgiven, unless the search was retried loose.
    expect(m('jaun', ['Juan Pérez'])).toBe('0');
    expect(m('jaun', ['Juan Pérez'], true)).toBe('1');
  });

  it('measures typos as Lucene does: a swap of two letters is one', () => {
    expect(editsWithin('hernandes', 'hernandez', 1)).toBe(1);
    expect(editsWithin('jaun', 'juan', 1)).toBe(1);
    expect(editsWithin('fernandez', 'hernandez', 1)).toBe(1);
    expect(editsWithin('gonzalez', 'gutierrez', 2)).toBe(3);
    expect(editsWithin('maria', 'maria', 0)).toBe(0);
  });
});
