// The saved view state (the web's `trama-canvas/1`, web/src/lib/canvas-file.ts) as a reader may
// have it. It is keyed by entity ids — positions, hidden and pinned nodes, groups and their
// members — and an id says much by itself (`phone:5512345678`, a victim's `CJM:persona:…`, an
// address), so every id the reader may not see is taken out on the server before the canvas
// leaves it; the client's own filtering is for display only.

import type { ContentIn } from './validate.js';

export const CANVAS_FORMAT = 'trama-canvas/1';

interface GroupIn {
  id?: unknown;
  anchor?: unknown;
  members?: unknown;
  collapsed?: unknown;
  name?: unknown;
  kind?: unknown;
}

/** The longest name an analyst may give a group. */
export const GROUP_NAME_MAX = 80;

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

interface ReaderGroup {
  /** The group's id as saved, and as this reader gets it. */
  savedId: string;
  id: string;
  anchor: string | null;
  members: string[];
  collapsed: boolean;
  /**
   * The name an analyst gave it, for a reader who sees every member and its organisation: it was
   * written by someone who saw them all, and may speak of those hidden ("la célula de X").
   */
  name?: string;
  /** Records of one person shown as one (ADR 0015), not a selection. */
  kind?: 'samePerson';
}

/**
 * The saved groups as a reader who sees `visible` gets them (see canvasFor). `hidden`: saved
 * entities that exist and the reader may not see (one deleted since hides nothing).
 */
function readerGroups(
  saved: unknown,
  visible: ReadonlySet<string>,
  hidden: ReadonlySet<string>,
): ReaderGroup[] {
  const out: ReaderGroup[] = [];
  for (const g of Array.isArray(saved) ? (saved as GroupIn[]) : []) {
    if (g === null || typeof g !== 'object' || typeof g.id !== 'string') continue;
    const members = strings(g.members).filter((m) => visible.has(m));
    if (members.length === 0) continue;
    const anchor = typeof g.anchor === 'string' && visible.has(g.anchor) ? g.anchor : null;
    const named = g.id.startsWith('group:') ? g.id.slice('group:'.length) : null;
    const id = named !== null && visible.has(named) ? g.id : `group:${anchor ?? members[0]}`;
    if (out.some((o) => o.savedId === g.id || o.id === id)) continue;
    // Nothing of it hidden from the reader: its name (written by someone who saw it all) and
    // its kind (one person's records: with one of them hidden, it would say another exists).
    const whole = ![...strings(g.members), ...strings([g.anchor])].some((m) => hidden.has(m));
    const name = typeof g.name === 'string' ? g.name.trim().slice(0, GROUP_NAME_MAX) : '';
    out.push({
      savedId: g.id,
      id,
      anchor,
      members,
      collapsed: g.collapsed === true,
      ...(whole && name ? { name } : {}),
      ...(whole && g.kind === 'samePerson' ? { kind: 'samePerson' as const } : {}),
    });
  }
  return out;
}

/**
 * The canvas `json` with only what concerns `visible` entities. Groups keep their visible
 * members (none left: the group goes); a group named after a hidden organisation loses its
 * anchor and takes its first visible member's name (`group:<id>`, as the web names groups), so
 * its id does not carry the hidden one; a group with a member or organisation in `hidden` (saved
 * entities that exist and the reader may not see) loses its name and kind. Anything else than
 * the known fields is dropped; a canvas in another format becomes an empty object (the web
 * opens the elements with default settings).
 */
