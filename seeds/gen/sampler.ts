// Weighted sampling over large arrays (binary search on cumulative weights), used to draw
// offenders by activity so that a few repeat offenders commit a large share of crime.

import type { Rng } from '../lib/prng.js';

export class Sampler<T> {
  private readonly cum: number[] = [];
  private total = 0;

  constructor(
    readonly items: T[],
    weight: (t: T) => number,
  ) {
    for (const it of items) this.cum.push((this.total += weight(it)));
  }

  get size(): number {
    return this.items.length;
  }

  pick(rng: Rng): T | undefined {
    if (this.items.length === 0) return undefined;
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cum[mid] ?? 0) <= x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo];
  }
}

/** Samplers keyed by a group (alcaldía), with a global fallback. */
export class GroupSampler<T> {
  private readonly groups = new Map<string, Sampler<T>>();
  readonly all: Sampler<T>;

  constructor(items: T[], group: (t: T) => string, weight: (t: T) => number) {
    this.all = new Sampler(items, weight);
    const by = new Map<string, T[]>();
    for (const it of items) {
      const g = group(it);
      const list = by.get(g);
      if (list) list.push(it);
      else by.set(g, [it]);
    }
    for (const [g, list] of by) this.groups.set(g, new Sampler(list, weight));
  }

  /** From the group with probability `local`, otherwise from everyone. */
  pick(rng: Rng, group: string, local: number): T | undefined {
    const s = this.groups.get(group);
    if (s && rng.chance(local)) return s.pick(rng);
    return this.all.pick(rng);
  }
}
