// Entity resolution by suggestion (ADR 0015): for a person record, the other records that may be
// the same person, scored and explained. Nothing is merged here: the analyst proposes "Misma
// persona" (a hypothesis) and a supervisor decides; an approved one is a SAME_AS link, which
// can be reopened. The candidates come from explore/same-person.cypher; the score is a
// transparent rule over what the records share, tuned on the demo's ground truth
// (scripts/eval-same-person.ts prints its precision and recall).
import type { Node } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { User } from '../../auth/roles.js';
import type { BirthDateSource, SameConflict, SameReason } from '../generated.js';
import type { Executor } from '../../db/executor.js';
import { toPlain } from '../../db/values.js';
import { toEntity, type EntityOut } from './entity.js';
import { otherForms, sameGivenName } from './nicknames.js';
import { tokens, words as allWords } from './search-query.js';
import { checkLimit, viewerParams } from './service.js';

export type { BirthDateSource, SameConflict, SameReason };

export interface SamePersonCandidate {
  entity: EntityOut;
  score: number;
  reasons: SameReason[];
  conflicts: SameConflict[];
  /** Where the birth dates compared were read when a record gives none: its CURP or RFC. */
  birthDateFrom: BirthDateSource[];
  /** Identifiers (phones, addresses, vehicles, accounts) both records name, that the viewer may see. */
  shared: EntityOut[];
}

/** The person fields a comparison reads. */
export interface PersonRecord {
  givenNames?: string | null;
  paternalSurname?: string | null;
  maternalSurname?: string | null;
  aliases?: string[] | null;
  birthDate?: string | null;
  curp?: string | null;
  rfc?: string | null;
  sex?: string | null;
}

/**
 * Suggestions below this score are not shown: a name alike and nothing else (0.35) was right
 * about one time in nine on the demo's ground truth (scripts/eval-same-person.ts).
 */
export const MIN_SCORE = 0.5;
/** An identifier named by more people than this (a building, a switchboard) proposes no one. */
const BUSY = 30;
/** A birth date shared by more people than this (a placeholder, 1900-01-01) proposes no one. */
const BUSY_DATE = 200;
/** Name hits kept from the full-text index per suggestion (four times as many are read). */
const NAME_HITS = 40;

/**
 * Particles and articles of Spanish names ("María de los Ángeles", "de la Cruz", alias "El
 * Güero"): common to many names, so they tell nobody apart and are left out.
 */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e']);

/** A word of a name that tells people apart: two letters or more, not a particle. */
const telling = (w: string): boolean => w.length > 1 && !PARTICLES.has(w);

/** The telling words of a name, folded. */
const words = (text: string | null | undefined): string[] => allWords(text ?? '').filter(telling);

/**
 * Edit distance, for names, two neighbouring letters swapped counting as one typo ("Hrerera"
 * for Herrera: optimal string alignment, as Lucene's fuzzy terms count it); small words only, so
 * the quadratic table is tiny.
 */
export function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Two words of a name are the same word: equal, or one typo apart (two from eight letters). */
function alike(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  return n >= 4 && distance(a, b) <= (n >= 8 ? 2 : 1);
}

/** Two given names are one person's: alike, or a short form and its name ("Lalo", "Eduardo"). */
const givenAlike = (a: string, b: string): boolean => alike(a, b) || sameGivenName(a, b);

/** How many words of `a` have a word alike in `b`, each word of `b` used once. */
function matched(
  a: readonly string[],
  b: readonly string[],
  same: (a: string, b: string) => boolean = alike,
): number {
  const left = [...b];
  let n = 0;
  for (const w of a) {
    const i = left.findIndex((v) => same(w, v));
    if (i >= 0) {
      left.splice(i, 1);
      n++;
    }
  }
  return n;
}

/**
 * Whether two records name the same person, allowing for accents, case, word order, a typo, a
 * missing second surname or given name, a short form of a given name ("Lalo" for Eduardo:
 * nicknames.ts), and a known alias: every given name of the record with
 * fewer (its aliases count as given names of the other), and every surname of the record with
 * fewer, found in the other's. Siblings ("José Luis" and "José Antonio" Pérez López) and cousins
 * (another second surname) are not alike.
 */
export function namesAlike(a: PersonRecord, b: PersonRecord): boolean {
  const given = (r: PersonRecord) => words(r.givenNames);
  const withAliases = (r: PersonRecord) => [...given(r), ...(r.aliases ?? []).flatMap(words)];
  const surnames = (r: PersonRecord) => [...words(r.paternalSurname), ...words(r.maternalSurname)];
  const all = (ws: string[], others: string[], same = alike) =>
    ws.length > 0 && matched(ws, others, same) === ws.length;
  // Either side's given names, all found among the other's given names and aliases, a short
  // form standing for its name.
  const givenOk =
    all(given(a), withAliases(b), givenAlike) || all(given(b), withAliases(a), givenAlike);
  const [sa, sb] = [surnames(a), surnames(b)];
  const [fewer, more] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  return givenOk && all(fewer, more);
}

