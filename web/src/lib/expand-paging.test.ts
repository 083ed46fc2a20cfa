import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExpandPage } from './api';
import { freshNeighbours } from './expand-paging';
import { edge, entity } from './fixtures';

// The API's expansion, over a list of neighbours of 'c' ranked best first: pages by an offset
// cursor, as the server does. Only the HTTP client is replaced; the paging logic is real.
let ranked: string[] = [];
const asked: { first: number; after: string | null }[] = [];
vi.mock('./api', () => ({
  expand: vi.fn(
    async (
      ids: string[],
      _filter: unknown,
      first: number,
      _order: unknown,
      after: string | null,
    ): Promise<ExpandPage> => {
      asked.push({ first, after });
      const from = after ? Number(after) : 0;
      const page = ranked.slice(from, from + first);
      const next = from + first < ranked.length;
      return {
        nodes: page.map((id) => entity(id)),
        edges: page.flatMap((id) => ids.map((c) => edge(`${c}-${id}`, c, id))),
        hasNextPage: next,
        endCursor: next ? String(from + first) : null,
      };
    },
  ),
}));

const names = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `n${from + i}`);

beforeEach(() => {
  asked.length = 0;
});

describe('expanding again', () => {
  it('brings the next neighbours past those drawn, never more than asked', async () => {
    ranked = names(130);
    const drawn = new Set(['c', ...names(50)]);
    const r = await freshNeighbours(drawn, ['c'], {}, 50, 'MOST_CONNECTED');
    expect(r.fresh).toEqual(names(50, 50));
    expect(r.exhausted).toBe(false);
    // The first page was all drawn; the second asked for as many more as were met.
    expect(asked).toEqual([
      { first: 50, after: null },
      { first: 100, after: '50' },
    ]);
    // The drawn neighbours read come too (their lines may be new), the dropped ones do not.
    expect(r.found.nodes).toHaveLength(100);
    expect(r.found.edges.every((e) => !names(30, 100).includes(e.target))).toBe(true);
  });

  it('says when every neighbour is drawn, and when it gave up before the end', async () => {
    ranked = names(30);
    const all = await freshNeighbours(new Set(names(30)), ['c'], {}, 50, 'ANY');
    expect(all).toMatchObject({ fresh: [], read: 30, exhausted: true });
    ranked = names(20_000);
    asked.length = 0;
    const deep = await freshNeighbours(new Set(names(20_000)), ['c'], {}, 50, 'ANY');
    expect(deep.exhausted).toBe(false);
    expect(asked).toHaveLength(20);
    expect(Math.max(...asked.map((a) => a.first))).toBe(500);
  });

  it("counts a neighbour shared by a group's members once", async () => {
    ranked = ['x', 'x', 'y'];
    const r = await freshNeighbours(new Set(), ['m1', 'm2'], {}, 2, 'ANY');
    expect(r.fresh).toEqual(['x', 'y']);
  });
});
