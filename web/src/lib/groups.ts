// Grouping: an organisation's members (or any selection) drawn as one compound node, which can
// be collapsed into a single node so a large cell does not flood the canvas. Pure transitions.
import type { DomainGraph, Group } from './graph';

/** Links that make someone part of an organisation. */
const MEMBERSHIP = new Set(['MEMBER_OF', 'SUBCELL_OF', 'DIRECTOR_OF']);

/**
 * The organisation's members on the canvas: whoever a membership link points from to it (its
 * members, directors and cells). Not what it points to: a cell's own SUBCELL_OF link names its
 * parent, which is not part of the cell.
 */
export function orgMembers(g: DomainGraph, orgId: string): string[] {
  const out = new Set<string>();
  for (const e of g.edges.values())
    if (MEMBERSHIP.has(e.type) && e.target === orgId && g.nodes.has(e.source)) out.add(e.source);
  return [...out].sort();
}

export function groupOf(g: DomainGraph, nodeId: string): Group | null {
  for (const gr of g.groups.values()) if (gr.members.includes(nodeId)) return gr;
  return null;
}

/**
 * Groups the nodes (an entity belongs to one group at most: it leaves any earlier one). With an
 * anchor, the group is named after it and the anchor joins the group. Starts collapsed.
 */
export function makeGroup(
  g: DomainGraph,
  members: readonly string[],
  anchor: string | null = null,
): DomainGraph {
  const list = [...new Set([...(anchor ? [anchor] : []), ...members])].filter((id) =>
    g.nodes.has(id),
  );
  if (list.length < 2) return g;
  const id = `group:${anchor ?? list[0]}`;
  const groups = new Map<string, Group>();
  for (const gr of g.groups.values()) {
    if (gr.id === id) continue;
    const rest = gr.members.filter((m) => !list.includes(m));
    if (rest.length > 0) groups.set(gr.id, { ...gr, members: rest });
  }
  groups.set(id, { id, anchor, members: list, collapsed: true });
  return { ...g, groups };
}

/**
 * The drawn records an approved "same person" joins to `id` (SAME_AS links, followed from record
 * to record), `id` first; just `id` when none.
 */
export function samePersonRecords(g: DomainGraph, id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++)
    for (const e of g.edges.values()) {
      if (e.type !== 'SAME_AS') continue;
      const other = e.source === out[i] ? e.target : e.target === out[i] ? e.source : null;
      if (other !== null && g.nodes.has(other) && !out.includes(other)) out.push(other);
    }
  return out;
}

/** The records of one person drawn as one node, named after `id` (ungrouped like any group). */
export function showAsOnePerson(g: DomainGraph, id: string): DomainGraph {
  const records = samePersonRecords(g, id);
  const next = makeGroup(g, records, id);
  const gr = next.groups.get(`group:${id}`);
  if (next === g || !gr) return g;
  return { ...next, groups: new Map(next.groups).set(gr.id, { ...gr, kind: 'samePerson' }) };
}

export function ungroup(g: DomainGraph, groupId: string): DomainGraph {
  if (!g.groups.has(groupId)) return g;
  const groups = new Map(g.groups);
  groups.delete(groupId);
  return { ...g, groups };
}

/** The longest name a group takes (the API keeps as many characters). */
export const GROUP_NAME_MAX = 80;

/** A group's name as kept: trimmed, at most GROUP_NAME_MAX characters ('' for none). */
export const groupName = (text: string): string => text.trim().slice(0, GROUP_NAME_MAX);

/** Names a group; an empty name gives it back the name of its lead member. */
export function renameGroup(g: DomainGraph, groupId: string, name: string): DomainGraph {
  const gr = g.groups.get(groupId);
  if (!gr) return g;
  const named = groupName(name);
  if (named === (gr.name ?? '')) return g;
  const next: Group = { ...gr, name: named };
  if (!named) delete next.name;
  return { ...g, groups: new Map(g.groups).set(groupId, next) };
}

export function toggleCollapsed(g: DomainGraph, groupId: string): DomainGraph {
  const gr = g.groups.get(groupId);
  if (!gr) return g;
  return { ...g, groups: new Map(g.groups).set(groupId, { ...gr, collapsed: !gr.collapsed }) };
}

/**
 * The group's label: the name an analyst gave it, or its organisation's (or person's) caption,
 * with the size; a group of a selection, its lead member "+N" more (a name and a size alone
 * read as that one entity).
 * The same in both languages: it is drawn by modules that know none.
 */
export function groupLabel(g: DomainGraph, gr: Group, whole = false): string {
  const caption =
    gr.name ?? g.nodes.get(gr.anchor ?? leadMember(g, gr.members) ?? '')?.caption ?? '';
  // Short enough that the size after it shows, wherever the label is cut; `whole` where a name
  // has room (the canvas's table: QA, "Célula 2da Ampliacion P… (5)" was not found by its name).
  const name =
    !whole && caption.length > NAME_MAX ? `${caption.slice(0, NAME_MAX - 1).trimEnd()}…` : caption;
  // Named by the analyst, or after its organisation: the name and its size.
  if (gr.name || gr.anchor) return `${name} (${gr.members.length})`;
  return gr.members.length > 1 ? `${name} +${gr.members.length - 1}` : name;
}

/** Characters of a group's name before its size. */
const NAME_MAX = 24;

/** Who a selection's group is named after: its first organisation, else person, else member. */
function leadMember(g: DomainGraph, members: readonly string[]): string | undefined {
  for (const type of ['Organization', 'Person'])
    for (const id of members) if (g.nodes.get(id)?.type === type) return id;
  return members[0];
}