/**
 * A record's birth date and sex, from its own fields or else from its CURP, which writes them
 * (characters 5–10 YYMMDD, 11 H/M; the 17th is a digit for those born before 2000), or its RFC;
 * `birthFrom` says which of the two the date was read from (null: the record's own, or none).
 */
export function birthAndSex(
  r: PersonRecord,
  thisYear = new Date().getFullYear(),
): { birth: string | null; sex: string | null; birthFrom: BirthDateSource | null } {
  const m = /^[A-Z]{4}(\d{2})(\d{2})(\d{2})([HMX])[A-Z]{5}([0-9A-Z])\d$/.exec(r.curp ?? '');
  const fromCurp = m ? `${/\d/.test(m[5]!) ? '19' : '20'}${m[1]}-${m[2]}-${m[3]}` : null;
  // A person's RFC writes the birth date too (YYMMDD after four letters), without the century:
  // an RFC is issued from 18, so a year after this one's less 18 is of the 1900s.
  const rfc = /^[A-ZÑ&]{4}(\d{2})(\d{2})(\d{2})[A-Z0-9]{3}$/.exec(r.rfc ?? '');
  const fromRfc = rfc
    ? `${Number(rfc[1]) > (thisYear - 18) % 100 ? '19' : '20'}${rfc[1]}-${rfc[2]}-${rfc[3]}`
    : null;
  return {
    birth: r.birthDate || fromCurp || fromRfc,
    sex: r.sex || (m && m[4] !== 'X' ? m[4]! : null),
    birthFrom: r.birthDate ? null : fromCurp ? 'CURP' : fromRfc ? 'RFC' : null,
  };
}

const SHARED_REASON: Record<string, SameReason> = {
  Phone: 'SHARED_PHONE',
  Address: 'SHARED_ADDRESS',
  Vehicle: 'SHARED_VEHICLE',
  BankAccount: 'SHARED_ACCOUNT',
};

/** What a form writes for "no alias": shared by everyone who has none, so it tells no one. */
const NO_ALIAS = new Set(['sin alias', 'sin apodo', 'ninguno', 'no tiene', 'se desconoce']);

/** The aliases of a record, each as its telling words ("El Güero" → "guero"). */
const aliasesOf = (r: PersonRecord): Set<string> =>
  new Set(
    (r.aliases ?? []).map((a) => words(a).join(' ')).filter((a) => a !== '' && !NO_ALIAS.has(a)),
  );

/**
 * The score of one candidate: a shared CURP (0.95–0.99) or RFC (0.90–0.94) says it alone, and
 * ranks above any candidate without one when nothing disagrees; otherwise the names must be
 * alike (0.35), with a shared birth date 0.8 (+0.04 for each of up to two shared identifiers),
 * or else with shared identifiers 0.65–0.75. One alias on both records counts as an
 * identifier, and alone with the names as 0.55 (an alias is shared by more people than a
 * phone: on the demo's ground truth, 13 more of 1,073 found, none wrong). A birth date, the
 * record's or the one its CURP or RFC writes (`birthDateFrom` says which, for the panel to say
 * so), tells a person, and ranks above any number of shared identifiers, which tell a household:
 * a father and his namesake son share a phone and an address. A different CURP, birth date or
 * sex, when both records have one, divides it (records of one person rarely disagree on them;
 * two people of one name often do).
 */
export function scoreCandidate(
  p: PersonRecord,
  q: PersonRecord,
  sharedTypes: readonly string[],
): {
  score: number;
  reasons: SameReason[];
  conflicts: SameConflict[];
  birthDateFrom: BirthDateSource[];
} {
  const reasons: SameReason[] = [];
  const conflicts: SameConflict[] = [];
  const both = (k: keyof PersonRecord) => Boolean(p[k]) && Boolean(q[k]);
  const curp = both('curp') && p.curp === q.curp;
  const rfc = both('rfc') && p.rfc === q.rfc;
  // A birth date or sex written in one record's fields and in the other's CURP compare too.
  const [bp, bq] = [birthAndSex(p), birthAndSex(q)];
  const bothBorn = bp.birth !== null && bq.birth !== null;
  const birth = bothBorn && bp.birth === bq.birth;
  const name = namesAlike(p, q);
  let score = 0;
  if (curp) reasons.push('CURP');
  if (rfc) reasons.push('RFC');
  if (name) reasons.push('NAME');
  // A CURP writes the birth date: one shared says it already.
  if (name && birth && !curp) reasons.push('BIRTH_DATE');
  // Only identifiers that tell a person (a company two partners own does not).
  const shared = sharedTypes.flatMap((t) => SHARED_REASON[t] ?? []);
  for (const r of new Set(shared)) if (name || curp || rfc) reasons.push(r);
  const others = aliasesOf(q);
  const alias = name && [...aliasesOf(p)].some((a) => others.has(a));
  if (alias) reasons.push('SHARED_ALIAS');
  // Tiers: a shared CURP (0.95–0.99) above a shared RFC (0.90–0.94) above what names, dates and
  // identifiers say together (at most 0.88); within a tier a name alike and an identifier add.
  const more = (name ? 0.02 : 0) + (shared.length > 0 ? 0.02 : 0);
  const ids = Math.min(2, shared.length + (alias ? 1 : 0));
  if (curp) score = 0.95 + more;
  else if (rfc) score = 0.9 + more;
  else if (name)
    score = birth ? 0.8 + 0.04 * ids : shared.length > 0 ? 0.55 + 0.1 * ids : alias ? 0.55 : 0.35;
  if (both('curp') && !curp) conflicts.push('CURP');
  if (bothBorn && !birth) conflicts.push('BIRTH_DATE');
  if (bp.sex !== null && bq.sex !== null && bp.sex !== bq.sex) conflicts.push('SEX');
  if (!curp) for (const c of conflicts) score *= c === 'CURP' ? 0.2 : 0.3;
  // Where the dates compared were read, when a record gives none: QA read "misma fecha de
  // nacimiento" for a record that shows no date, and took the tool for wrong.
  const dated = reasons.includes('BIRTH_DATE') || conflicts.includes('BIRTH_DATE');
  const birthDateFrom = dated
    ? [...new Set([bp.birthFrom, bq.birthFrom])].filter((s) => s !== null).sort()
    : [];
  return {
    score: Math.min(0.99, Math.round(score * 100) / 100),
    reasons,
    conflicts,
    birthDateFrom,
  };
}

