import { describe, expect, it } from 'vitest';
import { usersNamed } from './users.js';

const accounts = [
  { username: 'analista', displayName: 'Ana Analista' },
  { username: 'supervisora', displayName: 'Sofía Supervisora' },
  { username: 'm.ortega', displayName: 'Martín Ortega Núñez' },
  { username: 'susana', displayName: 'Susana Ríos' },
  { username: 'sin.nombre', displayName: null },
];

describe('usersNamed', () => {
  it('is no filter when nothing is typed', () => {
    expect(usersNamed(null, accounts)).toBeNull();
    expect(usersNamed('   ', accounts)).toBeNull();
  });

  it('takes a username in any case', () => {
    expect(usersNamed(' Supervisora ', accounts)).toEqual(['supervisora']);
  });

  it('takes a display name, or the start of its words, without accents or case', () => {
    expect(usersNamed('Ana Analista', accounts)).toEqual(['ana analista', 'analista']);
    expect(usersNamed('martin nunez', accounts)).toEqual(['martin nunez', 'm.ortega']);
    expect(usersNamed('SOF', accounts)).toEqual(['sof', 'supervisora']);
  });

  it('matches words from their start only, every word typed', () => {
    // "ana" is inside "Susana" but begins no word of hers.
    expect(usersNamed('ana', accounts)).toEqual(['ana', 'analista']);
    expect(usersNamed('ana ríos', accounts)).toEqual(['ana ríos']);
  });

  it('keeps a name no account has (a refused login records what was typed)', () => {
    expect(usersNamed('pedro.lopez', accounts)).toEqual(['pedro.lopez']);
  });
});
