// Shapes Neo4j nodes and relationships into the GraphQL Entity and Edge types.
// `fields` and `provenance` are computed when first read: a list or a graph view asks only for
// id, type and caption, and converting every property of an expand's 50 nodes and edges was
// about 0.3 ms of its time in the API. GraphQL and JSON.stringify read them (once); an object
// spread does not copy them.
import type { Node, Relationship } from 'neo4j-driver';
import { toPlain, type Plain } from '../../db/values.js';

/** Properties that are not shown as fields: provenance has its own type, the rest is internal. */
const HIDDEN = new Set([
  'id',
  'caption',
  'searchText',
  'source',
  'sourceId',
  'ingestedAt',
  'reliability',
  'credibility',
  'sources',
  'classification',
  'compartments',
  'protectedBy',
  // normalised copies kept for matching, shown in their written form instead
  'folioBare',
  'crimeKey',
  'typeKey',
  'motiveKey',
]);

export interface EntityOut {
  id: string;
  type: string;
  caption: string;
  degree: number | null;
  fields: FieldOut[];
  provenance: ProvenanceOut;
}

export interface ProvenanceOut {
  source: string | null;
  sourceId: string | null;
  ingestedAt: string | null;
  reliability: string | null;
  credibility: number | null;
  sources: string[];
  /** What a reader needs to see the entity or link (0 public … 3 secret) and its compartments. */
  classification: number;
  compartments: string[];
  /** The entity these sources belong to (null on an edge): how their records are checked. */
  entityId: string | null;
}

export interface EdgeOut {
  id: string;
  type: string;
  source: string;
  target: string;
  fields: FieldOut[];
  provenance: ProvenanceOut;
}

function display(value: Plain): string {
  if (Array.isArray(value)) return value.map(display).join(', ');
  if (value !== null && typeof value === 'object') {
    if ('latitude' in value && 'longitude' in value)
      return `${String(value.latitude)}, ${String(value.longitude)}`;
    return JSON.stringify(value);
  }
  return String(value);
}

export interface FieldOut {
  key: string;
  value: string;
  type: string;
}

/** The kind of a value, for the client to format it: dates and points arrive as strings. */
function kind(value: Plain): string {
  if (Array.isArray(value)) return 'list';
  if (value !== null && typeof value === 'object') return 'latitude' in value ? 'point' : 'map';
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'datetime';
  }
  return typeof value;
}

/** Nothing to show: a missing value or an empty list (a person with no known aliases). */
function empty(value: Plain): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

/** Fields an analyst reads first, in this order (names, then identifiers, then the facts); the
 * rest follow alphabetically. */
const FIRST = [
  'name',
  'givenNames',
  'paternalSurname',
  'maternalSurname',
  'aliases',
  'birthDate',
  'sex',
  'curp',
  'rfc',
  // As investigators quote it first, then the form it is matched by.
  'folioAsWritten',
  'folio',
  'crime',
  'category',
  'type',
  'occurredAt',
  'reportedAt',
  'status',
  'number',
  'plate',
  'clabe',
  'amount',
  'currency',
  'role',
];
const RANK = new Map(FIRST.map((k, i) => [k, i]));

function byRank(a: string, b: string): number {
  const ra = RANK.get(a) ?? FIRST.length;
  const rb = RANK.get(b) ?? FIRST.length;
  return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
}

function fields(props: Record<string, Plain>): FieldOut[] {
  return Object.keys(props)
    .filter((k) => !HIDDEN.has(k) && !empty(props[k] ?? null))
    .sort(byRank)
    .map((key) => ({ key, value: display(props[key] ?? null), type: kind(props[key] ?? null) }));
}

function str(v: Plain | undefined): string | null {
  return v === undefined || v === null ? null : String(v);
}

