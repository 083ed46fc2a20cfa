// Background crime: carpetas drawn from the crime mix, with victims, known suspects (mostly
// repeat offenders near home), witnesses, arrests in flagrante, pre-trial custody and the 911
// calls that preceded them. Plants repeat victimisation of persons, households and businesses.

import type { Rng } from '../lib/prng.js';
import { CRIMES, type Crime } from './crimes.js';
import { LAST_DAY } from './context.js';
import type { Role } from './justice.js';
import type { Address } from './places.js';
import { ageAt, type Person } from './population.js';
import { crimeMoment, later, type Moment } from './time.js';
import type { Business, World } from './world.js';
import { plateFor } from './vehicles.js';
import { custody, visit } from './prison.js';

const REPEATABLE = new Set([
  'ROBO A NEGOCIO SIN VIOLENCIA',
  'ROBO A NEGOCIO CON VIOLENCIA',
  'EXTORSIÓN',
  'ROBO A CASA HABITACIÓN SIN VIOLENCIA',
  'ROBO A TRANSEÚNTE EN VÍA PÚBLICA CON VIOLENCIA',
  'FRAUDE',
  'ROBO DE ACCESORIOS DE AUTO',
  'AMENAZAS',
]);
const BUSINESS_KINDS = [
  'ABARROTES',
  'TORTILLERÍA',
  'FARMACIA',
  'ESTÉTICA',
  'TALLER MECÁNICO',
  'PAPELERÍA',
  'CARNICERÍA',
  'FERRETERÍA',
  'TIENDA DE CELULARES',
  'RECAUDERÍA',
];

export function makeBusinesses(w: World, n: number): void {
  const rng = w.ctx.rng;
  for (let i = 0; i < n; i++) {
    const owner = w.adults.pick(rng);
    if (!owner) return;
    const name =
      `${rng.pick(BUSINESS_KINDS)} ${rng.chance(0.5) ? (owner.alias ?? owner.given.split(' ')[0] ?? '') : rng.pick(['LA ESPERANZA', 'SAN JUAN', 'EL GÜERO', 'DEL CARMEN', 'LA PROVIDENCIA', 'LUPITA', 'EL ÁGUILA'])}`.trim();
    w.businesses.push({ name, owner, address: w.places.near(rng, owner.home, 800) });
  }
}

function pickCrime(rng: Rng): Crime {
  return rng.weighted(
    CRIMES.filter((c) => c.gv !== true || c.name === 'VIOLENCIA FAMILIAR').map(
      (c) => [c, c.share] as const,
    ),
  );
}

export interface Target {
  victim: Person;
  place: Address;
  business?: Business | undefined;
  /** Known suspects chosen by a planted scenario (an organisation's members). */
  suspects?: Person[];
  /** Witnesses chosen by the scenario (children in a violent household). */
  witnesses?: Person[];
}

function target(w: World, c: Crime): Target {
  const rng = w.ctx.rng;
  if (c.place === 'business' && w.businesses.length > 0) {
    const b = rng.pick(w.businesses);
    return { victim: b.owner, place: b.address, business: b };
  }
  const victim =
    rng.chance(0.08) && w.teens.length > 0 ? rng.pick(w.teens) : (w.adults.pick(rng) as Person);
  if (c.place === 'home' || c.place === 'remote') return { victim, place: victim.home };
  const place = rng.chance(0.5)
    ? w.places.near(rng, victim.home, 1500)
    : w.places.address(rng, 'crime');
  return { victim, place };
}

/** Everyone involved, by FGJ role; returns the suspects too (for arrests). */
function cast(
  w: World,
  c: Crime,
  t: Target,
  day: number,
): { people: { person: Person; role: Role }[]; suspects: Person[] } {
  const rng = w.ctx.rng;
  const people: { person: Person; role: Role }[] = [{ person: t.victim, role: 'VICTIMA' }];
  const suspects: Person[] = [];
  if (t.suspects) {
    suspects.push(...t.suspects.filter((s) => s !== t.victim));
  } else if (c.name === 'VIOLENCIA FAMILIAR') {
    const adult = w.pop
      .kin(t.victim)
      .find((k) => k.person.sex === 'H' && ageAt(k.person, day) >= 18);
    if (adult) suspects.push(adult.person);
  } else if (rng.chance(c.known)) {
    const n = rng.chance(0.8) ? 1 : rng.range(2, 3);
    for (let i = 0; i < n; i++) {
      const s = w.offenders.pick(rng, t.place.alcaldia.code, 0.75);
      if (s && s !== t.victim && !suspects.includes(s)) suspects.push(s);
    }
  }
  for (const s of suspects) people.push({ person: s, role: 'IMPUTADO' });
  for (const x of t.witnesses ?? []) people.push({ person: x, role: 'TESTIGO' });
  if (ageAt(t.victim, day) < 18) {
    const parent = t.victim.household.parents[0];
    if (parent && parent !== t.victim) people.push({ person: parent, role: 'DENUNCIANTE' });
  } else if (rng.chance(0.08)) {
    const k = w.pop.kin(t.victim)[0];
    if (k) people.push({ person: k.person, role: 'DENUNCIANTE' });
  }
  if (rng.chance(0.2)) {
    const witness = w.adults.pick(rng);
    if (witness && !people.some((p) => p.person === witness))
      people.push({ person: witness, role: 'TESTIGO' });
  }
  return { people, suspects };
}

