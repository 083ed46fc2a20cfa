// Planted criminal organisations: cells with leaders, members drawn from the neighbourhoods of
// their territory, the SSC intelligence feed that describes them (graded, some from informants),
// their crimes, arrests and prison visits between members.

import { isoDate } from '../lib/dates.js';
import { ORG_ACTIVITIES, ORG_NAMES, ORG_ROLES } from './catalog.js';
import { crime } from './crimes.js';
import { FIRST_DAY, LAST_DAY } from './context.js';
import { crimeEvent, visits } from './crime.js';
import { custody } from './prison.js';
import type { PlantedOrg } from './manifest.js';
import { ageAt, REF_DAY, type Person } from './population.js';
import { crimeMoment } from './time.js';
import { refreshOffenders, type World } from './world.js';

const ACTIVITY_CRIMES: Record<string, string[]> = {
  NARCOMENUDEO: [
    'NARCOMENUDEO CON FINES DE VENTA',
    'NARCOMENUDEO POSESIÓN SIMPLE',
    'HOMICIDIO DOLOSO',
  ],
  'EXTORSIÓN (COBRO DE PISO)': [
    'EXTORSIÓN',
    'TENTATIVA DE EXTORSIÓN',
    'AMENAZAS',
    'LESIONES DOLOSAS POR DISPARO DE ARMA DE FUEGO',
  ],
  'ROBO DE VEHÍCULOS': [
    'ROBO DE VEHÍCULO CON VIOLENCIA',
    'ROBO DE VEHÍCULO DE SERVICIO PARTICULAR SIN VIOLENCIA',
  ],
  'ROBO A NEGOCIO': ['ROBO A NEGOCIO CON VIOLENCIA', 'ROBO A NEGOCIO SIN VIOLENCIA'],
  'ROBO A TRANSEÚNTE': [
    'ROBO A TRANSEÚNTE EN VÍA PÚBLICA CON VIOLENCIA',
    'ROBO A PASAJERO A BORDO DE MICROBÚS CON VIOLENCIA',
  ],
  'SECUESTRO EXPRÉS': ['SECUESTRO', 'ROBO A CUENTAHABIENTE SALIENDO DEL CAJERO CON VIOLENCIA'],
  'FRAUDE TELEFÓNICO': ['FRAUDE', 'TENTATIVA DE EXTORSIÓN', 'USURPACIÓN DE IDENTIDAD'],
};

export interface OrgWorld {
  plant: PlantedOrg;
  members: Person[];
  cells: Person[][];
  leader: Person;
  financier: Person;
}

const grade = (w: World): { rel: string; cred: number; informant: boolean } => {
  const rng = w.ctx.rng;
  return {
    rel: rng.weighted([
      ['B', 4],
      ['C', 4],
      ['D', 1],
      ['F', 1],
    ] as const),
    cred: rng.weighted([
      [2, 4],
      [3, 4],
      [4, 1],
      [6, 1],
    ] as const),
    informant: rng.chance(0.12),
  };
};

