import { describe, expect, it } from 'vitest';
import { entity } from './fixtures';
import { formatCount } from './format';
import { filtersFor, menuPlace, previewRows } from './preview';
import { flatHits, groupHits, lookAlikes, markParts } from './search-results';

describe('search results', () => {
  it('groups hits by type in the order of each type’s best hit', () => {
    const hit = (id: string, type: string) => ({
      entity: entity(id, { type }),
      score: 1,
      matched: null,
      clues: [],
    });
    const groups = groupHits([hit('p1', 'Person'), hit('v', 'Vehicle'), hit('p2', 'Person')]);
    expect(groups.map((g) => [g.type, g.hits.map((h) => h.entity.id)])).toEqual([
      ['Person', ['p1', 'p2']],
      ['Vehicle', ['v']],
    ]);
    expect(flatHits(groups).map((h) => h.entity.id)).toEqual(['p1', 'p2', 'v']);
  });

  it('finds hits that look alike, to tell them apart by their record', () => {
    const hit = (id: string, type: string, caption: string) => ({
      entity: entity(id, { type, caption }),
      score: 1,
      matched: null,
      clues: [],
    });
    const twins = lookAlikes([
      hit('c2', 'Organization', 'Célula Centro'),
      hit('c4', 'Organization', 'CÉLULA CENTRO'),
      hit('p', 'Person', 'Célula Centro'),
      hit('x', 'Organization', 'Célula Norte'),
      // The same name written with and without accents (two agencies' records).
      hit('j1', 'Person', 'Jorge López Acosta'),
      hit('j2', 'Person', 'Jorge Lopez  Acosta'),
    ]);
    expect([...twins].sort()).toEqual(['c2', 'c4', 'j1', 'j2']);
  });

  it('splits the matched text into marked ranges, tolerating overlaps and bad ranges', () => {
    expect(
      markParts('El Zurdo', [
        [0, 2],
        [3, 8],
      ]),
    ).toEqual([
      { text: 'El', mark: true },
      { text: ' ', mark: false },
      { text: 'Zurdo', mark: true },
    ]);
    expect(
      markParts('abcdef', [
        [4, 99],
        [1, 3],
        [2, 4],
        [5, 5],
      ]),
    ).toEqual([
      { text: 'a', mark: false },
      { text: 'bcdef', mark: true },
    ]);
    expect(markParts('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });
});

describe('expand preview', () => {
  it('adds up the links of each direction and agency per link type × neighbour type, ordered by neighbours', () => {
    const rows = previewRows([
      {
        relType: 'INVOLVED_IN',
        direction: 'OUT',
        neighborType: 'Case',
        agency: 'FGJ',
        count: 200,
        neighbors: 200,
        capped: false,
      },
      {
        relType: 'INVOLVED_IN',
        direction: 'OUT',
        neighborType: 'Case',
        agency: 'SSC',
        count: 40,
        neighbors: 200,
        capped: true,
      },
      {
        relType: 'ASSOCIATE_OF',
        direction: 'IN',
        neighborType: 'Person',
        agency: 'SSC',
        count: 12,
        neighbors: 12,
        capped: false,
      },
      // 406 calls both ways with 4 phones: fewer neighbours than the associates, listed after.
      {
        relType: 'CALLED',
        direction: 'OUT',
        neighborType: 'Phone',
        agency: 'FGJ',
        count: 400,
        neighbors: 4,
        capped: false,
      },
      {
        relType: 'CALLED',
        direction: 'IN',
        neighborType: 'Phone',
        agency: 'FGJ',
        count: 6,
        neighbors: 4,
        capped: false,
      },
    ]);
    expect(rows).toEqual([
      {
        key: 'INVOLVED_IN|Case',
        relType: 'INVOLVED_IN',
        neighborType: 'Case',
        count: 240,
        neighbors: 200,
        capped: true,
      },
      {
        key: 'ASSOCIATE_OF|Person',
        relType: 'ASSOCIATE_OF',
        neighborType: 'Person',
        count: 12,
        neighbors: 12,
        capped: false,
      },
      {
        key: 'CALLED|Phone',
        relType: 'CALLED',
        neighborType: 'Phone',
        count: 406,
        neighbors: 4,
        capped: false,
      },
    ]);
    expect(filtersFor(rows)).toEqual([
      { relTypes: ['INVOLVED_IN'], neighborTypes: ['Case'] },
      { relTypes: ['ASSOCIATE_OF'], neighborTypes: ['Person'] },
      { relTypes: ['CALLED'], neighborTypes: ['Phone'] },
    ]);
  });

  it('formats counts compactly when large and marks lower bounds', () => {
    expect(formatCount(240, false, 'es-MX')).toBe('240');
    expect(formatCount(10000, true, 'en')).toBe('10K+');
  });
});

describe('the node menu', () => {
  const view = { width: 1440, height: 900 };
  it('stays whole in the window however tall it grows, beside the node', () => {
    // A 20-node selection's preview: 736 px tall, opened at y = 440 (QA, session 27).
    const tall = menuPlace({ x: 500, y: 440 }, { width: 386, height: 736 }, view, 1060);
    expect(tall.top + 736).toBeLessThanOrEqual(900);
    expect(tall.left).toBe(536);
    // A short one stays where it was opened.
    expect(menuPlace({ x: 500, y: 440 }, { width: 386, height: 300 }, view, 1060).top).toBe(440);
  });

  it('goes to the left of a node near the side panel, and never off the window', () => {
    expect(menuPlace({ x: 900, y: 100 }, { width: 386, height: 300 }, view, 1060).left).toBe(478);
    expect(menuPlace({ x: 20, y: 100 }, { width: 386, height: 300 }, view, 200).left).toBe(8);
    expect(menuPlace({ x: 500, y: 880 }, { width: 386, height: 2000 }, view).top).toBe(8);
  });
});