export function canvasFor(
  json: string,
  visible: ReadonlySet<string>,
  seesAll: boolean,
  hidden: ReadonlySet<string>,
): string {
  let saved: Record<string, unknown>;
  try {
    saved = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return '{}';
  }
  if (saved === null || typeof saved !== 'object' || saved.format !== CANVAS_FORMAT) return '{}';
  const groups = readerGroups(saved.groups, visible, hidden);
  const renamed = new Map(groups.map((g) => [g.savedId, g.id]));
  const known = (id: string) => visible.has(id) || renamed.has(id);
  const rename = (id: string) => renamed.get(id) ?? id;
  const positions: Record<string, unknown> = {};
  const view = viewOf(saved.view);
  // On a map a place is a point in the city: one beside a located entity the reader may not see
  // (a person placed by a protected victim's address) or joined to one by a link they may not
  // see would say where it is. A reader who does not see all that was saved gets the map (its
  // frame) without the places, and their canvas is laid out on it from what they see.
  const placesSay = view.layout === 'geo' && !seesAll;
  const savedPositions =
    !placesSay && saved.positions !== null && typeof saved.positions === 'object'
      ? saved.positions
      : {};
  for (const [id, p] of Object.entries(savedPositions as Record<string, unknown>)) {
    if (
      known(id) &&
      Array.isArray(p) &&
      p.length === 2 &&
      p.every((c) => typeof c === 'number' && Number.isFinite(c))
    ) {
      positions[rename(id)] = p;
    }
  }
  return JSON.stringify({
    format: CANVAS_FORMAT,
    positions,
    hidden: strings(saved.hidden).filter((id) => visible.has(id)),
    pinned: strings(saved.pinned).filter(known).map(rename),
    groups: groups.map(({ id, anchor, members, collapsed, name, kind }) => ({
      id,
      anchor,
      members,
      collapsed,
      ...(name ? { name } : {}),
      ...(kind ? { kind } : {}),
    })),
    view,
  });
}

/** The view settings, field by field (filters by type, agency, grade and time; size; labels;
 * layout and its map's frame): nothing else a client may have put there leaves with them. */
function viewOf(v: unknown): Record<string, unknown> {
  if (v === null || typeof v !== 'object') return {};
  const { filters, sizeBy, edgeLabels, layout, mapFrame } = v as Record<string, unknown>;
  const f = (filters ?? {}) as Record<string, unknown>;
  const time = (f.time ?? null) as { from?: unknown; to?: unknown } | null;
  return {
    filters:
      filters !== null && typeof filters === 'object'
        ? {
            hiddenTypes: strings(f.hiddenTypes),
            hiddenRelTypes: strings(f.hiddenRelTypes),
            hiddenAgencies: strings(f.hiddenAgencies),
            maxReliability: typeof f.maxReliability === 'string' ? f.maxReliability : undefined,
            maxCredibility: typeof f.maxCredibility === 'number' ? f.maxCredibility : undefined,
            time:
              time && typeof time.from === 'number' && typeof time.to === 'number'
                ? { from: time.from, to: time.to }
                : null,
          }
        : undefined,
    sizeBy: typeof sizeBy === 'string' ? sizeBy : undefined,
    edgeLabels: typeof edgeLabels === 'boolean' ? edgeLabels : undefined,
    layout: typeof layout === 'string' ? layout : undefined,
    mapFrame: layout === 'geo' ? frameOf(mapFrame) : undefined,
  };
}

/**
 * Every map's fixed corner and shrink, as web/src/lib/layouts.ts makes them (its test and
 * api/test/investigations.int.test.ts hold both to the same numbers).
 */
const MAP_FRAME_CORNER = { lon0: -99.5, lat1: 19.75, kx: Math.cos((19.4 * Math.PI) / 180) };

/**
 * The map's frame (web/src/lib/layouts.ts): the fixed corner and a power of two, which say
 * nothing of where entities are. Any other frame (one made from entities' extent by an older
 * web, say) goes: the map is made again when next laid out.
 */
function frameOf(f: unknown): Record<string, number> | undefined {
  if (f === null || typeof f !== 'object') return undefined;
  const { lon0, lat1, kx, scale } = f as Record<string, unknown>;
  const corner = MAP_FRAME_CORNER;
  if (lon0 !== corner.lon0 || lat1 !== corner.lat1 || kx !== corner.kx) return undefined;
  const power = typeof scale === 'number' ? Math.log2(scale) : NaN;
  if (!Number.isInteger(power) || power < 0 || power > 40) return undefined;
  return { ...corner, scale: scale as number };
}

interface CanvasJson {
  positions: Record<string, unknown>;
  hidden: string[];
  pinned: string[];
  groups: {
    id: string;
    anchor: string | null;
    members: string[];
    collapsed: boolean;
    name?: string;
    kind?: string;
  }[];
}

/**
 * What a colleague saves, with what the stored canvas holds that they may not see put back: the
 * entities and links hidden from them, and those entities' places, hidden and pinned marks and
 * group memberships (a group they got under another name gets its own back). They could not
 * have removed what they never saw, so a save by a colleague of lower clearance loses nothing.
 * `visible` and `visibleLinks`: the stored entity ids and link ids the saver may see.
 */