export function plantOrganisations(w: World): OrgWorld[] {
  const { ctx } = w;
  const rng = ctx.rng;
  const n = Math.max(3, Math.round(2.5 * Math.sqrt(ctx.scale / 1000)));
  const byAlcaldia = new Map<string, Person[]>();
  for (const p of w.pop.people) {
    const age = ageAt(p, REF_DAY);
    if (age < 16 || age > 55 || p.org || (p.sex === 'M' && !rng.chance(0.15))) continue;
    const list = byAlcaldia.get(p.home.alcaldia.code) ?? [];
    list.push(p);
    byAlcaldia.set(p.home.alcaldia.code, list);
  }
  const orgs: OrgWorld[] = [];
  for (let i = 0; i < n; i++) {
    const home = w.places.pickAlcaldia(rng, 'crime');
    const territory = [
      home,
      ...[w.places.pickAlcaldia(rng, 'crime')].filter((a) => a !== home && rng.chance(0.5)),
    ];
    let pool = rng.shuffle((byAlcaldia.get(home) ?? []).filter((p) => !p.org));
    // A small city may lack candidates in one borough: recruit from neighbouring ones.
    if (pool.length < 12)
      pool = pool.concat(
        rng
          .shuffle([...byAlcaldia.values()].flat().filter((p) => !p.org && !pool.includes(p)))
          .slice(0, 40),
      );
    const base = ORG_NAMES[i % ORG_NAMES.length] ?? 'Los Otros';
    const name =
      i < ORG_NAMES.length ? base : `${base} de ${ctx.geo.alcaldiaByCode(home)?.name ?? home}`;
    const id = `ORG-${String(i + 1).padStart(4, '0')}`;
    const activities = rng.shuffle(ORG_ACTIVITIES.slice()).slice(0, rng.range(1, 3));
    const since = FIRST_DAY - rng.int(2000);
    const g = grade(w);
    const orgRow = {
      tipo: 'ORGANIZACIÓN',
      zona_influencia: territory.map((a) => ctx.geo.alcaldiaByCode(a)?.upper).join('|'),
      actividades: activities.join('|'),
      fecha_registro: isoDate(since + rng.int(900)),
      confiabilidad: g.rel,
      credibilidad: g.cred,
      informante: g.informant ? 1 : 0,
    };
    ctx.out['ssc/inteligencia_organizaciones.csv'].write({
      id_organizacion: id,
      nombre: name,
      alias: '',
      id_organizacion_superior: '',
      ...orgRow,
    });
    const plant: PlantedOrg = {
      id: `SSC:organizacion:${id}`,
      name,
      cells: [],
      territory,
      activities,
      leader: '',
      members: [],
      shellCompanies: [],
    };
    const cells: Person[][] = [];
    const members: Person[] = [];
    const take = (role: string, cell: number): Person | undefined => {
      const p = pool.pop();
      if (!p) return undefined;
      p.org = { index: i, cell, role };
      p.activity =
        Math.max(p.activity, 1) * (role === 'LÍDER' || role === 'OPERADOR FINANCIERO' ? 1 : 3);
      if (!p.alias)
        p.alias = rng.pick([
          'El Güero',
          'El Flaco',
          'El Chino',
          'El Negro',
          'El Pelón',
          'El Cholo',
          'El Tigre',
          'El Jefe',
          'El Perro',
          'El Gallo',
          'El Lobo',
          'El Tejón',
        ]);
      members.push(p);
      return p;
    };
    const leader = take('LÍDER', 0);
    const financier = take('OPERADOR FINANCIERO', 0);
    if (!leader || !financier) continue;
    const nCells = rng.range(2, 5);
    for (let c = 1; c <= nCells; c++) {
      const cellId = `${id}-C${c}`;
      const colonia = w.places.pickColonia(rng, rng.pick(territory));
      ctx.out['ssc/inteligencia_organizaciones.csv'].write({
        id_organizacion: cellId,
        nombre: `Célula ${colonia.name}`,
        alias: `${name} (${colonia.name})`,
        id_organizacion_superior: id,
        ...orgRow,
        tipo: 'CÉLULA',
      });
      plant.cells.push(`SSC:organizacion:${cellId}`);
      const cell: Person[] = [];
      const head = take(ORG_ROLES[1], c);
      if (head) cell.push(head);
      for (let k = rng.range(4, 12); k > 0; k--) {
        const m = take(rng.pick(ORG_ROLES.slice(3)), c);
        if (m) cell.push(m);
      }
      cells.push(cell);
    }
    for (const m of members) {
      const role = m.org?.role ?? 'INTEGRANTE';
      const cellId = m.org && m.org.cell > 0 ? `${id}-C${m.org.cell}` : id;
      const g2 = grade(w);
      // Analysts sometimes link a member straight to an FGJ record instead of opening a new one.
      const fgj = m.rec['FGJ:persona'];
      const useFgj = fgj !== undefined && rng.chance(0.3);
      const rec = useFgj ? undefined : w.records.intel(m, isoDate(since), g2);
      const from = since + rng.int(1500);
      ctx.out['ssc/inteligencia_integrantes.csv'].write({
        id_registro: `INT-M-${ctx.next('ssc.integrante')}`,
        id_organizacion: cellId,
        agencia_persona: useFgj ? 'FGJ' : 'SSC',
        id_persona: useFgj ? fgj : rec?.id,
        rol: role,
        desde: isoDate(from),
        hasta: rng.chance(0.1) ? isoDate(Math.min(LAST_DAY, from + rng.range(200, 1500))) : '',
        confiabilidad: g2.rel,
        credibilidad: g2.cred,
        informante: g2.informant ? 1 : 0,
      });
      if (g2.informant && rec) ctx.manifest.planted.informantRecords.push(`SSC:persona:${rec.id}`);
      plant.members.push({
        truthId: `P${m.tid}`,
        role,
        cell: m.org && m.org.cell > 0 ? `SSC:organizacion:${cellId}` : plant.id,
        records: [],
      });
    }
    plant.leader = `P${leader.tid}`;
    links(w, members, cells);
    orgs.push({ plant, members, cells, leader, financier });
    ctx.manifest.planted.organisations.push(plant);
  }
  refreshOffenders(w);
  return orgs;
}

