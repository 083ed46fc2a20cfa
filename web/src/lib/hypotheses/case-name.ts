// How a hypothesis names its investigation: by name where the viewer may open it; where they
// may not, said to be unshared, with its name when the API gives it to them (a supervisor, who
// decides on it and reads it in the audit trail's purpose) — never as a bare id (QA: "no
// compartida con usted (8a83842b-…)"). The id stays in the element's tooltip.
import { i18n } from '../i18n.svelte';
import type { Hypothesis } from './api';

type Named = Pick<Hypothesis, 'investigationId' | 'investigationName'>;

export function unshared(h: Named): string {
  return h.investigationName ? i18n.o.unsharedNamed(h.investigationName) : i18n.o.unsharedShort;
}

/** An investigation's name, for those the viewer may open (`cases`); said to be unshared else. */
export function caseNameIn(cases: readonly { id: string; name: string }[], h: Named): string {
  return cases.find((c) => c.id === h.investigationId)?.name ?? unshared(h);
}
