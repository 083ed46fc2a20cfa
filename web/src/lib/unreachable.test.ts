import { describe, expect, it } from 'vitest';
import { unreachableSummary } from './unreachable';

describe('what a connecting network could not join', () => {
  it('names an entity apart from all the others once, not in each of its pairs', () => {
    const ids = ['a', 'b', 'c', 'm'];
    expect(
      unreachableSummary(ids, [
        ['a', 'm'],
        ['b', 'm'],
        ['m', 'c'],
      ]),
    ).toEqual({ alone: ['m'], pairs: [] });
  });
  it('says the pair, not each of two, when the two chosen are apart', () => {
    expect(unreachableSummary(['a', 'b'], [['a', 'b']])).toEqual({
      alone: [],
      pairs: [['a', 'b']],
    });
  });
  it('lists the pairs apart when no entity is apart from all', () => {
    expect(
      unreachableSummary(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'c'],
          ['b', 'd'],
        ],
      ),
    ).toEqual({
      alone: [],
      pairs: [
        ['a', 'c'],
        ['b', 'd'],
      ],
    });
  });
});