/** What a reader needs to see a node or link, from its properties: unmarked reads as public. */
export function markingOf(props: Record<string, Plain>): {
  classification: number;
  compartments: string[];
} {
  return {
    classification: typeof props.classification === 'number' ? props.classification : 0,
    compartments: Array.isArray(props.compartments) ? props.compartments.map(String) : [],
  };
}

/** What a reader needs to see all of several marked things: the highest level, every compartment. */
export function joinMarkings<C extends string>(
  marks: readonly { classification: number; compartments: readonly C[] }[],
): { classification: number; compartments: C[] } {
  return {
    classification: Math.max(0, ...marks.map((m) => m.classification)),
    compartments: [...new Set(marks.flatMap((m) => m.compartments))],
  };
}

function provenance(props: Record<string, Plain>): ProvenanceOut {
  const sources = props.sources;
  return {
    source: str(props.source),
    sourceId: str(props.sourceId),
    ingestedAt: str(props.ingestedAt),
    reliability: str(props.reliability),
    credibility: typeof props.credibility === 'number' ? props.credibility : null,
    sources: Array.isArray(sources) ? sources.map(String) : [],
    ...markingOf(props),
    entityId: str(props.id),
  };
}

/**
 * What entities and edges share: `fields` and `provenance`, converted from the driver's
 * properties the first time they are read (prototype getters: a per-object getter or closure
 * cost more than the conversion it saved). `toJSON` includes them, so a serialised view is whole.
 */
abstract class Details {
  #plain: Record<string, Plain> | undefined;
  #fields: FieldOut[] | undefined;
  #provenance: ProvenanceOut | undefined;

  constructor(private readonly properties: Record<string, unknown>) {}

  #props(): Record<string, Plain> {
    return (this.#plain ??= toPlain(this.properties) as Record<string, Plain>);
  }

