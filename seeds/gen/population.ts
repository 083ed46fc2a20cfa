// The real people of the simulated city (ground truth). Agencies never see these objects
// directly: they see records rendered from them with noise (render.ts). Households give
// families shared surnames, a shared address and FAMILY_OF truths.

import type { Rng } from '../lib/prng.js';
import { buildCurp } from '../lib/curp.js';
import { buildPersonRfc } from '../lib/rfc.js';
import { dayOf, isoDate } from '../lib/dates.js';
import {
  BIRTH_STATES,
  FEMALE_GIVEN,
  MALE_GIVEN,
  SURNAMES,
  ALIASES,
  femaleAlias,
  zipf,
} from './names.js';
import type { Address, Places } from './places.js';

export interface Person {
  tid: number;
  sex: 'H' | 'M';
  given: string;
  pat: string;
  mat: string;
  birth: number; // day number
  state: string;
  curp: string;
  rfc: string;
  alias: string | null;
  phone: string | null;
  home: Address;
  household: Household;
  /** Offending propensity; 0 for the law-abiding majority. */
  activity: number;
  /** Organisation index and role when a member. */
  org?: { index: number; cell: number; role: string };
  /** Record ids already issued by registry-style sources (FGJ persona, PEN interno, …). */
  rec: Record<string, string>;
}

export interface Household {
  index: number;
  home: Address;
  members: Person[];
  parents: Person[];
}

/** Mid-window reference for ages: 2022-01-01. */
export const REF_DAY = dayOf(2022, 1, 1);
export const ageAt = (p: Person, day: number): number => Math.floor((day - p.birth) / 365.25);

export class Population {
  readonly people: Person[] = [];
  readonly households: Household[] = [];
  private readonly phones = new Set<string>();
  private readonly curps = new Set<string>();

  constructor(
    private readonly rng: Rng,
    private readonly places: Places,
  ) {}

  /** A fresh, unused Mexico City mobile number (55 or 56 + 8 digits). */
  newPhone(): string {
    for (;;) {
      const n = (this.rng.chance(0.8) ? '55' : '56') + String(this.rng.int(1e8)).padStart(8, '0');
      if (!this.phones.has(n)) {
        this.phones.add(n);
        return n;
      }
    }
  }

  private person(hh: Household, sex: 'H' | 'M', birth: number, pat: string, mat: string): Person {
    const rng = this.rng;
    const given = zipf(rng, sex === 'H' ? MALE_GIVEN : FEMALE_GIVEN, 4);
    const state = rng.weighted(BIRTH_STATES);
    const iso = isoDate(birth);
    const names = { givenNames: given, paternal: pat, maternal: mat };
    let curp = buildCurp({ ...names, birthDate: iso, sex, state });
    for (let h = 1; this.curps.has(curp); h++) {
      curp = buildCurp({ ...names, birthDate: iso, sex, state, homonym: h }); // RENAPO's homonyms
    }
    this.curps.add(curp);
    const age = Math.floor((REF_DAY - birth) / 365.25);
    const p: Person = {
      tid: this.people.length + 1,
      sex,
      given,
      pat,
      mat,
      birth,
      state,
      curp,
      rfc: buildPersonRfc({ ...names, birthDate: iso }),
      alias: null,
      phone: age >= 12 && rng.chance(age >= 18 ? 0.85 : 0.5) ? this.newPhone() : null,
      home: hh.home,
      household: hh,
      activity: 0,
      rec: {},
    };
    const propensity = sex === 'H' ? 0.07 : 0.015;
    if (age >= 14 && age <= 55 && rng.chance(propensity)) {
      p.activity = rng.pareto(1.3, 40);
      if (rng.chance(0.6)) p.alias = sex === 'H' ? rng.pick(ALIASES) : femaleAlias(rng);
    }
    this.people.push(p);
    hh.members.push(p);
    return p;
  }

  private birthForAge(minAge: number, maxAge: number): number {
    return REF_DAY - Math.floor((minAge + this.rng.next() * (maxAge - minAge)) * 365.25);
  }

  /** One household: a couple or a single adult, with children carrying both parents' surnames. */
  household(home?: Address): Household {
    const rng = this.rng;
    const hh: Household = {
      index: this.households.length,
      home: home ?? this.places.address(rng, 'population'),
      members: [],
      parents: [],
    };
    this.households.push(hh);
    const size = rng.weighted([
      [1, 15],
      [2, 22],
      [3, 23],
      [4, 22],
      [5, 12],
      [6, 6],
    ] as const);
    const headAge = 20 + rng.next() * 55;
    const couple = size >= 2 && rng.chance(0.75);
    const headSex: 'H' | 'M' = couple ? 'H' : rng.chance(0.55) ? 'M' : 'H';
    const sn = (): string => zipf(rng, SURNAMES, 2);
    const head = this.person(hh, headSex, this.birthForAge(headAge, headAge + 1), sn(), sn());
    hh.parents.push(head);
    let mother = headSex === 'M' ? head : undefined;
    if (couple) {
      const age = Math.max(18, headAge + rng.normal() * 4);
      mother = this.person(hh, 'M', this.birthForAge(age, age + 1), sn(), sn());
      hh.parents.push(mother);
    }
    const father = headSex === 'H' ? head : undefined;
    const children = size - (couple ? 2 : 1);
    for (let i = 0; i < children; i++) {
      const parentAge = mother ? (REF_DAY - mother.birth) / 365.25 : headAge;
      const maxAge = Math.max(0.5, parentAge - 17);
      const age = rng.next() * Math.min(maxAge, 35);
      const pat = father ? father.pat : (mother?.pat ?? head.pat);
      const mat = father && mother ? mother.pat : (mother?.mat ?? head.mat);
      this.person(hh, rng.chance(0.5) ? 'H' : 'M', this.birthForAge(age, age + 0.01), pat, mat);
    }
    return hh;
  }

  /** Everyone in the household except p, with the Spanish kinship term from p's view. */
  kin(p: Person): { person: Person; kind: string }[] {
    const parents = p.household.parents;
    return p.household.members
      .filter((o) => o !== p)
      .map((o) => {
        const f = o.sex === 'M';
        let kind: string;
        if (parents.includes(p) && parents.includes(o)) kind = f ? 'ESPOSA' : 'ESPOSO';
        else if (parents.includes(o)) kind = f ? 'MADRE' : 'PADRE';
        else if (parents.includes(p)) kind = f ? 'HIJA' : 'HIJO';
        else kind = f ? 'HERMANA' : 'HERMANO';
        return { person: o, kind };
      });
  }
}
