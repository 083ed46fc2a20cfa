import { describe, expect, it } from 'vitest';
import type { User } from './api';
import { changesFrom } from './changes';

const ana: User = {
  mustChangePassword: false,
  username: 'ana',
  displayName: 'Ana',
  roles: ['ANALYST'],
  clearance: 1,
  compartments: ['FIN', 'GV'],
  active: true,
};

describe('changesFrom', () => {
  it('sends nothing when nothing changed (order of lists does not matter)', () => {
    expect(changesFrom(ana, { ...ana, compartments: ['GV', 'FIN'] }, '')).toEqual({});
  });
  it('sends only what changed, and a new password when one was typed', () => {
    expect(
      changesFrom(ana, { ...ana, clearance: 2, roles: ['ANALYST', 'SUPERVISOR'] }, 'nueva-clave-1'),
    ).toEqual({ clearance: 2, roles: ['ANALYST', 'SUPERVISOR'], password: 'nueva-clave-1' });
    expect(changesFrom(ana, { ...ana, active: false, displayName: 'Ana R.' }, '')).toEqual({
      active: false,
      displayName: 'Ana R.',
    });
  });
});
