// An amendment's changes as the hypothesis's detail names them: "Confianza: 60% → 75%".
import type { OversightDict } from '../i18n-oversight';
import type { HypothesisStep } from './api';

type Change = NonNullable<HypothesisStep['changes']>[number];

/** The fields an amendment may change, by the names the detail gives them. */
const AMENDABLE = ['rationale', 'confidence', 'reliability', 'credibility'] as const;

function fieldName(o: OversightDict, field: string): string {
  return (AMENDABLE as readonly string[]).includes(field)
    ? o[field as (typeof AMENDABLE)[number]]
    : field;
}

/** A value as the detail shows it (confidence as a percentage). */
function shown(field: string, value: string | null | undefined): string {
  if (value == null || value === '') return '—';
  // A rationale is shown whole in the detail; here only its start, to tell the versions apart.
  if (field === 'rationale' && value.length > 160) return `${value.slice(0, 160)}…`;
  if (field === 'confidence' && !Number.isNaN(Number(value)))
    return `${Math.round(Number(value) * 100)}%`;
  return value;
}

/** `o`: the reader's dictionary (`i18n.o`). */
export function changeText(o: OversightDict, c: Change): string {
  return `${fieldName(o, c.field)}: ${shown(c.field, c.from)} → ${shown(c.field, c.to)}`;
}

/** What the steps after `version` changed (a hypothesis's step n has version n), in order. */
export function changesSince(
  history: HypothesisStep[] | null | undefined,
  version: number,
): Change[] {
  return (history ?? []).slice(version).flatMap((s) => s.changes ?? []);
}
