// Audit actions and outcomes as a reader says them ("Consulta: cola de hipótesis" for
// "query:hypothesisQueue"); unknown codes show as they are. Exports keep the codes.
import type { OversightDict } from '../i18n-oversight';

export function actionLabel(action: string, o: OversightDict): string {
  const event = o.auditEvents[action];
  if (event) return event;
  const colon = action.indexOf(':');
  if (colon < 0) return action;
  const kind = action.slice(0, colon);
  const ops = action
    .slice(colon + 1)
    .split(',')
    .map((f) => o.auditOps[f] ?? f);
  return `${o.auditKinds[kind] ?? kind}: ${ops.join(', ')}`;
}

export function outcomeLabel(outcome: string, o: OversightDict): string {
  return o.auditOutcomes[outcome] ?? outcome;
}