/** Intelligence links: associates inside each cell, leaders to cell heads, family of members. */
function links(w: World, members: Person[], cells: Person[][]): void {
  const { ctx } = w;
  const rng = ctx.rng;
  const write = (a: Person, b: Person, tipo: string, parentesco: string): void => {
    const ia = a.rec['SSCI:persona'];
    const ib = b.rec['SSCI:persona'] ?? w.records.intel(b, '2019-01-01', grade(w)).id;
    if (!ia) return;
    const g = grade(w);
    ctx.out['ssc/inteligencia_vinculos.csv'].write({
      id_registro: `INT-V-${ctx.next('ssc.vinculo')}`,
      agencia_persona_a: 'SSC',
      id_persona_a: ia,
      agencia_persona_b: 'SSC',
      id_persona_b: ib,
      tipo_vinculo: tipo,
      parentesco,
      confiabilidad: g.rel,
      credibilidad: g.cred,
      informante: g.informant ? 1 : 0,
    });
  };
  const leader = members[0];
  for (const cell of cells) {
    if (leader && cell[0]) write(leader, cell[0], 'ASOCIADO', '');
    for (let i = 1; i < cell.length; i++)
      if (rng.chance(0.6)) write(cell[i] as Person, rng.pick(cell.slice(0, i)), 'ASOCIADO', '');
  }
  for (const m of members) {
    if (!rng.chance(0.35)) continue;
    const k = w.pop.kin(m).find((x) => ageAt(x.person, REF_DAY) >= 16);
    if (k)
      write(
        m,
        k.person,
        k.kind === 'ESPOSA' || k.kind === 'ESPOSO' ? 'PAREJA' : 'FAMILIAR',
        k.kind,
      );
  }
}

/** Each organisation's own crimes in its territory, with arrests and visits between members. */
export function orgCrimes(w: World, org: OrgWorld, n: number): void {
  const rng = w.ctx.rng;
  const p = org.plant;
  for (let i = 0; i < n; i++) {
    const c = crime(rng.pick(ACTIVITY_CRIMES[rng.pick(p.activities)] ?? ['AMENAZAS']));
    const cell = rng.pick(org.cells.filter((x) => x.length > 0));
    if (!cell) return;
    const suspects = rng.shuffle(cell.slice()).slice(0, rng.chance(0.7) ? 1 : 2);
    const inTerritory = rng.pick(p.territory);
    const victimBiz =
      c.place === 'business'
        ? w.businesses.find((b) => b.address.alcaldia.code === inTerritory && rng.chance(0.3))
        : undefined;
    const victim = victimBiz?.owner ?? (w.adults.pick(rng) as Person);
    const place = victimBiz?.address ?? w.places.address(rng, 'crime', inTerritory);
    crimeEvent(w, c, { victim, place, business: victimBiz, suspects }, crimeMoment(rng, c));
  }
  // Members in prison are visited by fellow members: a classic intelligence signal.
  for (const m of org.members) {
    if (rng.chance(0.1) && m.phone) {
      const day = FIRST_DAY + rng.int(LAST_DAY - FIRST_DAY - 200);
      const cust = custody(w, m, day, 'NARCOMENUDEO CON FINES DE VENTA', '', LAST_DAY);
      visits(w, m, cust, rng.shuffle(org.members.filter((x) => x !== m)).slice(0, rng.range(1, 3)));
    }
  }
}
