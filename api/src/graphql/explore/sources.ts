// The source records listed on shared entities (`sources`: every record that mentioned an
// address, phone, vehicle or account), reduced to those the viewer may see (ADR 0003, 0006).

/** Records of these agencies reveal a gender-violence or financial-intelligence file by their id alone. */
const AGENCY_COMPARTMENT: Record<string, string> = { CJM: 'GV', UIF: 'FIN' };

/**
 * A ref ("FGJ:persona:1001383") is shown when the viewer holds its agency's compartment and,
 * if its record is an entity (`records`: ref → whether the viewer may see that record and its
 * link to the shared entity; explore/source-records.cypher), may see it: a victim's or minor's
 * record raised to a compartment keeps its ref on the address it gave, and an informant's record
 * id must not reach an analyst through it.
 */
export function visibleSources(
  sources: readonly string[],
  compartments: readonly string[],
  records: ReadonlyMap<string, boolean>,
): string[] {
  return sources.filter((ref) => {
    const needed = AGENCY_COMPARTMENT[ref.split(':')[0] ?? ''];
    return (needed === undefined || compartments.includes(needed)) && records.get(ref) !== false;
  });
}
