// Saved canvases. The view state is stored as the client sent it (opaque JSON), but the
// elements are stored as references only and re-read on every open with the reader's
// need-to-know: a canvas shared with a colleague of lower clearance never shows them more than
// they may see, and it never shows data that has changed or been deleted since it was saved.
import { randomUUID } from 'node:crypto';
import type { Node, Relationship } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { User } from '../../auth/roles.js';
import { AppError, type Executor } from '../../db/executor.js';
import { toPlain } from '../../db/values.js';
import { toEdge, toEntity, type EdgeOut, type EntityOut } from '../explore/entity.js';
import { canvasFor, keepHidden } from './canvas.js';
import { viewerParams } from '../explore/service.js';
import {
  checkContent,
  storedContent,
  validContent,
  validName,
  type ContentIn,
  type LinkRef,
} from './validate.js';

export type Access = 'OWNER' | 'EDIT' | 'READ';

export interface ShareOut {
  username: string;
  displayName: string;
  access: 'READ' | 'EDIT';
}

export interface InvestigationOut {
  id: string;
  name: string;
  owner: string;
  ownerName: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  updatedByName: string;
  version: number;
  access: Access;
  shares: ShareOut[];
}

export interface SavedCanvasOut {
  investigation: InvestigationOut;
  canvas: string;
  entities: EntityOut[];
  links: EdgeOut[];
  omitted: number;
}

const NOT_FOUND = 'No investigation with this id is shared with you.';

function notFound(): AppError {
  return new AppError('NOT_FOUND', NOT_FOUND);
}

/**
 * The confirmed links among the saved entities that the saved canvas does not hold (approved
 * after it was saved), as edges. One saved and approved again since is held already, by its new
 * id (links.cypher finds it by its hypothesis).
 */
function confirmedSince(held: readonly EdgeOut[], rows: Record<string, unknown>[]): EdgeOut[] {
  const have = new Set(held.map((e) => e.id));
  return rows
    .map((r) => toEdge(r.rel as Relationship, String(r.source), String(r.target)))
    .filter((e) => !have.has(e.id));
}

/** A row of get/list/save/create.cypher as the GraphQL type. */
function toInvestigation(row: Record<string, unknown>): InvestigationOut {
  const inv = toPlain(row.inv) as Record<string, string | number>;
  const shares = (toPlain(row.shares) as unknown as (ShareOut | null)[]).filter(
    (s): s is ShareOut => s !== null,
  );
  return {
    id: String(inv.id),
    name: String(inv.name),
    owner: String(inv.owner),
    ownerName: String(inv.ownerName),
    createdAt: String(inv.createdAt),
    updatedAt: String(inv.updatedAt),
    updatedBy: String(inv.updatedBy),
    updatedByName: String(inv.updatedByName),
    version: Number(inv.version),
    access: row.access as Access,
    shares: shares.sort((a, b) => a.username.localeCompare(b.username)),
  };
}

/** A change to an investigation, for those who may have it open (the live subscription). */
export interface InvestigationChangeOut {
  id: string;
  action: 'SAVED' | 'DELETED' | 'UNSHARED';
  byName: string;
  version: number | null;
  updatedAt: string | null;
}

/** Told of each change, with the usernames it concerns (`audience`). */
export type ChangeSink = (change: InvestigationChangeOut, audience: string[]) => void;

/** Everyone who may open it: its owner and the colleagues it is shared with. */
const audienceOf = (inv: InvestigationOut) => [inv.owner, ...inv.shares.map((s) => s.username)];

export class InvestigationService {
  constructor(
    private readonly db: Executor,
    private readonly viewer: User,
    private readonly changed: ChangeSink = () => {},
  ) {}

  private meta(operation: string) {
    return { operation, user: this.viewer.username };
  }

  async list(): Promise<InvestigationOut[]> {
    const rows = await this.db.readQuery(this.meta('investigations'), 'investigations/list', {
      username: this.viewer.username,
    });
    return rows.map(toInvestigation);
  }

  async colleagues(): Promise<{ username: string; displayName: string }[]> {
    const rows = await this.db.readQuery(this.meta('colleagues'), 'investigations/colleagues', {
      username: this.viewer.username,
    });
    return rows.map((r) => ({ username: String(r.username), displayName: String(r.displayName) }));
  }

