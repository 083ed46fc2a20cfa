// Exploration over the graph: search, one entity, its neighbours. Every query applies the
// viewer's need-to-know (clearance and compartments) inside Cypher, before any limit or count.
import type { Node, Relationship } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { User } from '../../auth/roles.js';
import { AppError, type Executor } from '../../db/executor.js';
import { num } from '../../db/values.js';
import {
  cluesOf,
  EntitySummary,
  toEdge,
  toEntity,
  typeOf,
  type EdgeOut,
  type EntityOut,
  type EntityView,
  type FieldOut,
  type Tie,
} from './entity.js';
import { visibleDegrees } from './degrees.js';
import { highlighter, type Highlight } from './highlight.js';
import { bareFolio, identifierKeys, partRange } from './identifiers.js';
import {
  LEAD_WORDS,
  luceneQuery,
  nameForms,
  nameKey,
  placeKind,
  tokens,
  wholeWordsQuery,
  words,
} from './search-query.js';

export const MAX_LIMIT = 500;

/** Fewer name hits than this and the search is tried again, forgiving short words' typos. */
const FEW_HITS = 5;
/** A name hit's score at the top of its list; the rest step down to above 0 (by place). */
const NAME_SCORE_TOP = 80;
/** Lucene's candidates read per hit asked for at first; more while too few are visible
 * (ADR 0006), up to NAME_WINDOW_MAX. */
const NAME_WINDOW = 8;
const NAME_WINDOW_MAX = 20_000;
/**
 * More entities named as typed than a page shows ("el chino") are ranked by their visible links
 * (counted to DEGREE_CAP + 1, as the badges), among Lucene's best WHOLE_WINDOW with every word
 * typed; the query's first round counts at least WHOLE_FIRST_ROUND of them, twice what is asked
 * (explore/search-names-whole.cypher).
 */
export const WHOLE_WINDOW = 1_000;
/**
 * From this many names typed whole they are ranked whatever the page's size: a page of 100
 * with 80 namesakes fell back to the index's order (QA: "Ver hasta 100" reshuffled the list).
 */
const WHOLE_FEW = 10;
export const WHOLE_FIRST_ROUND = 100;

/** The parameters of search-names-whole.cypher but the words and the viewer: `limit` rows. */
export function wholeRankParams(limit: number) {
  return {
    window: neo4j.int(WHOLE_WINDOW),
    cap: neo4j.int(DEGREE_CAP),
    rankTo: neo4j.int(Math.max(WHOLE_FIRST_ROUND, 2 * limit)),
    limit: neo4j.int(limit),
  };
}

export function checkLimit(limit: number, max = MAX_LIMIT): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new AppError('BAD_LIMIT', `limit must be a whole number from 1 to ${max}; got ${limit}`);
  }
  return limit;
}

/**
 * Degrees are exact up to this many links; a busier entity answers DEGREE_CAP + 1 ("1,000+"),
 * like the expand preview's counts. Counting visible links cannot use the store's degree.
 */
export const DEGREE_CAP = 1_000;

/** The need-to-know parameters every query takes. */
export function viewerParams(viewer: User): {
  clearance: ReturnType<typeof neo4j.int>;
  compartments: string[];
} {
  return { clearance: neo4j.int(viewer.clearance), compartments: viewer.compartments };
}

export interface Hit {
  entity: EntityView;
  score: number;
  matched: Highlight | null;
  clues: FieldOut[];
}

/**
 * An identifier as people write it. Loaders store folios normalised (upper case, no spaces or
 * dashes); a record's caption starts with the folio as the agency wrote it, which is shown
 * when it is the same folio.
 */
function writtenIdentifier(node: Node, field: string): string {
  const stored = String(node.properties[field] ?? '');
  if (field !== 'folio') return stored;
  const written = String(node.properties.caption ?? '').split(': ')[0]!;
  return bareFolio(written) === node.properties.folioBare ? written : stored;
}

const aliasesOf = (props: Record<string, unknown>): string[] =>
  Array.isArray(props.aliases) ? props.aliases.map(String) : [];

/**
 * The names a name hit was found by, as their folded words: its caption, its index text, its
 * aliases, each also without a lead word ("El Güero" is "güero" typed whole). Each name as its
 * words sorted (`nameKey`'s form: typed whole in any order) and in their order.
 */
function namesOf(props: Record<string, unknown>): { keys: string[]; inOrder: string[] } {
  const forms = [
    String(props.caption ?? ''),
    String(props.searchText ?? ''),
    ...aliasesOf(props),
  ].flatMap(nameForms);
  return {
    keys: forms.map((ws) => [...ws].sort().join(' ')),
    inOrder: forms.map((ws) => ws.join(' ')),
  };
}

