// When things happen: days weighted by season, weekday and the 2020 lockdown, and hours by the
// crime's profile (night, evening, office hours…), so CompStat views show believable patterns.

import type { Rng } from '../lib/prng.js';
import { dayOf, weekday, ymdOf } from '../lib/dates.js';
import { HOURS, SEASON, type Crime, type Profile } from './crimes.js';
import { DAYS, FIRST_DAY } from './context.js';

const LOCKDOWN_FROM = dayOf(2020, 4, 1);
const LOCKDOWN_TO = dayOf(2020, 6, 30);

export interface Moment {
  day: number;
  minute: number; // minute of the day
}

function dayWeight(day: number, weekend: number, gv: boolean): number {
  const [, m] = ymdOf(day);
  let w = (gv ? SEASON.gv : SEASON.default)[m - 1] ?? 1;
  if (weekday(day) >= 5) w *= weekend;
  if (day >= LOCKDOWN_FROM && day <= LOCKDOWN_TO) w *= gv ? 1.15 : 0.6; // fewer people outdoors
  return w;
}

/** A day in [from, to], accepted in proportion to its weight (rejection sampling). */
export function pickDay(
  rng: Rng,
  weekend = 1,
  gv = false,
  from = FIRST_DAY,
  to = FIRST_DAY + DAYS - 1,
): number {
  const max = 1.25 * Math.max(1, weekend) * 1.2;
  for (;;) {
    const d = from + rng.int(to - from + 1);
    if (rng.next() * max < dayWeight(d, weekend, gv)) return d;
  }
}

const CUMULATIVE: Record<Profile, number[]> = Object.fromEntries(
  Object.entries(HOURS).map(([k, ws]) => {
    let t = 0;
    return [k, ws.map((w) => (t += w))];
  }),
) as Record<Profile, number[]>;

export function pickMinute(rng: Rng, profile: Profile): number {
  const cum = CUMULATIVE[profile];
  const x = rng.next() * (cum[23] ?? 1);
  let h = 0;
  while ((cum[h] ?? Infinity) < x) h++;
  return h * 60 + rng.int(60);
}

export function crimeMoment(rng: Rng, c: Crime, from?: number, to?: number): Moment {
  return {
    day: pickDay(rng, c.weekend, c.gv === true, from, to),
    minute: pickMinute(rng, c.profile),
  };
}

/** A moment `minutes` later (may roll over to the next day). */
export function later(m: Moment, minutes: number): Moment {
  const t = m.minute + minutes;
  return { day: m.day + Math.floor(t / 1440), minute: ((t % 1440) + 1440) % 1440 };
}
