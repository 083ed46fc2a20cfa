// Crime types as FGJ records them (DOMAIN.md), with a rough share of all carpetas, where and
// when they happen, and how often a suspect is known or arrested. Shares follow the city's
// published open data in order of magnitude, not exactly.

export type PlaceKind = 'street' | 'home' | 'business' | 'vehicle' | 'remote';
export type Profile = 'night' | 'evening' | 'day' | 'office' | 'home' | 'commute';

export interface Crime {
  name: string; // canonical, accented spelling
  category: string; // FGJ categoria_delito
  share: number;
  place: PlaceKind;
  profile: Profile;
  weekend: number; // relative weight of Saturday/Sunday vs weekdays
  known: number; // probability the suspect is identified
  arrest: number; // probability of an arrest given a known suspect
  severity: number; // 1..5, used for escalation of gender violence
  gv?: true; // gender violence: victims go to the GV compartment
  c5: string; // C5 incidente_c4 a 911 call would be classified as
}

const LOW = 'DELITO DE BAJO IMPACTO';

// One crime a line: name | categoria_delito (LOW = DELITO DE BAJO IMPACTO) | share of carpetas (%)
// | place | hour profile | weekend weight | P(suspect known) | P(arrest if known) | severity 1-5
// | gv (gender violence) | C5 incident type.
const TABLE = `
VIOLENCIA FAMILIAR | LOW | 13 | home | home | 1.6 | 0.95 | 0.08 | 2 | gv | Violencia-Familiar
FRAUDE | LOW | 8 | remote | office | 0.5 | 0.3 | 0.02 | 1 | - | Denuncia-Fraude
ROBO DE OBJETOS | LOW | 6 | street | day | 1 | 0.1 | 0.1 | 1 | - | Robo-Objetos
AMENAZAS | LOW | 6 | home | evening | 1.2 | 0.8 | 0.05 | 1 | - | Amenazas-Personas
ROBO A TRANSEÚNTE EN VÍA PÚBLICA CON VIOLENCIA | ROBO A TRANSEÚNTE EN VÍA PÚBLICA CON Y SIN VIOLENCIA | 5.5 | street | evening | 1.1 | 0.15 | 0.35 | 3 | - | Robo-Transeúnte
ROBO A NEGOCIO SIN VIOLENCIA | LOW | 5 | business | day | 1.1 | 0.2 | 0.3 | 1 | - | Robo-Negocio
ROBO DE ACCESORIOS DE AUTO | LOW | 4 | vehicle | night | 1 | 0.05 | 0.2 | 1 | - | Robo-Autopartes
ROBO DE OBJETOS DEL INTERIOR DE UN VEHÍCULO | LOW | 3 | vehicle | night | 1 | 0.05 | 0.2 | 1 | - | Robo-Autopartes
USURPACIÓN DE IDENTIDAD | LOW | 2.5 | remote | office | 0.4 | 0.2 | 0.01 | 1 | - | Denuncia-Fraude
NARCOMENUDEO POSESIÓN SIMPLE | LOW | 2.5 | street | night | 1.4 | 1 | 0.95 | 2 | - | Detención-Ciudadana
ABUSO DE CONFIANZA | LOW | 3 | business | office | 0.5 | 0.9 | 0.02 | 1 | - | Denuncia-Fraude
ABUSO SEXUAL | LOW | 2 | home | evening | 1.3 | 0.7 | 0.12 | 4 | gv | Abuso-Sexual
DESPOJO | LOW | 2 | home | day | 0.8 | 0.9 | 0.02 | 1 | - | Denuncia-Despojo
ROBO A CASA HABITACIÓN SIN VIOLENCIA | LOW | 2.5 | home | day | 0.9 | 0.1 | 0.15 | 2 | - | Robo-Casa Habitación
LESIONES INTENCIONALES POR GOLPES | LOW | 2.5 | street | night | 1.8 | 0.6 | 0.3 | 3 | - | Lesionado-Riña
TENTATIVA DE EXTORSIÓN | LOW | 1.5 | remote | day | 0.7 | 0.05 | 0.02 | 2 | - | Extorsión-Telefónica
ROBO A NEGOCIO CON VIOLENCIA | ROBO A NEGOCIO CON VIOLENCIA | 1.5 | business | evening | 1.1 | 0.2 | 0.35 | 3 | - | Robo-Negocio
ROBO DE VEHÍCULO DE SERVICIO PARTICULAR SIN VIOLENCIA | ROBO DE VEHÍCULO CON Y SIN VIOLENCIA | 2 | vehicle | night | 1 | 0.03 | 0.3 | 2 | - | Robo-Vehículo
ROBO DE VEHÍCULO CON VIOLENCIA | ROBO DE VEHÍCULO CON Y SIN VIOLENCIA | 0.8 | street | night | 1.1 | 0.1 | 0.4 | 4 | - | Robo-Vehículo
EXTORSIÓN | LOW | 0.6 | business | day | 0.8 | 0.4 | 0.15 | 4 | - | Extorsión-Telefónica
HOMICIDIO DOLOSO | HOMICIDIO DOLOSO | 0.5 | street | night | 1.6 | 0.35 | 0.3 | 5 | - | Cadáver-Arma de fuego
LESIONES DOLOSAS POR DISPARO DE ARMA DE FUEGO | LESIONES DOLOSAS POR DISPARO DE ARMA DE FUEGO | 0.4 | street | night | 1.6 | 0.3 | 0.3 | 5 | - | Lesionado-Arma de fuego
VIOLACIÓN | VIOLACIÓN | 0.5 | home | night | 1.4 | 0.6 | 0.2 | 5 | gv | Abuso-Sexual
SECUESTRO | SECUESTRO | 0.05 | street | evening | 1 | 0.3 | 0.5 | 5 | - | Secuestro
FEMINICIDIO | FEMINICIDIO | 0.03 | home | night | 1.5 | 0.8 | 0.5 | 5 | gv | Cadáver-Arma blanca
ROBO A PASAJERO A BORDO DE MICROBÚS CON VIOLENCIA | ROBO A PASAJERO A BORDO DE MICROBÚS CON Y SIN VIOLENCIA | 0.8 | street | commute | 0.6 | 0.05 | 0.3 | 3 | - | Robo-Transporte Público
ROBO A CUENTAHABIENTE SALIENDO DEL CAJERO CON VIOLENCIA | ROBO A CUENTAHABIENTE SALIENDO DEL CAJERO CON VIOLENCIA | 0.3 | street | day | 0.9 | 0.1 | 0.3 | 3 | - | Robo-Transeúnte
NARCOMENUDEO CON FINES DE VENTA | LOW | 0.6 | street | night | 1.3 | 1 | 0.9 | 3 | - | Detención-Ciudadana
`;