type NameRow = Record<string, unknown>;

/**
 * A name hit's row (search-names.cypher) against the text typed: whether it bears the name typed
 * whole (any order); whether a name of it has the words typed together in the order typed (the
 * name itself, or part of it: "juan hernandez" in "Juan Hernández Ruiz", not in "Juan Carlos
 * García Hernández"); whether it is a person with every word typed in a name of theirs. Each
 * row's names are worked out once (asked of each row to count them, then to order them).
 */
export function nameTests(text: string) {
  const wanted = nameKey(text);
  const typedInOrder = words(text).join(' ');
  const typedTokens = tokens(text);
  const seen = new Map<unknown, ReturnType<typeof namesOf>>();
  const namesIn = (r: NameRow) => {
    let n = seen.get(r.node);
    if (n === undefined) seen.set(r.node, (n = namesOf(r.node as NameRow)));
    return n;
  };
  return {
    /** Words typed (the index's stop words aside). */
    typedCount: typedTokens.length,
    typedWhole: (r: NameRow): boolean => namesIn(r).keys.includes(wanted),
    inOrder: (r: NameRow): boolean =>
      namesIn(r).inOrder.some((name) => ` ${name} `.includes(` ${typedInOrder} `)),
    personWithEveryWord: (r: NameRow): boolean =>
      (r.labels as string[]).includes('Person') &&
      namesIn(r).inOrder.some((name) => typedTokens.every((w) => name.split(' ').includes(w))),
  };
}

/**
 * Which name hits a search ranks by their visible links (search-names-whole.cypher), from
 * Lucene's best `rows`, with `room` left on the page; null for none. More entities bear the
 * name typed than the page has room for, or than a few (a hundred people called "el chino"):
 * relevance is the same for them all, so which showed was the index's order and a gang's
 * leader could be 87th. Ranked by their visible links instead, the best connected first, among
 * every one Lucene finds with the words typed (up to WHOLE_WINDOW), they lead the rest of the
 * hits. When one word is typed ("ricardo", a given name or a surname alone), few or none bear
 * it as their whole name but more people than that have it in theirs, those people are ranked
 * so (`people`, the query's parameter): relevance told them apart only by the length of their
 * names (QA: the best-connected Ricardo was not among the first 20). Not for two words or more:
 * relevance tells more there (the words together), and the ranking query cost the bench's name
 * search (surname and given names, shared by hundreds) ~4 ms at p50 and took its p95 over 20 ms
 * (docs/benchmarks.md, session 50).
 */
export function rankedNames(
  tests: ReturnType<typeof nameTests>,
  rows: NameRow[],
  room: number,
): { keep: (r: NameRow) => boolean; people: boolean } | null {
  const many = (test: (r: NameRow) => boolean) =>
    rows.filter(test).length > Math.min(room, WHOLE_FEW);
  if (many(tests.typedWhole)) return { keep: tests.typedWhole, people: false };
  if (tests.typedCount === 1 && many(tests.personWithEveryWord))
    return { keep: tests.personWithEveryWord, people: true };
  return null;
}

/**
 * The ids of the name hits a search counts the visible links of to order them, when `ranked`
 * (rankedNames) ranked none: a few bearing the name typed whole, two or more ("ricardo reyes
 * ortiz": his case-file record, a vehicle owner's, a police file's), so that Enter takes the one
 * the name is typed for (QA: the vehicle owner's record, with one link, came first).
 */
export function fewNamedAsTyped(
  tests: ReturnType<typeof nameTests>,
  rows: NameRow[],
  ranked: ReturnType<typeof rankedNames>,
): string[] {
  const exact = ranked === null ? rows.filter(tests.typedWhole) : [];
  return exact.length > 1 ? exact.map((r) => String((r.node as { id: unknown }).id)) : [];
}

/** What the order of hits reads of each (byNameTypedWhole). */
interface OrderedHit {
  kindTyped?: boolean;
  exact: boolean;
  inOrder: boolean;
  entity: { type: string; degree?: number | null };
}

/** Places named alike, the larger first; what is not a place before them all. */
const PLACE_RANK: Record<string, number> = { Alcaldia: 1, Colonia: 2, Cuadrante: 3 };
const placeRank = (type: string) => PLACE_RANK[type] ?? 0;

