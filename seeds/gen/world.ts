// Everything the scenario generators share: the population, places, record keepers, the
// offender sampler, businesses and the vehicle register.

import type { Ctx } from './context.js';
import { Justice } from './justice.js';
import { Places, type Address } from './places.js';
import { ageAt, Population, REF_DAY, type Person } from './population.js';
import { Records } from './records.js';
import { GroupSampler, Sampler } from './sampler.js';

export interface Business {
  name: string;
  owner: Person;
  address: Address;
}

export interface Vehicle {
  placa: string;
  marca: string;
  submarca: string;
  color: string;
  owner: Person;
}

export interface World {
  ctx: Ctx;
  pop: Population;
  places: Places;
  records: Records;
  justice: Justice;
  businesses: Business[];
  vehicles: Map<number, Vehicle[]>; // by owner truth id
  offenders: GroupSampler<Person>;
  adults: Sampler<Person>;
  teens: Person[];
}

export function buildWorld(ctx: Ctx): World {
  const rng = ctx.rng.fork('population');
  const places = new Places(ctx.geo);
  const pop = new Population(rng, places);
  // About 250 real people per 1000 target nodes: each yields 1.3 agency records on average.
  const households = ctx.count(85, 40);
  for (let i = 0; i < households; i++) pop.household();
  const records = new Records(ctx);
  const justice = new Justice(ctx, pop, records);
  const active = pop.people.filter((p) => p.activity > 0);
  const grown = pop.people.filter((p) => ageAt(p, REF_DAY) >= 18);
  return {
    ctx,
    pop,
    places,
    records,
    justice,
    businesses: [],
    vehicles: new Map(),
    offenders: new GroupSampler(
      active,
      (p) => p.home.alcaldia.code,
      (p) => p.activity,
    ),
    adults: new Sampler(grown, () => 1),
    teens: pop.people.filter((p) => {
      const a = ageAt(p, REF_DAY);
      return a >= 12 && a < 18;
    }),
  };
}

/** Rebuilds the offender sampler after organisations raised their members' activity. */
export function refreshOffenders(w: World): void {
  const active = w.pop.people.filter((p) => p.activity > 0);
  w.offenders = new GroupSampler(
    active,
    (p) => p.home.alcaldia.code,
    (p) => p.activity,
  );
}
