// How a hypothesis names an investigation the viewer cannot open: its name is the analyst's
// text, not theirs to read; its id, said to be one, lets them ask about it or filter the queue
// by it.
import { i18n } from '../i18n.svelte';

export function unshared(id: string): string {
  return i18n.o.unsharedInvestigation(id);
}

/** An investigation's name, for those the viewer may open (`cases`); said to be unshared else. */
export function caseNameIn(cases: readonly { id: string; name: string }[], id: string): string {
  return cases.find((c) => c.id === id)?.name ?? unshared(id);
}
