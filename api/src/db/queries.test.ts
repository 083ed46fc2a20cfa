import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
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

  it('shows and marks a list of guards by one text wherever it is asked', () => {
    const guarded = [
      'audit/known-ids',
      'audit/search',
      'explore/records',
      'hypotheses/duplicate',
      'hypotheses/ends',
      'hypotheses/evidence-check',
      'hypotheses/get',
      'hypotheses/list',
      'hypotheses/lock',
      'hypotheses/propose',
    ];
    const marked = [
      'audit/known-ids',
      'hypotheses/evidence-check',
      'hypotheses/lock',
      'hypotheses/propose',
    ];
    const guards = (f: string) => `(${loadQuery(`fragments/guards-${f}`)})`;
    const [visible, level, compartments] = [
      guards('visible'),
      guards('level'),
      guards('compartments'),
    ];
    expect(visible).toMatch(
      /^\(all\(g IN guards WHERE coalesce\(g\.classification, 0\) <= \$clearance/,
    );
    for (const name of guarded) expect(loadQuery(name), name).toContain(visible);
    for (const name of marked) {
      expect(loadQuery(name), name).toContain(level);
      expect(loadQuery(name), name).toContain(compartments);
    }
    // No query writes its own test of a list, or its own highest level, beside the fragments'.
    const dir = path.join(repoRoot, 'cypher', 'queries');
    const names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.cypher') && !f.startsWith('fragments/'))
      .map((f) => f.replace(/\.cypher$/, ''));
    expect(names).toContain('hypotheses/get');
    for (const name of names) {
      const rest = [visible, level, compartments].reduce(
        (text, fragment) => text.split(fragment).join(''),
        loadQuery(name),
      );
      expect(rest, name).not.toMatch(/all\(\w+ IN \[|classification, 0\) >/);
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
