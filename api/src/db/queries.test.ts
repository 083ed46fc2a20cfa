import { describe, expect, it } from 'vitest';
import { loadQuery, renderQuery } from './queries.js';

describe('query files', () => {
  it('include shared fragments word for word, without their comments', () => {
    const fragment = loadQuery('explore/fragments/visible-link')
      .split('\n')
      .filter((l) => !l.startsWith('//'))
      .join('\n')
      .trim();
    expect(fragment).toMatch(/^coalesce\(r\.classification, 0\) <= \$clearance/);
    for (const name of [
      'explore/expand',
      'explore/expand-preview',
      'explore/expand-preview-branch',
    ]) {
      const text = loadQuery(name);
      expect(text, name).toContain(`(${fragment})`);
      expect(text, name).not.toMatch(/\{\{>/);
    }
  });

  it('sends a query without its comment lines', () => {
    const text = loadQuery('explore/expand');
    expect(text.split('\n').filter((l) => l.trimStart().startsWith('//'))).toEqual([]);
    expect(text).toMatch(/^UNWIND \$ids AS id/);
  });

  it('refuses a placeholder with no value', () => {
    expect(() => renderQuery('explore/expand', { LEFT: '-', REL: 'r' })).toThrow(
      /no value for \{\{RIGHT\}\}/,
    );
  });
});
