import { describe, expect, it } from 'vitest';
import { RANK_CANDIDATES, RANK_ROUND, rankedPage, type RankedRow } from './expand.js';
import { DEGREE_CAP } from './service.js';

/** Candidates as the page-best-connected fragment sees them: store degree ≥ visible degree. */
type Candidate = { id: string; store: number; visible: number };

/** A fake of the query's rounds over `all`, ordered as the query orders them, counting rounds. */
function rounds(all: Candidate[]) {
  const ordered = [...all].sort((a, b) => b.store - a.store || (a.id < b.id ? -1 : 1));
  const asked: [number, number, number][] = [];
  const round = async (rankFrom: number, rankTo: number, minBound: number, keep: number) => {
    asked.push([rankFrom, rankTo, minBound]);
    const slice = ordered
      .slice(rankFrom, rankTo)
      .filter((c) => c.store >= minBound)
      .map((c) => ({ ...c, visible: Math.min(c.visible, DEGREE_CAP + 1) }))
      .sort((a, b) => b.visible - a.visible || (a.id < b.id ? -1 : 1))
      .slice(0, keep);
    return slice.map((c) => ({
      centre: 'c',
      other: { properties: { id: c.id } },
      link: null,
      out: true,
      degree: c.visible,
      nextBound: ordered[rankTo]?.store ?? null,
    }));
  };
  return { round, asked };
}

/** What the page must be: every candidate ranked by visible degree (capped), then id. */
function expected(all: Candidate[], skip: number, first: number): string[] {
  return [...all]
    .map((c) => ({ ...c, visible: Math.min(c.visible, DEGREE_CAP + 1) }))
    .sort((a, b) => b.visible - a.visible || (a.id < b.id ? -1 : 1))
    .slice(skip, skip + first + 1)
    .map((c) => c.id);
}

const ids = (rows: RankedRow[]) => rows.map((r) => String(r.other.properties.id));

describe('rankedPage', () => {
  it('gives the pages of the visible-degree order, whatever the hidden links', async () => {
    // A seeded generator: the same candidates every run.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const all: Candidate[] = Array.from({ length: 700 }, (_, i) => {
      const visible = Math.floor(random() ** 3 * 1500);
      const hidden = random() < 0.3 ? Math.floor(random() * 400) : 0;
      return { id: `n${String(i).padStart(3, '0')}`, store: visible + hidden, visible };
    });
    for (const [skip, first] of [
      [0, 50],
      [50, 50],
      [600, 50],
      [0, 1],
      [690, 50],
    ] as const) {
      const { round } = rounds(all);
      expect(ids(await rankedPage(round, skip, first)), `${skip}+${first}`).toEqual(
        expected(all, skip, first),
      );
    }
  });

  it('counts one round when no candidate beyond it can reach the page', async () => {
    const all = Array.from({ length: 5 * RANK_ROUND }, (_, i) => ({
      id: `n${i}`,
      store: 1000 - i,
      visible: 1000 - i,
    }));
    const { round, asked } = rounds(all);
    await rankedPage(round, 0, 50);
    // One round of twice the page and the row after it (51), or RANK_ROUND if more.
    expect(asked).toEqual([[0, Math.max(RANK_ROUND, 2 * 51), 0]]);
  });

  it('counts on whatever could tie with the last row: every one-link caller of a hub', async () => {
    const all = Array.from({ length: 3 * RANK_ROUND }, (_, i) => ({
      id: `p${String(i).padStart(3, '0')}`,
      store: 1,
      visible: 1,
    }));
    // Listed in reverse: the store order is not the page's order.
    all.reverse();
    const { round, asked } = rounds(all);
    expect(ids(await rankedPage(round, 0, 2))).toEqual(['p000', 'p001', 'p002']);
    expect(asked).toEqual([
      [0, RANK_ROUND, 0],
      [RANK_ROUND, RANK_CANDIDATES, 1],
    ]);
  });

  it('counts, in a second round, every candidate whose hidden links could lift it onto the page', async () => {
    // Store degrees all high (hidden links), visible ones low, one honest candidate last.
    const all = [
      ...Array.from({ length: 3 * RANK_ROUND }, (_, i) => ({ id: `d${i}`, store: 50, visible: 1 })),
      { id: 'honest', store: 10, visible: 10 },
    ];
    const { round, asked } = rounds(all);
    expect(ids(await rankedPage(round, 0, 1))).toEqual(['honest', 'd0']);
    expect(asked).toEqual([
      [0, RANK_ROUND, 0],
      [RANK_ROUND, RANK_CANDIDATES, 1],
    ]);
  });
});