  private async get(
    id: string,
    withContent: boolean,
    operation = 'openInvestigation',
  ): Promise<Record<string, unknown>> {
    const rows = await this.db.readQuery(this.meta(operation), 'investigations/get', {
      id,
      username: this.viewer.username,
      withContent,
    });
    if (!rows[0]) throw notFound();
    return rows[0];
  }

  /** What a get with content stored: the view state and the references. */
  private static saved(row: Record<string, unknown>): ContentIn {
    return {
      canvas: String(row.canvas),
      entityIds: (row.entityIds as string[] | null) ?? [],
      links: JSON.parse(String(row.links ?? '[]')) as LinkRef[],
    };
  }

  /** The saved entities and links the viewer may see now, with their current data. */
  private async readable(
    saved: ContentIn,
    operation: string,
  ): Promise<{ entities: EntityOut[]; links: EdgeOut[]; savedLinkIds: Set<string> }> {
    const vp = viewerParams(this.viewer);
    const [entities, links] = await Promise.all([
      this.db.readQuery(this.meta(operation), 'investigations/entities', {
        ids: saved.entityIds,
        ...vp,
      }),
      this.db.readQuery(this.meta(operation), 'investigations/links', {
        links: saved.links,
        ...vp,
      }),
    ]);
    return {
      entities: entities.map((r) => toEntity(r.node as Node)),
      links: links.map((r) => toEdge(r.rel as Relationship, String(r.source), String(r.target))),
      // The saved references found, as saved (a confirmed link approved again has a new id).
      savedLinkIds: new Set(links.map((r) => String(r.savedId))),
    };
  }

  async open(id: string): Promise<SavedCanvasOut> {
    const row = await this.get(id, true);
    const saved = InvestigationService.saved(row);
    const [{ entities, links }, [existing], confirmed] = await Promise.all([
      this.readable(saved, 'openInvestigation'),
      // Deleted since, not hidden: how many saved elements one may not see is need-to-know.
      this.db.readQuery(this.meta('openInvestigation'), 'investigations/existing', {
        ids: saved.entityIds,
        links: saved.links,
      }),
      // Confirmed since it was saved: drawn as the live decision would have drawn them.
      this.db.readQuery(this.meta('openInvestigation'), 'investigations/confirmed-among', {
        ids: saved.entityIds,
        ...viewerParams(this.viewer),
      }),
    ]);
    const deleted =
      saved.entityIds.length -
      Number(existing?.entities ?? 0) +
      saved.links.length -
      Number(existing?.links ?? 0);
    const readable = new Set(entities.map((e) => e.id));
    // Saved, still there, and not for this reader's eyes.
    const withheld =
      Number(existing?.entities ?? 0) -
      entities.length +
      Number(existing?.links ?? 0) -
      links.length;
    return {
      investigation: toInvestigation(row),
      canvas: canvasFor(
        saved.canvas,
        readable,
        withheld === 0,
        new Set(
          ((existing?.present as string[] | undefined) ?? []).filter((i) => !readable.has(i)),
        ),
      ),
      entities,
      links: [...links, ...confirmedSince(links, confirmed)],
      omitted: deleted,
    };
  }

  async create(name: string, content: ContentIn): Promise<InvestigationOut> {
    // Bad input is refused before anything is read; what is left of it is as valid.
    const c = storedContent(await this.seenBySaver(checkContent(content), 'createInvestigation'));
    const rows = await this.db.writeQuery(
      this.meta('createInvestigation'),
      'investigations/create',
      {
        id: randomUUID(),
        name: validName(name),
        username: this.viewer.username,
        ...c,
      },
    );
    if (!rows[0]) throw new AppError('UNAUTHENTICATED', 'Your account no longer exists.');
    return toInvestigation(rows[0]);
  }

  async save(
    id: string,
    version: number,
    content: ContentIn,
    name: string | null,
  ): Promise<InvestigationOut> {
    // Bad input is refused before anything is read; checked again with what is kept hidden.
    const sent = await this.seenBySaver(checkContent(content), 'saveInvestigation');
    const c = validContent(await this.withHidden(id, sent));
    const rows = await this.db.writeQuery(this.meta('saveInvestigation'), 'investigations/save', {
      id,
      version: neo4j.int(version),
      name: name === null ? null : validName(name),
      username: this.viewer.username,
      ...c,
    });
    const row = rows[0];
    if (!row || row.outcome === 'NOT_FOUND') throw notFound();
    const current = toInvestigation(row);
    if (row.outcome === 'FORBIDDEN') {
      throw new AppError('FORBIDDEN', 'This investigation is shared with you for reading only.');
    }
    if (row.outcome === 'CONFLICT') {
      throw new AppError(
        'CONFLICT',
        `${current.updatedByName} (${current.updatedBy}) saved version ${current.version} at ` +
          `${current.updatedAt}, after you opened version ${version}: reopen it, or save yours as a new investigation.`,
        [current.updatedByName, current.updatedAt],
      );
    }
    this.changed(
      {
        id,
        action: 'SAVED',
        byName: current.updatedByName,
        version: current.version,
        updatedAt: current.updatedAt,
      },
      audienceOf(current),
    );
    return current;
  }

