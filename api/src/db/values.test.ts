import neo4j, { Date as Neo4jDate, DateTime } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { dateString, dateTimeString, toPlain } from './values.js';

describe('temporal strings', () => {
  it('match the driver’s own ISO form, offsets, zones and nanoseconds included', () => {
    let seed = 7;
    const next = (m: number): number => (seed = (seed * 48271) % 2147483647) % m;
    for (let i = 0; i < 2000; i++) {
      const parts = [1 + next(9999), 1 + next(12), 1 + next(28), next(24), next(60), next(60)];
      const nanos = i % 3 === 0 ? 0 : next(1_000_000_000);
      const offset = i % 4 === 0 ? 0 : (next(2) ? 1 : -1) * next(18 * 3600);
      const [y, mo, d, h, mi, s] = parts as [number, number, number, number, number, number];
      const int = neo4j.int;
      // As decoded from Bolt (Integers), and as built from JavaScript numbers.
      const dt =
        i % 5 === 0
          ? new DateTime(y, mo, d, h, mi, s, nanos, undefined, 'America/Mexico_City')
          : new DateTime(int(y), int(mo), int(d), int(h), int(mi), int(s), int(nanos), int(offset));
      expect(dateTimeString(dt)).toBe(dt.toString());
      const date = i % 2 === 0 ? new Neo4jDate(y, mo, d) : new Neo4jDate(int(y), int(mo), int(d));
      expect(dateString(date)).toBe(date.toString());
    }
    const far = new DateTime(12345, 1, 2, 3, 4, 5, 0, 0);
    expect(dateTimeString(far)).toBe(far.toString());
  });

  it('toPlain turns temporals, integers, points and nested values into JSON values', () => {
    expect(
      toPlain({
        at: new DateTime(2024, 3, 5, 22, 10, 0, 0, -21600),
        n: neo4j.int(3),
        tags: ['a', neo4j.int(1)],
        ok: true,
        none: null,
      }),
    ).toEqual({ at: '2024-03-05T22:10:00-06:00', n: 3, tags: ['a', 1], ok: true, none: null });
  });
});
