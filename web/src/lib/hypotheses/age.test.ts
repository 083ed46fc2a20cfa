import { describe, expect, it } from 'vitest';
import { ago } from './age';

describe('ago', () => {
  const now = Date.parse('2026-01-10T12:00:00Z');
  it('says how long ago, in whole units', () => {
    expect(ago(now - 3 * 3_600_000 - 5_000, now, 'en')).toBe('3 hr. ago');
    expect(ago(now - 2 * 86_400_000, now, 'en')).toBe('2 days ago');
    expect(ago(now - 10_000, now, 'en')).toBe('now');
  });
  it('speaks Spanish', () => {
    expect(ago(now - 5 * 60_000, now, 'es-MX')).toBe('hace 5 min');
    expect(ago(now - 10_000, now, 'es-MX')).toBe('ahora');
  });
});
