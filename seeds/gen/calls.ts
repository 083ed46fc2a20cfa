// Call detail records (sábanas de llamadas) obtained by FGJ under judicial order for the phones
// of investigated people: organisation members call each other far more than chance, and
// aggressors call and text their victims. These rows become CALLED relationships.

import { isoDate, hhmmss } from '../lib/dates.js';
import { FIRST_DAY, LAST_DAY } from './context.js';
import type { OrgWorld } from './orgs.js';
import type { Person } from './population.js';
import type { World } from './world.js';

const CARRIERS: readonly (readonly [string, number])[] = [
  ['TELCEL', 62],
  ['AT&T', 18],
  ['MOVISTAR', 12],
  ['BAIT', 5],
  ['ALTÁN', 3],
];

interface Target {
  phone: string;
  contacts: (readonly [string, number])[];
}

/** Writes one sábana (all calls to and from `t.phone` over a period); returns the rows written. */
function sabana(w: World, t: Target, days: number, perDay: number): number {
  const { ctx } = w;
  const rng = ctx.rng;
  const start = FIRST_DAY + rng.int(LAST_DAY - FIRST_DAY - days);
  const [y] = isoDate(start).split('-');
  const oficio = `OF-FGJ-${y}-${String(ctx.next('fgj.oficio')).padStart(5, '0')}`;
  const company = rng.weighted(CARRIERS);
  let line = 0;
  for (let d = 0; d < days; d++) {
    for (let k = rng.poisson(perDay); k > 0; k--) {
      const other = rng.chance(0.03) ? w.pop.newPhone() : rng.weighted(t.contacts);
      const out = rng.chance(0.55);
      const sms = rng.chance(0.15);
      const minute = rng.chance(0.8) ? rng.range(8 * 60, 23 * 60 + 59) : rng.range(0, 8 * 60);
      ctx.out['fgj/sabanas_llamadas.csv'].write({
        oficio,
        renglon: ++line,
        numero_a: out ? t.phone : other,
        numero_b: out ? other : t.phone,
        fecha: isoDate(start + d),
        hora: hhmmss(minute, rng.int(60)),
        duracion_seg: sms ? 0 : Math.round(Math.exp(3 + rng.normal() * 1.2)),
        tipo: sms ? 'SMS' : 'VOZ',
        compania: company,
      });
    }
  }
  return line;
}

function contactsOf(
  w: World,
  p: Person,
  close: Person[],
  weight: number,
): (readonly [string, number])[] {
  const rng = w.ctx.rng;
  const out: (readonly [string, number])[] = [];
  for (const c of close) if (c.phone && c !== p) out.push([c.phone, weight]);
  for (const k of w.pop.kin(p)) if (k.person.phone) out.push([k.person.phone, 3]);
  for (let i = rng.range(5, 15); i > 0; i--) out.push([w.pop.newPhone(), rng.next() * 2]);
  return out;
}

export function plantCalls(
  w: World,
  orgs: OrgWorld[],
  gv: { aggressor: Person; victim: Person }[],
  budget: number,
): number {
  const rng = w.ctx.rng;
  const targets: Target[] = [];
  for (const org of orgs) {
    for (const cell of org.cells) {
      for (const m of cell) {
        if (!m.phone || !rng.chance(0.7)) continue;
        // Cell mates are called often; the cell head talks to the leader too.
        const close = cell.concat(m === cell[0] ? [org.leader, org.financier] : []);
        targets.push({ phone: m.phone, contacts: contactsOf(w, m, close, 8) });
      }
    }
    if (org.leader.phone) {
      targets.push({
        phone: org.leader.phone,
        contacts: contactsOf(
          w,
          org.leader,
          org.cells
            .map((c) => c[0])
            .filter((x): x is Person => !!x)
            .concat(org.financier),
          10,
        ),
      });
    }
  }
  for (const { aggressor, victim } of gv) {
    if (aggressor.phone && victim.phone && rng.chance(0.5))
      targets.push({ phone: aggressor.phone, contacts: contactsOf(w, aggressor, [victim], 25) });
  }
  if (targets.length === 0) return 0;
  let written = 0;
  // Enough sábanas to spend the budget; extra ones target random suspects with phones.
  for (let i = 0; written < budget; i++) {
    let t = targets[i % targets.length] as Target;
    if (i >= targets.length && rng.chance(0.5)) {
      const s = w.offenders.all.pick(rng);
      if (s?.phone) t = { phone: s.phone, contacts: contactsOf(w, s, [], 0) };
    }
    written += sabana(w, t, rng.range(60, 180), rng.range(3, 10));
  }
  return written;
}