/**
 * The order of a search's hits (sorted stably, in relevance order, or with the best connected
 * first where they were ranked so): names typed whole first, and of those the names in the order
 * typed (the paternal surname before the maternal tells people apart: "Hernández García" is not
 * "García Hernández"); among them, places after anything else, the larger first. Then the names
 * with the words typed together in that order: "juan hernandez" is Juan Hernández Ruiz before
 * Juan Carlos García Hernández, however connected. Before all, places of the kind typed
 * (`kindTyped`: "colonia juárez" is the colonia before the people named Juárez). Names typed
 * whole whose visible links were counted (`entity.degree`), the best connected first.
 */
export function byNameTypedWhole(a: OrderedHit, b: OrderedHit): number {
  return (
    Number(b.kindTyped ?? false) - Number(a.kindTyped ?? false) ||
    Number(b.exact) - Number(a.exact) ||
    Number(b.inOrder) - Number(a.inOrder) ||
    (a.exact ? placeRank(a.entity.type) - placeRank(b.entity.type) : 0) ||
    (a.exact ? (b.entity.degree ?? 0) - (a.entity.degree ?? 0) : 0)
  );
}

export class ExploreService {
  constructor(
    private readonly db: Executor,
    private readonly viewer: User,
  ) {}

  private meta(operation: string) {
    return { operation, user: this.viewer.username };
  }

  async search(text: string, limit: number): Promise<Hit[]> {
    if (text.length > 200)
      throw new AppError('BAD_QUERY', 'The search text is longer than 200 characters.');
    checkLimit(limit, 100);
    const vp = viewerParams(this.viewer);
    const hits = new Map<string, Hit>();
    const keys = identifierKeys(text);
    if (Object.values(keys).some((k) => (Array.isArray(k) ? k.length > 0 : k !== null))) {
      const rows = await this.db.readQuery(this.meta('search'), 'explore/search-identifiers', {
        ...keys,
        ...vp,
        limit: neo4j.int(limit),
      });
      // A folio's tail is matched on its letters and digits alone, so a record number typed
      // whole ("1000001") also ended C5 folios ("C5/190910/00001"): found whole, it hides them.
      const anyWhole = rows.some((r) => r.whole === true);
      for (const r of rows) {
        const node = r.node as Node;
        const entity = toEntity(node);
        if (hits.has(entity.id)) continue;
        const field = String(r.field);
        const whole = r.whole === true;
        if (anyWhole && !whole && field === 'folio') continue;
        const value = writtenIdentifier(node, field);
        hits.set(entity.id, {
          entity,
          clues: cluesOf(entity, r.ties as Tie[]),
          score: whole ? 100 : 90,
          matched: {
            field,
            value,
            ranges: [whole ? [0, value.length] : partRange(field, value, keys)],
          },
        });
      }
    }
    // "alcaldía Cuauhtémoc": the name is searched, places of that kind first.
    const { kind, name: nameText } = placeKind(text);
    const query = luceneQuery(nameText);
    if (query !== null && hits.size < limit) {
      // Twice the page, so that a name matching all and only the words typed, which Lucene may
      // rank below partial matches, still makes the page: it comes first, the rest by relevance.
      const typedWords = neo4j.int(words(nameText).length);
      // Lucene's best are read a window at a time and those the reader may not see dropped
      // after: a word held by many hidden records (a compartment's thousands of accounts)
      // could fill the window and leave visible hits off the page, so a window that came
      // back full but left too few is widened by as much as the visible share seen says it
      // must be (8 × at least), up to a bound: four queries at most. The typo-forgiving retry
      // below starts from the window the first search ended with (it reads the same words).
      const needed = 2 * limit;
      let window = NAME_WINDOW * limit;
      const names = async (q: string): Promise<Record<string, unknown>[]> => {
        for (;;) {
          const [row] = await this.db.readQuery(this.meta('search'), 'explore/search-names', {
            query: q,
            typedWords,
            leads: LEAD_WORDS,
            ...vp,
            limit: neo4j.int(needed),
            window: neo4j.int(window),
          });
          const found = row!.hits as Record<string, unknown>[];
          if (found.length >= needed || num(row!.read) < window || window >= NAME_WINDOW_MAX)
            return found;
          const grow = Math.max(NAME_WINDOW, Math.ceil(needed / Math.max(found.length, 1)));
          window = Math.min(window * grow, NAME_WINDOW_MAX);
        }
      };
      let rows = await names(query);
      // Few found: a typo in a short word ("Jaun") is forgiven on a second try, which finds
      // the same names and more (a record with that very typo stays, ranked by its exact
      // match). Fuzzy four-letter words cost ~4 ms more at bench scale; a search that finds a
      // handful never pays it.
      const loose = luceneQuery(nameText, true);
      const retry = rows.length < FEW_HITS && hits.size === 0 && loose !== query;
      if (retry) rows = await names(loose!);
      const tests = nameTests(nameText);
      const wholeQuery = wholeWordsQuery(nameText);
      const room = limit - hits.size;
      const rankedKind = rankedNames(tests, rows, room);
      if (wholeQuery !== null && rankedKind !== null) {
        // The query's test of a name typed whole (as many words) is looser than `typedWhole`:
        // a name it lets through that is not one ("Juan Chino", alias "El Flaco") takes a row,
        // so more rows are asked for while too few for the page are names typed whole (up to
        // every candidate).
        let first: Record<string, unknown>[] = [];
        for (let ask = needed; ; ask = Math.min(WHOLE_WINDOW, ask * 4)) {
          const ranked = await this.db.readQuery(
            this.meta('search'),
            'explore/search-names-whole',
            {
              query: wholeQuery,
              typedWords,
              leads: LEAD_WORDS,
              people: rankedKind.people,
              ...vp,
              ...wholeRankParams(ask),
            },
          );
          first = ranked.map((r) => r.hit as Record<string, unknown>).filter(rankedKind.keep);
          if (first.length >= room || ranked.length < ask || ask >= WHOLE_WINDOW) break;
        }
        const kept = first.slice(0, needed);
        const keptIds = new Set(kept.map((r) => (r.node as { id: string }).id));
        rows = [...kept, ...rows.filter((r) => !keptIds.has((r.node as { id: string }).id))];
      }
      const named = rows.map((r) => {
        const props = r.node as Record<string, unknown>;
        const entity = new EntitySummary(typeOf(r.labels as string[]), props);
        return {
          entity,
          aliases: aliasesOf(props),
          ties: r.ties as Tie[],
          kindTyped: entity.type === kind,
          exact: tests.typedWhole(r),
          inOrder: tests.inOrder(r),
        };
      });
      // A few bear the name typed whole, too few to have been ranked above: the best connected
      // first as well, by the links the reader may see. Their degrees are the ones the hits
      // then show (not asked again).
      const toCount = fewNamedAsTyped(tests, rows, rankedKind);
      if (toCount.length > 0) {
        const degrees = await visibleDegrees(this.db, this.viewer, toCount);
        for (const n of named) if (n.exact) n.entity.degree = degrees.get(n.entity.id) ?? 0;
      }
      // Names typed whole first; among places so named, the larger first ("Benito Juárez": the
      // borough, then its namesake colonia), anything else before them, in relevance order.
      named.sort(byNameTypedWhole);
      const highlight = highlighter(nameText, retry);
      // A name hit's score is its place, not Lucene's relevance: that counts every record in
      // the index, those the reader may not see included, so comparing scores would tell how
      // many hidden records share a word (need-to-know, ADR 0006).
      let place = 0;
      for (const { entity, aliases, ties } of named) {
        if (hits.has(entity.id) || hits.size >= limit) continue;
        const score = (NAME_SCORE_TOP * (limit - place++)) / limit;
        const matched = highlight([
          { field: 'caption', value: entity.caption },
          ...aliases.map((a) => ({ field: 'aliases', value: a })),
        ]);
        hits.set(entity.id, { entity, score, matched, clues: cluesOf(entity, ties) });
      }
    }
    return [...hits.values()];
  }

