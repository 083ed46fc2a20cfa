// The saved view state (the web's `trama-canvas/1`, web/src/lib/canvas-file.ts) as a reader may
// have it. It is keyed by entity ids — positions, hidden and pinned nodes, groups and their
// members — and an id says much by itself (`phone:5512345678`, a victim's `CJM:persona:…`, an
// address), so every id the reader may not see is taken out on the server before the canvas
// leaves it; the client's own filtering is for display only.

export const CANVAS_FORMAT = 'trama-canvas/1';

interface GroupIn {
  id?: unknown;
  anchor?: unknown;
  members?: unknown;
  collapsed?: unknown;
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * The canvas `json` with only what concerns `visible` entities. Groups keep their visible
 * members (none left: the group goes); a group named after a hidden organisation loses its
 * anchor and takes its first visible member's name (`group:<id>`, as the web names groups), so
 * its id does not carry the hidden one. Anything else than the known fields is dropped; a canvas
 * in another format becomes an empty object (the web opens the elements with default settings).
 */
export function canvasFor(json: string, visible: ReadonlySet<string>): string {
  let saved: Record<string, unknown>;
  try {
    saved = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return '{}';
  }
  if (saved === null || typeof saved !== 'object' || saved.format !== CANVAS_FORMAT) return '{}';
  const renamed = new Map<string, string>();
  const groups: { id: string; anchor: string | null; members: string[]; collapsed: boolean }[] = [];
  for (const g of Array.isArray(saved.groups) ? (saved.groups as GroupIn[]) : []) {
    if (g === null || typeof g !== 'object' || typeof g.id !== 'string') continue;
    const members = strings(g.members).filter((m) => visible.has(m));
    if (members.length === 0) continue;
    const anchor = typeof g.anchor === 'string' && visible.has(g.anchor) ? g.anchor : null;
    const named = g.id.startsWith('group:') ? g.id.slice('group:'.length) : null;
    const id = named !== null && visible.has(named) ? g.id : `group:${anchor ?? members[0]}`;
    if (renamed.has(g.id) || [...renamed.values()].includes(id)) continue;
    renamed.set(g.id, id);
    groups.push({ id, anchor, members, collapsed: g.collapsed === true });
  }
  const known = (id: string) => visible.has(id) || renamed.has(id);
  const rename = (id: string) => renamed.get(id) ?? id;
  const positions: Record<string, unknown> = {};
  const savedPositions =
    saved.positions !== null && typeof saved.positions === 'object' ? saved.positions : {};
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
    groups,
    view: viewOf(saved.view),
  });
}

/** The view settings, field by field (filters by type, agency, grade and time; size; labels;
 * layout): nothing else a client may have put there leaves with them. */
function viewOf(v: unknown): Record<string, unknown> {
  if (v === null || typeof v !== 'object') return {};
  const { filters, sizeBy, edgeLabels, layout } = v as Record<string, unknown>;
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
  };
}
