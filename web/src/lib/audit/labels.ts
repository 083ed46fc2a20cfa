// Audit actions and outcomes as a reader says them ("Consulta: cola de hipótesis" for
// "query:hypothesisQueue"); unknown codes show as they are. Exports keep the codes.
import type { Compartment } from '../generated';
import type { OversightDict } from '../i18n-oversight';

/**
 * What the server sends instead of an entity id, or of a record's details, that the reader may
 * not see (api/src/graphql/audit/redact.ts; ADR 0006, audit addendum).
 */
export const WITHHELD = '[withheld]';

export function actionLabel(action: string, o: OversightDict): string {
  const event = o.auditEvents[action];
  if (event) return event;
  const colon = action.indexOf(':');
  if (colon < 0) return action;
  const kind = action.slice(0, colon);
  // One request may ask for one field many times (a page's 20 entity cards): each once, counted.
  const counts = new Map<string, number>();
  for (const f of action.slice(colon + 1).split(',')) counts.set(f, (counts.get(f) ?? 0) + 1);
  const ops = [...counts].map(([f, n]) => `${o.auditOps[f] ?? f}${n > 1 ? ` ×${n}` : ''}`);
  return `${o.auditKinds[kind] ?? kind}: ${ops.join(', ')}`;
}

/**
 * The marking an export's record keeps (its details' `marking`, set by the server), or null for
 * other records, withheld details and records from before markings were kept.
 */
export function exportMarking(
  details: string,
): { classification: number; compartments: Compartment[] } | null {
  if (details === WITHHELD) return null;
  try {
    const fields = JSON.parse(details) as { name?: string; marking?: unknown }[];
    const m = fields.find((f) => f.name === 'recordExport')?.marking as
      { classification?: unknown; compartments?: unknown } | undefined;
    if (typeof m?.classification !== 'number' || !Array.isArray(m.compartments)) return null;
    return { classification: m.classification, compartments: m.compartments as Compartment[] };
  } catch {
    return null;
  }
}

/** How much of a reason the gist quotes: the whole is under "Ver". */
const GIST_REASON = 120;

/**
 * What a record asked for, in a line an auditor reads without opening the details: the words
 * searched, a decision, a reason, an export's format, an account. Null when the details say
 * none of these, or are withheld.
 */
export function detailGist(details: string, o: OversightDict): string | null {
  if (details === WITHHELD) return null;
  let fields: { args?: Record<string, unknown>; users?: unknown }[];
  try {
    fields = JSON.parse(details) as typeof fields;
  } catch {
    return null;
  }
  if (!Array.isArray(fields)) return null;
  const parts: string[] = [];
  for (const { args = {}, users } of fields) {
    const text = (k: string) => (typeof args[k] === 'string' ? (args[k] as string) : null);
    const query = text('query');
    if (query) parts.push(o.quoted(query));
    const decision = text('decision');
    // The decision asked for, as a verb: the outcome says whether it was taken (QA: a refused
    // self-approval read "Aprobada").
    if (decision === 'APPROVE' || decision === 'REJECT') parts.push(o.decisionAsked[decision]);
    const format = text('format');
    if (format) parts.push(format.toUpperCase());
    // An account created is named by its input's username (QA: "crear cuenta" rows, failed
    // ones too, did not say which account was meant).
    const input = args.input as Record<string, unknown> | undefined;
    const username =
      text('username') ?? (typeof input?.username === 'string' ? input.username : null);
    if (username) parts.push(`${o.user}: ${username}`);
    const records = args.records;
    if (typeof records === 'number') parts.push(o.recordsTaken(records));
    // The accounts an audit user filter stood for, as the server found them (a name typed
    // matches several: "ivan" is Ivan's and Ivana's).
    if (Array.isArray(users) && users.every((u) => typeof u === 'string'))
      parts.push(o.usersMatched(users as string[]));
    const reason = text('reason')?.trim();
    if (reason)
      parts.push(
        `${o.gistReason}: ${reason.length > GIST_REASON ? `${reason.slice(0, GIST_REASON)}…` : reason}`,
      );
  }
  return parts.length > 0 ? parts.join(' · ') : null;
}

export function outcomeLabel(outcome: string, o: OversightDict): string {
  return o.auditOutcomes[outcome] ?? outcome;
}

/**
 * A record's entities as the reader may see them: the ids shown, then how many were withheld
 * ("2 entidades fuera de su acceso"), never which.
 */
export function entitiesLabel(
  entities: readonly string[],
  o: OversightDict,
  most = Infinity,
  names: readonly (string | null | undefined)[] = [],
  action = '',
): string {
  // An entity the reader may see is named as it is now, its id after it (the entity filter
  // takes ids); a hypothesis's or an investigation's id, which has no name here, says what it is.
  const shown = entities.flatMap((id, i) =>
    id === WITHHELD ? [] : [names[i] ? `${names[i]} (${id})` : unnamed(id, action, o)],
  );
  const withheld = entities.length - shown.length;
  const listed = shown.length > most ? shown.slice(0, most) : shown;
  return [
    ...listed,
    ...(listed.length < shown.length ? [o.moreEntities(shown.length - listed.length)] : []),
    ...(withheld > 0 ? [o.withheldEntities(withheld)] : []),
  ].join(', ');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id with no name: a hypothesis's or an investigation's (by the action), said as such. */
function unnamed(id: string, action: string, o: OversightDict): string {
  if (!UUID.test(id)) return id;
  const kind = /hypothes/i.test(action)
    ? o.idKinds.hypothesis
    : /investigation/i.test(action)
      ? o.idKinds.investigation
      : '';
  return kind ? `${kind} ${id}` : id;
}

/** How many entities a record lists before the rest fold away (an export may hold thousands). */
export const ENTITIES_SHOWN = 5;