export const CRIMES: readonly Crime[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const c = line.split('|').map((x) => x.trim());
    const crime: Crime = {
      name: c[0] ?? '',
      category: c[1] === 'LOW' ? LOW : (c[1] ?? LOW),
      share: Number(c[2]),
      place: c[3] as PlaceKind,
      profile: c[4] as Profile,
      weekend: Number(c[5]),
      known: Number(c[6]),
      arrest: Number(c[7]),
      severity: Number(c[8]),
      c5: c[10] ?? '',
    };
    if (c[9] === 'gv') crime.gv = true;
    return crime;
  });

export const byName = new Map(CRIMES.map((c) => [c.name, c]));
export const crime = (name: string): Crime => {
  const c = byName.get(name);
  if (!c) throw new Error(`unknown crime ${name}`);
  return c;
};

/** Hour-of-day weights per profile (0..23). */
export const HOURS: Record<Profile, readonly number[]> = {
  night: [8, 7, 6, 5, 4, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9],
  evening: [3, 2, 1, 1, 1, 1, 2, 3, 4, 4, 4, 4, 5, 5, 5, 6, 7, 8, 9, 9, 9, 8, 6, 4],
  day: [1, 1, 0.5, 0.5, 0.5, 1, 2, 4, 6, 8, 9, 9, 9, 9, 9, 8, 8, 7, 6, 5, 4, 3, 2, 1],
  office: [
    0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 2, 6, 9, 10, 10, 10, 10, 9, 9, 8, 6, 4, 2, 1, 0.5, 0.3, 0.2,
  ],
  home: [5, 4, 3, 2, 1, 1, 1, 2, 3, 3, 3, 3, 3, 4, 4, 5, 6, 7, 8, 9, 10, 10, 9, 7],
  commute: [1, 0.5, 0.3, 0.3, 1, 4, 9, 10, 8, 4, 3, 3, 3, 3, 4, 5, 6, 8, 10, 9, 6, 4, 2, 1],
};

/** Month multipliers (Jan..Dec): robbery peaks in December, family violence around holidays. */
export const SEASON = {
  default: [1, 0.95, 1, 0.95, 1, 0.95, 0.95, 1, 0.95, 1, 1.05, 1.2],
  gv: [1.15, 0.95, 1, 0.95, 1, 0.9, 0.9, 0.95, 1, 1, 1, 1.2],
} as const;

/** Offences for C5 incidents not tied to a carpeta (noise, false alarms, emergencies). */
export const C5_OTHER: readonly (readonly [string, string, number])[] = [
  ['Accidente-Choque sin lesionados', 'EMERGENCIA', 8],
  ['Accidente-Choque con lesionados', 'URGENCIAS MEDICAS', 4],
  ['Lesionado-Accidente automovilístico', 'URGENCIAS MEDICAS', 3],
  ['Disturbio-Escandalizando', 'FALTA CIVICA', 6],
  ['Disturbio-Riña', 'FALTA CIVICA', 4],
  ['Persona-Sospechosa', 'FALTA CIVICA', 3],
  ['Cadáver-Natural', 'URGENCIAS MEDICAS', 1],
  ['Sanitario-Persona tirada en vía pública', 'URGENCIAS MEDICAS', 2],
  ['Falsa Alarma', 'FALSA ALARMA', 6],
];

/** Legal (non-criminal) reasons for an SSC arrest: administrative offences (faltas cívicas). */
export const CIVIC_OFFENCES = [
  'INGERIR BEBIDAS ALCOHÓLICAS EN VÍA PÚBLICA',
  'ALTERAR EL ORDEN PÚBLICO',
  'RIÑA',
  'ORINAR EN VÍA PÚBLICA',
  'PORTACIÓN DE ARMA BLANCA',
] as const;