  get fields(): FieldOut[] {
    return (this.#fields ??= fields(this.#props()));
  }

  get provenance(): ProvenanceOut {
    return (this.#provenance ??= provenance(this.#props()));
  }
}

class Entity extends Details implements EntityOut {
  constructor(
    readonly id: string,
    readonly type: string,
    readonly caption: string,
    readonly degree: number | null,
    properties: Record<string, unknown>,
  ) {
    super(properties);
  }

  toJSON(): EntityOut {
    const { id, type, caption, degree, fields, provenance } = this;
    return { id, type, caption, degree, fields, provenance };
  }
}

class Edge extends Details implements EdgeOut {
  constructor(
    readonly id: string,
    readonly type: string,
    readonly source: string,
    readonly target: string,
    properties: Record<string, unknown>,
  ) {
    super(properties);
  }

  toJSON(): EdgeOut {
    const { id, type, source, target, fields, provenance } = this;
    return { id, type, source, target, fields, provenance };
  }
}

/**
 * A search hit's entity: what a list of hits shows (id, type, caption and provenance), from the
 * properties search-names.cypher returns. Its fields are read when a query asks for them
 * (details.ts), in one query for all the hits of a request.
 */
export class EntitySummary {
  /** Its visible degree, when the search counted it to order its hits. */
  degree: number | null = null;
  readonly id: string;
  readonly caption: string;
  #provenance: ProvenanceOut | undefined;
  #plainProps: Record<string, Plain> | undefined;

  constructor(
    readonly type: string,
    private readonly properties: Record<string, unknown>,
  ) {
    this.id = String(properties.id);
    this.caption = str(properties.caption as Plain | undefined) ?? this.id;
  }

  /** The properties as plain values, converted once for the provenance and the clues. */
  get #plain(): Record<string, Plain> {
    return (this.#plainProps ??= toPlain(this.properties) as Record<string, Plain>);
  }

  get provenance(): ProvenanceOut {
    return (this.#provenance ??= provenance(this.#plain));
  }

  /** The CLUE_KEYS fields the summary was read with. */
  clueFields(): FieldOut[] {
    const plain = this.#plain;
    return fields(
      Object.fromEntries(CLUE_KEYS.flatMap((k) => (k in plain ? [[k, plain[k]!]] : []))),
    );
  }

  toJSON(): Omit<EntityOut, 'fields'> {
    const { id, type, caption, degree, provenance } = this;
    return { id, type, caption, degree, provenance };
  }
}

/** What tells people of one name apart in a list of hits (search-names.cypher reads them). */
export const CLUE_KEYS = ['birthDate', 'curp', 'aliases'] as const;

/** Whose a phone, vehicle or bank account is, as its search hit names them (the clue's key). */
const HOLDER_KEYS: Record<string, string> = {
  Phone: 'usedBy',
  Vehicle: 'ownedBy',
  BankAccount: 'heldBy',
};

/**
 * How many names a tie clue shows; one more read means "and others" (fragments/holders.cypher,
 * member-of.cypher).
 */
const TIES_SHOWN = 3;

/**
 * A name a hit is tied to: a holder's (a string), or an organisation's, whose membership may
 * have ended.
 */
export type Tie = string | { name: string; ended: boolean };

/**
 * What tells hits apart in a list: a person's birth date, CURP and aliases, those it has, in
 * that order, then the organisations it is a member of (`memberOf`) and, after them, those it
 * was (`formerMemberOf`); for a phone, vehicle or account, whose it is. `ties` are those names
 * (holders or organisations) as the search read them: the ones the viewer may see, up to one
 * more than are shown. None for other types.
 */
export function cluesOf(e: EntityOut | EntitySummary, ties: readonly Tie[] = []): FieldOut[] {
  const tieKey = HOLDER_KEYS[e.type] ?? (e.type === 'Person' ? 'memberOf' : null);
  const tie: FieldOut[] = [];
  if (tieKey && ties.length > 0) {
    // Standing ones first, each kind in alphabetical order, as the query chose them: sorted
    // here too, as the order of a COLLECT subquery's rows is not one Cypher promises to keep.
    const read = ties.map((t) => (typeof t === 'string' ? { name: t, ended: false } : t));
    const shown = read
      .sort((a, b) => Number(a.ended) - Number(b.ended) || (a.name < b.name ? -1 : 1))
      .slice(0, TIES_SHOWN);
    const more = ties.length > TIES_SHOWN ? ['…'] : [];
    const standing = shown.filter((t) => !t.ended).map((t) => t.name);
    const ended = shown.filter((t) => t.ended).map((t) => t.name);
    // Semicolons: a company's name has commas ("GRUPO TEPEYAC, S.A. DE C.V.").
    if (standing.length > 0)
      tie.push({
        key: tieKey,
        value: [...standing, ...(ended.length > 0 ? [] : more)].join('; '),
        type: 'list',
      });
    if (ended.length > 0)
      tie.push({ key: 'formerMemberOf', value: [...ended, ...more].join('; '), type: 'list' });
  }
  if (e.type !== 'Person') return tie;
  const all = e instanceof EntitySummary ? e.clueFields() : e.fields;
  return [...CLUE_KEYS.flatMap((k) => all.find((f) => f.key === k) ?? []), ...tie];
}

/** What resolvers of Entity receive: a whole entity, or a summary whose details are read later. */
export type EntityView = EntityOut | EntitySummary;

/** The type of an entity from its labels: the one that is not `Entity`. */
export function typeOf(labels: readonly string[]): string {
  return labels.find((l) => l !== 'Entity') ?? 'Entity';
}

export function toEntity(node: Node, degree: number | null = null): EntityOut {
  const props = node.properties as Record<string, unknown>;
  const id = String(props.id);
  return new Entity(
    id,
    typeOf(node.labels),
    str(props.caption as Plain | undefined) ?? id,
    degree,
    props,
  );
}

export function toEdge(rel: Relationship, source: string, target: string): EdgeOut {
  return new Edge(
    rel.elementId,
    rel.type,
    source,
    target,
    rel.properties as Record<string, unknown>,
  );
}
