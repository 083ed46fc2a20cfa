import { describe, expect, it } from 'vitest';
import { edge, entity } from './fixtures';
import { exportedEntityIds } from './exporters';

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