  /**
   * The entities and links sent that the saver may see now; the rest is not stored, as if it did
   * not exist (security review: stored, an id the saver may not see was told apart from one that
   * does not exist when the investigation was opened — "deleted since" counted only the latter —
   * which told whether a protected entity or link existed). What the saver could draw, they may
   * see; an entity deleted since it was drawn goes as it would have on opening.
   */
  private async seenBySaver(content: ContentIn, operation: string): Promise<ContentIn> {
    const { entities, savedLinkIds } = await this.readable(content, operation);
    const ids = new Set(entities.map((e) => e.id));
    return {
      canvas: content.canvas,
      entityIds: content.entityIds.filter((id) => ids.has(id)),
      links: content.links.filter((l) => savedLinkIds.has(l.id)),
    };
  }

  /**
   * What the saver sent, with what the stored version holds that they may not see (keepHidden).
   * The version check of the save itself refuses it if another save came in between.
   */
  private async withHidden(id: string, content: ContentIn): Promise<ContentIn> {
    // A stranger gets NOT_FOUND here, as from the save; a reader is refused by the save.
    const row = await this.get(id, true, 'saveInvestigation');
    if (row.access === 'READ') return content;
    const saved = InvestigationService.saved(row);
    const { entities, savedLinkIds } = await this.readable(saved, 'saveInvestigation');
    return keepHidden(saved, content, new Set(entities.map((e) => e.id)), savedLinkIds);
  }

  /** Owner-only actions: refuse others with FORBIDDEN, and strangers with NOT_FOUND. */
  private async requireOwner(id: string, action: string): Promise<InvestigationOut> {
    const row = await this.get(id, false);
    if (row.access !== 'OWNER') {
      throw new AppError('FORBIDDEN', `Only the owner of an investigation may ${action} it.`);
    }
    return toInvestigation(row);
  }

  private tell(id: string, action: 'DELETED' | 'UNSHARED', audience: string[]): void {
    const byName = this.viewer.displayName;
    this.changed({ id, action, byName, version: null, updatedAt: null }, audience);
  }

  async share(id: string, username: string, access: 'READ' | 'EDIT'): Promise<InvestigationOut> {
    await this.requireOwner(id, 'share');
    if (username === this.viewer.username) {
      throw new AppError('BAD_INPUT', 'You own this investigation already.');
    }
    if (!(await this.colleagues()).some((c) => c.username === username)) {
      throw new AppError(
        'BAD_INPUT',
        `${username} is not an active analyst, investigator or supervisor.`,
      );
    }
    await this.db.writeQuery(this.meta('shareInvestigation'), 'investigations/share', {
      id,
      username: this.viewer.username,
      target: username,
      canEdit: access === 'EDIT',
    });
    return toInvestigation(await this.get(id, false));
  }

  async unshare(id: string, username: string): Promise<InvestigationOut> {
    const before = await this.requireOwner(id, 'unshare');
    await this.db.writeQuery(this.meta('unshareInvestigation'), 'investigations/unshare', {
      id,
      username: this.viewer.username,
      target: username,
    });
    if (before.shares.some((s) => s.username === username)) this.tell(id, 'UNSHARED', [username]);
    return toInvestigation(await this.get(id, false));
  }

  async delete(id: string): Promise<boolean> {
    const before = await this.requireOwner(id, 'delete');
    const rows = await this.db.writeQuery(
      this.meta('deleteInvestigation'),
      'investigations/delete',
      {
        id,
        username: this.viewer.username,
      },
    );
    const deleted = neo4j.integer.toNumber((rows[0]?.deleted as number | undefined) ?? 0) === 1;
    if (deleted) this.tell(id, 'DELETED', audienceOf(before));
    return deleted;
  }
}