  async node(id: string): Promise<EntityOut | null> {
    const rows = await this.db.readQuery(this.meta('node'), 'explore/node', {
      id,
      ...viewerParams(this.viewer),
    });
    const row = rows[0];
    return row ? toEntity(row.node as Node) : null;
  }

  async neighbors(
    id: string,
    limit: number,
  ): Promise<{ centre: EntityOut; total: number; nodes: EntityOut[]; edges: EdgeOut[] } | null> {
    const rows = await this.db.readQuery(this.meta('neighbors'), 'explore/neighbors', {
      id,
      limit: neo4j.int(checkLimit(limit)),
      cap: neo4j.int(DEGREE_CAP),
      ...viewerParams(this.viewer),
    });
    const row = rows[0];
    if (!row) return null;
    const total = num(row.total);
    const centre = toEntity(row.centre as Node, total);
    const items = row.items as { rel: Relationship; other: Node; start: string }[];
    const nodes = new Map<string, EntityOut>();
    const edges: EdgeOut[] = [];
    for (const { rel, other, start } of items) {
      const neighbour = toEntity(other);
      nodes.set(neighbour.id, neighbour);
      const [source, target] =
        start === centre.id ? [centre.id, neighbour.id] : [neighbour.id, centre.id];
      edges.push(toEdge(rel, source, target));
    }
    return { centre, total, nodes: [...nodes.values()], edges };
  }
}