export function keepHidden(
  stored: ContentIn,
  sent: ContentIn,
  visible: ReadonlySet<string>,
  visibleLinks: ReadonlySet<string>,
): ContentIn {
  const hiddenIds = stored.entityIds.filter((id) => !visible.has(id));
  const hiddenLinks = stored.links.filter((l) => !visibleLinks.has(l.id));
  if (hiddenIds.length === 0 && hiddenLinks.length === 0) return sent;
  const sentIds = new Set(sent.entityIds);
  const sentLinks = new Set(sent.links.map((l) => l.id));
  const entityIds = [...sent.entityIds, ...hiddenIds.filter((id) => !sentIds.has(id))];
  const links = [...sent.links, ...hiddenLinks.filter((l) => !sentLinks.has(l.id))];
  let was: Partial<CanvasJson>;
  let now: Partial<CanvasJson> & Record<string, unknown>;
  try {
    was = JSON.parse(stored.canvas) as Partial<CanvasJson>;
    now = JSON.parse(sent.canvas) as Partial<CanvasJson> & Record<string, unknown>;
  } catch {
    return { canvas: sent.canvas, entityIds, links };
  }
  if (!was || typeof was !== 'object' || !now || typeof now !== 'object') {
    return { canvas: sent.canvas, entityIds, links };
  }
  const hidden = new Set(hiddenIds);
  const positions: Record<string, unknown> = { ...(now.positions ?? {}) };
  const wasPositions = (was.positions ?? {}) as Record<string, unknown>;
  for (const id of hiddenIds) if (id in wasPositions) positions[id] = wasPositions[id];
  const pinned = [...strings(now.pinned), ...strings(was.pinned).filter((id) => hidden.has(id))];
  const groups = Array.isArray(now.groups) ? [...now.groups] : [];
  const seen = readerGroups(was.groups, visible, hidden);
  for (const g of Array.isArray(was.groups) ? (was.groups as GroupIn[]) : []) {
    if (g === null || typeof g !== 'object' || typeof g.id !== 'string') continue;
    const kept = strings(g.members).filter((m) => hidden.has(m));
    const anchorHidden = typeof g.anchor === 'string' && hidden.has(g.anchor);
    if (kept.length === 0 && !anchorHidden) continue;
    const asSeen = seen.find((s) => s.savedId === g.id);
    const i = asSeen ? groups.findIndex((n) => n.id === asSeen.id) : -1;
    const gid = g.id;
    const restore = (from: string) => {
      if (from in positions && !(gid in positions)) positions[gid] = positions[from];
      if (from !== gid) delete positions[from];
      const p = pinned.indexOf(from);
      if (p >= 0) pinned[p] = gid;
    };
    if (i >= 0) {
      // The group as the saver left it, under its own name, with its hidden members back.
      const n = groups[i]!;
      restore(n.id);
      // Its name was withheld from the saver (canvasFor): kept, unless they gave it one.
      const name = n.name || (typeof g.name === 'string' ? g.name : '');
      groups[i] = {
        ...n,
        id: gid,
        anchor: anchorHidden ? (g.anchor as string) : n.anchor,
        members: [...new Set([...n.members, ...kept])],
        ...(name ? { name } : {}),
      };
    } else if (!asSeen) {
      // A group the saver never saw (every member hidden) stays as it was.
      if (g.id in wasPositions) positions[g.id] = wasPositions[g.id];
      if (strings(was.pinned).includes(g.id)) pinned.push(g.id);
      groups.push({
        id: g.id,
        anchor: typeof g.anchor === 'string' ? g.anchor : null,
        members: kept,
        collapsed: g.collapsed === true,
        ...(typeof g.name === 'string' && g.name ? { name: g.name } : {}),
        ...(g.kind === 'samePerson' ? { kind: 'samePerson' } : {}),
      });
    }
    // A group the saver ungrouped: its hidden members stay on the canvas, ungrouped.
  }
  const canvas = {
    ...now,
    positions,
    hidden: [...strings(now.hidden), ...strings(was.hidden).filter((id) => hidden.has(id))],
    pinned: [...new Set(pinned)],
    groups,
  };
  return { canvas: JSON.stringify(canvas), entityIds, links };
}
