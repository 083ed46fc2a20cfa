import { describe, expect, it } from 'vitest';
import { edge, entity, provenance } from './fixtures';
import { exportedEntityIds, exportedLinks } from './exporters';

describe('exportedEntityIds', () => {
  const a = entity('a');
  const b = entity('b');
  const c = entity('c');
  const ab = edge('ab', 'a', 'b');
  it('names every drawn entity for images, entity tables and JSON', () => {
    for (const kind of ['png', 'svg', 'csvNodes', 'json'] as const)
      expect(exportedEntityIds(kind, [a, b, c], [ab])).toEqual(['a', 'b', 'c']);
  });
  it('names the ends of the links for a table of links', () => {
    expect(exportedEntityIds('csvLinks', [a, b, c], [ab])).toEqual(['a', 'b']);
  });
});

describe('exportedLinks', () => {
  const ab = edge('ab', 'a', 'b');
  const hypothesis = edge('hyp:h1', 'a', 'b', {
    type: 'HYPOTHESIS',
    provenance: provenance({ source: 'TRAMA', sourceId: 'h1' }),
  });
  it('names the links and hypotheses an export holds, none in a table of entities', () => {
    for (const kind of ['png', 'svg', 'csvLinks', 'json'] as const)
      expect(exportedLinks(kind, [ab, hypothesis])).toEqual({
        linkIds: ['ab'],
        hypothesisIds: ['h1'],
      });
    expect(exportedLinks('csvNodes', [ab, hypothesis])).toEqual({
      linkIds: [],
      hypothesisIds: [],
    });
  });
});