/** One carpeta with its optional arrest, custody and C5 call; returns the case id. */
export function crimeEvent(w: World, c: Crime, t: Target, at: Moment): string {
  const rng = w.ctx.rng;
  const { people, suspects } = cast(w, c, t, at.day);
  const detained = suspects.length > 0 && rng.chance(c.arrest);
  if (c.place !== 'remote' && rng.chance(0.45)) {
    const before = later(at, -rng.range(2, 25));
    w.justice.incident(
      c.c5,
      'DELITO',
      before,
      t.place,
      t.victim.phone ?? (rng.chance(0.5) ? w.pop.newPhone() : null),
    );
  }
  const carpeta = w.justice.carpeta({ crime: c, at, place: t.place, people, detained });
  if (detained) {
    const arrestAt = later(at, rng.range(5, 180));
    const owner = suspects[0] as Person;
    const plate = rng.chance(0.25) ? plateFor(w, owner) : undefined;
    w.justice.arrest(
      arrestAt,
      w.places.near(rng, t.place, 300),
      suspects,
      c.name,
      carpeta.folio,
      plate,
    );
    for (const s of suspects) {
      if (rng.chance(c.severity >= 3 ? 0.6 : 0.15) && arrestAt.day + 2 <= LAST_DAY) {
        const cust = custody(w, s, arrestAt.day + 2, c.name, carpeta.folio, LAST_DAY);
        visits(w, s, cust);
      }
    }
  }
  return carpeta.caseId;
}

/** Family members (and, for members, fellow gang members) visit an inmate. */
export function visits(
  w: World,
  inmate: Person,
  cust: { id: string; from: number; to: number },
  extra: Person[] = [],
): void {
  const rng = w.ctx.rng;
  const visitors = w.pop
    .kin(inmate)
    .filter((k) => ageAt(k.person, cust.from) >= 12)
    .slice(0, 3);
  const all = visitors
    .map((k) => ({ p: k.person, kind: k.kind }))
    .concat(extra.map((p) => ({ p, kind: rng.pick(['AMIGO', 'CONOCIDO', 'PRIMO']) })));
  const span = cust.to - cust.from;
  for (const v of all) {
    const n = Math.min(12, Math.max(1, Math.floor(span / rng.range(20, 60))));
    for (let i = 0; i < n; i++)
      visit(w, v.p, inmate, cust, cust.from + 1 + rng.int(Math.max(1, span - 1)), v.kind);
  }
}

export function backgroundCrime(w: World, n: number): void {
  const rng = w.ctx.rng;
  const rv = w.ctx.manifest.planted.repeatVictims;
  let made = 0;
  while (made < n) {
    const c = pickCrime(rng);
    const t = target(w, c);
    const at = crimeMoment(rng, c);
    const first = crimeEvent(w, c, t, at);
    made++;
    if (!REPEATABLE.has(c.name) || !rng.chance(0.025)) continue;
    // Planted repeat victimisation: the same victim, same crime type, again within a year.
    const cases = [first];
    const repeats = rng.range(1, 3);
    for (let i = 0; i < repeats && made < n; i++) {
      const next = crimeMoment(rng, c, at.day + 7, Math.min(LAST_DAY, at.day + 365));
      cases.push(crimeEvent(w, c, t, next));
      made++;
    }
    if (t.business) rv.businesses.push({ name: t.business.name, crime: c.name, cases });
    else if (t.place === t.victim.home)
      rv.households.push({
        address: `${t.place.street}, ${t.place.colonia.name}`,
        crime: c.name,
        cases,
      });
    else rv.persons.push({ truthId: `P${t.victim.tid}`, crime: c.name, cases });
  }
}