/**
 * SAT's generic RFCs, written where a person has none of their own (the public at large, a
 * foreigner): thousands may bear one, and its date (2001-01-01) is nobody's. Neither tells a
 * person: a record with one counts as without an RFC.
 */
export const GENERIC_RFCS = ['XAXX010101000', 'XEXX010101000'];

function personOf(node: Node): PersonRecord {
  const p = node.properties as Record<string, unknown>;
  const text = (k: string) => (p[k] == null ? null : String(toPlain(p[k] as never)));
  return {
    givenNames: text('givenNames'),
    paternalSurname: text('paternalSurname'),
    maternalSurname: text('maternalSurname'),
    aliases: Array.isArray(p.aliases) ? p.aliases.map(String) : [],
    birthDate: text('birthDate'),
    curp: text('curp'),
    rfc: GENERIC_RFCS.includes(String(p.rfc)) ? null : text('rfc'),
    sex: text('sex'),
  };
}

/** `day` when it is a day of the calendar ("1993-02-30", from a mistyped CURP, is not). */
export function realDate(day: string | null): string | null {
  if (day === null || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(day) ? day : null;
}

/**
 * The words of a name for the full-text index, each optional (any may differ), within one typo
 * from five letters, a given name's other forms below it ("lalo" also asks for eduardo, as the
 * search does: a pair joined by the name alone was found only through the surnames); particles
 * are left out (they match a great many names).
 */
export function nameQuery(caption: string): string | null {
  const ws = tokens(caption).filter(telling);
  if (ws.length === 0) return null;
  return ws
    .map((w) => {
      const own = w.length >= 5 ? [`${w}^2`, `${w}~1`] : [w];
      const alike = [...own, ...otherForms(w).map((f) => `${f}^0.5`)];
      return alike.length > 1 ? `(${alike.join(' OR ')})` : w;
    })
    .join(' ');
}

/**
 * Person records that may be the same person as the person record `id`, best first, at most
 * `limit` (1–20); none for an entity that is not a person. Only records, identifiers and links
 * the viewer may see take part.
 */
export async function samePersonCandidates(
  db: Executor,
  viewer: User,
  id: string,
  limit: number,
): Promise<SamePersonCandidate[]> {
  checkLimit(limit, 20);
  const meta = { operation: 'samePersonCandidates', user: viewer.username };
  const [self] = await db.readQuery(meta, 'explore/node', { id, ...viewerParams(viewer) });
  const node = self?.node as Node | undefined;
  if (!node || !node.labels.includes('Person')) return [];
  const p = personOf(node);
  const query = nameQuery(String(node.properties.caption ?? ''));
  const rows = await db.readQuery(meta, 'explore/same-person', {
    id,
    birth: realDate(birthAndSex(p).birth),
    // A caption with no word to look for (all particles or signs) asks the index nothing.
    query,
    genericRfcs: GENERIC_RFCS,
    busy: neo4j.int(BUSY),
    busyDate: neo4j.int(BUSY_DATE),
    nameHits: neo4j.int(NAME_HITS),
    ...viewerParams(viewer),
  });
  return rows
    .map((r) => {
      const shared = (r.shared as Node[]).map((x) => toEntity(x));
      const scored = scoreCandidate(
        p,
        personOf(r.node as Node),
        shared.map((x) => x.type),
      );
      return { entity: toEntity(r.node as Node), shared, ...scored };
    })
    .filter((c) => c.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id))
    .slice(0, limit);
}
