// The ground-truth manifest written next to the data (manifest.json). Later features (entity
// resolution, repeat-offender ranking, money-laundering detection, escalation alerts) are
// measured against it. Entity ids are the ids the loader gives the nodes.

export const GENERATOR_VERSION = '1';

export interface PlantedMember {
  truthId: string;
  role: string;
  cell: string; // organisation entity id of the cell
  records: string[]; // entity ids of this person's records in any agency
}

export interface PlantedOrg {
  id: string;
  name: string;
  cells: string[];
  territory: string[]; // alcaldía codes
  activities: string[];
  leader: string; // truth id
  members: PlantedMember[];
  shellCompanies: string[]; // RPC company entity ids
}

export interface PlantedChain {
  org: string;
  kind: 'STRUCTURING' | 'LAYERING' | 'ROUND_TRIP';
  accounts: string[]; // BankAccount entity ids, in flow order
  transfers: string[]; // Transfer entity ids
  total: number; // MXN
}

export interface PlantedGv {
  aggressor: string; // truth id
  victim: string;
  aggressorRecords: string[];
  victimRecords: string[];
  events: { id: string; at: string; kind: string; severity: number }[];
  escalated: boolean; // severity rose over time
}

export interface Manifest {
  /** `code` fingerprints the generator's sources and geography (see code-hash.ts). */
  generator: { version: string; code: string; seed: string; scale: number; scaleName: string };
  window: { from: string; to: string };
  rows: Record<string, number>;
  planted: {
    organisations: PlantedOrg[];
    repeatOffenders: { truthId: string; carpetas: number; arrests: number; records: string[] }[];
    repeatVictims: {
      persons: { truthId: string; crime: string; cases: string[] }[];
      households: { address: string; crime: string; cases: string[] }[];
      businesses: { name: string; crime: string; cases: string[] }[];
    };
    launderingChains: PlantedChain[];
    genderViolence: PlantedGv[];
    samePerson: { file: string; persons: number; records: number; multiAgency: number };
    minors: number;
    informantRecords: string[];
  };
  /** Malformed rows planted on purpose: the loader must reject exactly these. */
  badRows: { file: string; line: number; reason: string }[];
}

export function emptyManifest(
  seed: string,
  scale: number,
  scaleName: string,
  code: string,
): Manifest {
  return {
    generator: { version: GENERATOR_VERSION, code, seed, scale, scaleName },
    window: { from: '2019-01-01', to: '2024-12-31' },
    rows: {},
    planted: {
      organisations: [],
      repeatOffenders: [],
      repeatVictims: { persons: [], households: [], businesses: [] },
      launderingChains: [],
      genderViolence: [],
      samePerson: { file: 'truth/person_records.csv', persons: 0, records: 0, multiAgency: 0 },
      minors: 0,
      informantRecords: [],
    },
    badRows: [],
  };
}
