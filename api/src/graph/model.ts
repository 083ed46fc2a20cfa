// The allow-lists of entity labels and relationship types (see cypher/README.md). Cypher cannot
// take labels or types as parameters in a pattern, so these are the only names ever written into
// a query (or compared with a node's labels); an unknown name is refused with an error, never
// coerced.
import { AppError } from '../db/executor.js';

export const ENTITY_LABELS = [
  'Person',
  'Organization',
  'Company',
  'Case',
  'Incident',
  'Arrest',
  'Custody',
  'CjmCase',
  'Address',
  'Phone',
  'Vehicle',
  'BankAccount',
  'Transfer',
  'FinancialReport',
  'Alcaldia',
  'Colonia',
  'Cuadrante',
] as const;

export const REL_TYPES = [
  'INVOLVED_IN',
  'MEMBER_OF',
  'SUBCELL_OF',
  'FAMILY_OF',
  'ASSOCIATE_OF',
  'LIVES_AT',
  'USES_PHONE',
  'CALLED',
  'OWNS',
  'HOLDS_ACCOUNT',
  'DIRECTOR_OF',
  'FROM',
  'TO',
  'CONCERNS',
  'OCCURRED_AT',
  'IN_ALCALDIA',
  'IN_COLONIA',
  'IN_CUADRANTE',
  'INVOLVED_VEHICLE',
  'REPORTED_BY',
  'REGISTERED_AT',
  'CUSTODY_OF',
  'VISITED',
  'ARRESTED',
  'FOR_CASE',
  'CONFIRMED_LINK',
  'SAME_AS',
  'PAYS',
  'UNKNOWN_LINK',
] as const;

export const AGENCIES = [
  'C5',
  'SSC',
  'FGJ',
  'PEN',
  'UIF',
  'CJM',
  'RPC',
  'INEGI',
  'CDMX',
  'TRAMA',
] as const;

/**
 * The kinds of source record entities come from, by agency: an entity's id is
 * "<agency>:<kind>:<record>" ("SSC:persona:INT-000349"). A record number typed alone, as the
 * agency's own system shows it ("INT-000349"), is looked for under each. A feed that brings a
 * new kind adds it here (a test on the demo graph says which are missing).
 */
export const RECORD_KINDS = [
  'C5:incidente',
  'CDMX:propietario',
  'CJM:caso',
  'CJM:persona',
  'FGJ:carpeta',
  'FGJ:persona',
  'PEN:ingreso',
  'PEN:interno',
  'PEN:visitante',
  'RPC:sociedad',
  'RPC:socio',
  'SSC:detenido',
  'SSC:iph',
  'SSC:organizacion',
  'SSC:persona',
  'UIF:operacion',
  'UIF:reporte',
  'UIF:sujeto',
] as const;

/** Event entities: they carry `occurredAt` and make up timelines. */
export const EVENT_LABELS = [
  'Case',
  'Incident',
  'Arrest',
  'Custody',
  'CjmCase',
  'Transfer',
  'FinancialReport',
] as const;

/** What a timeline can be narrowed to: its event entities' types, and calls (links). */
/** Kinds of timeline event: event entities, calls, and memberships' start and end days. */
export const TIMELINE_KINDS = [...EVENT_LABELS, 'Call', 'Membership'] as const;

function checkNames(kind: string, names: readonly string[], allowed: readonly string[]): string[] {
  const bad = names.filter((n) => !allowed.includes(n));
  if (bad.length > 0) {
    throw new AppError(
      'BAD_INPUT',
      `unknown ${kind}: ${bad.join(', ')} (known: ${allowed.join(', ')})`,
    );
  }
  return [...new Set(names)];
}

export const checkLabels = (names: readonly string[]) =>
  checkNames('entity type', names, ENTITY_LABELS);
export const checkRelTypes = (names: readonly string[]) =>
  checkNames('relationship type', names, REL_TYPES);
export const checkAgencies = (names: readonly string[]) => checkNames('agency', names, AGENCIES);
export const checkTimelineKinds = (names: readonly string[]) =>
  checkNames('kind of event', names, TIMELINE_KINDS);

/** `r:A|B` for a relationship pattern, or `r` for any type. Names must be allow-listed first. */
export function relPattern(variable: string, types: readonly string[]): string {
  return types.length === 0 ? variable : `${variable}:${checkRelTypes(types).join('|')}`;
}
