// The planted money-laundering scheme of each organisation: cash structured just below the
// reporting threshold into shell-company accounts, layered between the shells, and returned to
// the leader in a round trip. The chains are listed in the manifest.

import { FIRST_DAY, LAST_DAY } from './context.js';
import { registerCompany } from './companies.js';
import { REPORTING_THRESHOLD_MXN, type Finance } from './finance.js';
import type { PlantedChain } from './manifest.js';
import type { OrgWorld } from './orgs.js';
import type { Person } from './population.js';
import type { World } from './world.js';

/** The planted laundering scheme of one organisation; returns the number of operations. */
export function launder(f: Finance, w: World, org: OrgWorld): number {
  const rng = w.ctx.rng;
  const nominees = [
    org.financier,
    ...org.financier.household.members.filter((m) => m !== org.financier),
    ...org.members.slice(2, 6),
  ].slice(0, rng.range(3, 6));
  const shellAddress = w.places.address(rng, 'crime', org.plant.territory[0]);
  const start = FIRST_DAY + 300 + rng.int(LAST_DAY - FIRST_DAY - 700);
  const shells = Array.from({ length: rng.range(2, 4) }, (_, i) =>
    registerCompany(w, [nominees[i % nominees.length] as Person], {
      shell: true,
      address: shellAddress,
      incorporated: start - rng.range(60, 400),
    }),
  );
  org.plant.shellCompanies.push(...shells.map((s) => `RPC:sociedad:${s.folio}`));
  const chain = (
    kind: PlantedChain['kind'],
    accounts: string[],
    transfers: string[],
    total: number,
  ): void => {
    w.ctx.manifest.planted.launderingChains.push({
      org: org.plant.id,
      kind,
      accounts: accounts.map((c) => `clabe:${c}`),
      transfers,
      total,
    });
  };
  const shellAcc = shells.map((s) => f.account({ kind: 'PM', company: s }, ''));
  const report = f.report(
    'OPERACIÓN INUSUAL',
    start + 120,
    shellAcc[0] as string,
    0,
    'DEPÓSITOS EN EFECTIVO FRACCIONADOS POR DEBAJO DEL UMBRAL DE REPORTE',
    [
      ...shells.map((company) => ({ kind: 'PM' as const, company })),
      ...nominees.map((person) => ({ kind: 'PF' as const, person })),
    ],
  );
  shellAcc.forEach((c) => f.concernsAccount(report, c, 'TITULAR'));
  let ops = 0;
  // 1. Structuring: many cash deposits just under the threshold, by several people.
  const deposits: string[] = [];
  let total = 0;
  for (let i = rng.range(15, 45); i > 0; i--) {
    const amount = REPORTING_THRESHOLD_MXN - rng.range(1000, 45000) - rng.int(100) / 100;
    total += amount;
    deposits.push(
      f.operation(
        report,
        start + rng.int(90),
        'DEPÓSITO EN EFECTIVO',
        '',
        rng.pick(shellAcc),
        amount,
        `DEPÓSITO ${rng.pick(nominees).pat.toUpperCase()}`,
      ),
    );
  }
  ops += deposits.length;
  chain('STRUCTURING', shellAcc, deposits, Math.round(total));
  // 2. Layering: shell to shell, a little less each hop.
  const layers: string[] = [];
  let amount = total * 0.9;
  for (let i = 0; i + 1 < shellAcc.length; i++) {
    layers.push(
      f.operation(
        report,
        start + 95 + i * 3,
        'TRANSFERENCIA SPEI ENVIADA',
        shellAcc[i] as string,
        shellAcc[i + 1] as string,
        Math.round(amount * 100) / 100,
        rng.pick(['PAGO FACTURA', 'SERVICIOS DE CONSULTORÍA', 'ANTICIPO']),
      ),
    );
    amount *= 0.97;
  }
  ops += layers.length;
  chain('LAYERING', shellAcc, layers, Math.round(total * 0.9));
  // 3. Round trip: back to the leader, who lends it to the first shell again.
  const leaderAcc = f.account({ kind: 'PF', person: org.leader }, report);
  f.concernsAccount(report, leaderAcc, 'BENEFICIARIO');
  const last = shellAcc[shellAcc.length - 1] as string;
  const back = [
    f.operation(
      report,
      start + 110,
      'TRANSFERENCIA SPEI ENVIADA',
      last,
      leaderAcc,
      Math.round(amount * 100) / 100,
      'DIVIDENDOS',
    ),
    f.operation(
      report,
      start + 118,
      'TRANSFERENCIA SPEI ENVIADA',
      leaderAcc,
      shellAcc[0] as string,
      Math.round(amount * 0.5 * 100) / 100,
      'PRÉSTAMO',
    ),
  ];
  ops += back.length;
  chain('ROUND_TRIP', [last, leaderAcc, shellAcc[0] as string], back, Math.round(amount));
  return ops;
}
