// Entity resolution by suggestion (ADR 0015): for a person record, the other records that may be
// the same person, scored and explained. Nothing is merged here: the analyst proposes "Misma
// persona" (a hypothesis) and a supervisor decides; an approved one is a SAME_AS link, which
// can be reopened. The candidates come from explore/same-person.cypher; the score is a
// transparent rule over what the records share, tuned on the demo's ground truth
// (scripts/eval-same-person.ts prints its precision and recall).
import type { Node } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { User } from '../../auth/roles.js';
import { AppError, type Executor } from '../../db/executor.js';
import { toPlain } from '../../db/values.js';
import { toEntity, type EntityOut } from './entity.js';
import { fold } from './search-query.js';
import { viewerParams } from './service.js';

export type SameReason =
  | 'CURP'
  | 'RFC'
  | 'NAME'
  | 'BIRTH_DATE'
  | 'SHARED_PHONE'
  | 'SHARED_ADDRESS'
  | 'SHARED_VEHICLE'
  | 'SHARED_ACCOUNT';

/** What tells two records of the same person apart from two people. */
export type SameConflict = 'CURP' | 'BIRTH_DATE' | 'SEX';

export interface SamePersonCandidate {
  entity: EntityOut;
  score: number;
  reasons: SameReason[];
  conflicts: SameConflict[];
  /** Identifiers (phones, addresses, vehicles, accounts) both records name, that the viewer may see. */
  shared: string[];
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
/** Name hits read from the full-text index per suggestion. */
const NAME_HITS = 40;

const words = (text: string | null | undefined): string[] =>
  fold(text ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

/** Edit distance, for names: small words only, so the quadratic table is tiny. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
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

/** How many words of `a` have a word alike in `b`, each word of `b` used once. */
function matched(a: readonly string[], b: readonly string[]): number {
  const left = [...b];
  let n = 0;
  for (const w of a) {
    const i = left.findIndex((v) => alike(w, v));
    if (i >= 0) {
      left.splice(i, 1);
      n++;
    }
  }
  return n;
}

/**
 * Whether two records name the same person, allowing for accents, case, word order, a typo, a
 * missing second surname and a known alias: a given name alike, every surname of one in the
 * other, and most words of the shorter name in the longer. Siblings (same surnames, another
 * given name) and cousins (another second surname) are not alike.
 */
export function namesAlike(a: PersonRecord, b: PersonRecord): boolean {
  const givenA = [...words(a.givenNames), ...(a.aliases ?? []).flatMap(words)];
  const givenB = [...words(b.givenNames), ...(b.aliases ?? []).flatMap(words)];
  const surA = [...words(a.paternalSurname), ...words(a.maternalSurname)];
  const surB = [...words(b.paternalSurname), ...words(b.maternalSurname)];
  // Every surname of the record with fewer must be in the other's (in any order: the two are
  // swapped now and then); a second surname that differs is another family.
  const [fewer, more] = surA.length <= surB.length ? [surA, surB] : [surB, surA];
  if (matched(givenA, givenB) === 0 || fewer.length === 0 || matched(fewer, more) < fewer.length)
    return false;
  const all = (r: PersonRecord) => [
    ...words(r.givenNames),
    ...words(r.paternalSurname),
    ...words(r.maternalSurname),
  ];
  const [x, y] = [all(a), all(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return matched(short, long) >= Math.max(2, Math.ceil(short.length * 0.66));
}

/**
 * A record's birth date and sex, from its own fields or else from its CURP, which writes them
 * (characters 5–10 YYMMDD, 11 H/M; the 17th is a digit for those born before 2000).
 */
export function birthAndSex(r: PersonRecord): { birth: string | null; sex: string | null } {
  const m = /^[A-Z]{4}(\d{2})(\d{2})(\d{2})([HMX])[A-Z]{5}([0-9A-Z])\d$/.exec(r.curp ?? '');
  const fromCurp = m ? `${/\d/.test(m[5]!) ? '19' : '20'}${m[1]}-${m[2]}-${m[3]}` : null;
  return {
    birth: r.birthDate ?? fromCurp,
    sex: r.sex ?? (m && m[4] !== 'X' ? m[4]! : null),
  };
}

const SHARED_REASON: Record<string, SameReason> = {
  Phone: 'SHARED_PHONE',
  Address: 'SHARED_ADDRESS',
  Vehicle: 'SHARED_VEHICLE',
  BankAccount: 'SHARED_ACCOUNT',
};

/**
 * The score of one candidate: a shared CURP (0.95) or RFC (0.9) says it alone; otherwise the
 * names must be alike (0.35), and a shared birth date (0.8) or identifiers (0.55, +0.1 each up
 * to two) add to it. A different CURP, birth date or sex, when both records have one, divides it
 * (records of one person rarely disagree on them; two people of one name often do).
 */
export function scoreCandidate(
  p: PersonRecord,
  q: PersonRecord,
  sharedTypes: readonly string[],
): { score: number; reasons: SameReason[]; conflicts: SameConflict[] } {
  const reasons: SameReason[] = [];
  const conflicts: SameConflict[] = [];
  const both = (k: keyof PersonRecord) => p[k] != null && q[k] != null && p[k] !== '';
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
  for (const r of new Set(sharedTypes.flatMap((t) => SHARED_REASON[t] ?? [])))
    if (name || curp || rfc) reasons.push(r);
  if (curp) score = 0.95;
  else if (rfc) score = 0.9;
  else if (name) {
    score = 0.35;
    if (birth) score = 0.8;
    if (sharedTypes.length > 0)
      score = Math.max(score, 0.55) + 0.1 * Math.min(2, sharedTypes.length);
  }
  if (both('curp') && !curp) conflicts.push('CURP');
  if (bothBorn && !birth) conflicts.push('BIRTH_DATE');
  if (bp.sex !== null && bq.sex !== null && bp.sex !== bq.sex) conflicts.push('SEX');
  if (!curp) for (const c of conflicts) score *= c === 'CURP' ? 0.2 : 0.3;
  return { score: Math.min(0.99, Math.round(score * 100) / 100), reasons, conflicts };
}

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
    rfc: text('rfc'),
    sex: text('sex'),
  };
}

/** Each folded word of a name, optional (any may differ), for the full-text index. */
export function nameQuery(caption: string): string | null {
  const ws = words(caption).slice(0, 8);
  if (ws.length === 0) return null;
  return ws.map((w) => (w.length >= 5 ? `(${w}^2 OR ${w}~1)` : w)).join(' ');
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
  if (!Number.isInteger(limit) || limit < 1 || limit > 20)
    throw new AppError('BAD_LIMIT', `limit must be a whole number from 1 to 20; got ${limit}`);
  const meta = { operation: 'samePersonCandidates', user: viewer.username };
  const [self] = await db.readQuery(meta, 'explore/node', { id, ...viewerParams(viewer) });
  const node = self?.node as Node | undefined;
  if (!node || !node.labels.includes('Person')) return [];
  const p = personOf(node);
  const query = nameQuery(String(node.properties.caption ?? ''));
  const rows = await db.readQuery(meta, 'explore/same-person', {
    id,
    // A name with no word to look for finds nothing by name (the other blocks still run).
    query: query ?? 'zzzzzzzz',
    busy: neo4j.int(BUSY),
    nameHits: neo4j.int(NAME_HITS),
    ...viewerParams(viewer),
  });
  return rows
    .map((r) => {
      const shared = r.shared as { id: string; type: string }[];
      const scored = scoreCandidate(
        p,
        personOf(r.node as Node),
        shared.map((s) => s.type),
      );
      return { entity: toEntity(r.node as Node), shared: shared.map((s) => s.id), ...scored };
    })
    .filter((c) => c.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id))
    .slice(0, limit);
}
