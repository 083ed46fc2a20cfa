import { describe, expect, it } from 'vitest';
import type { HypothesisStep } from './api';
import { esOversight as o } from '../i18n-oversight';
import { changeText, changesSince } from './changes';

const step = (action: string, changes: HypothesisStep['changes'] = []) =>
  ({
    at: '2026-12-06T10:00:00Z',
    by: 'ana',
    byName: 'Ana',
    action,
    reason: 'x',
    changes,
  }) as HypothesisStep;

describe('what an amendment changed', () => {
  it('names the field as the detail does, confidence as a percentage', () => {
    expect(changeText(o, { field: 'confidence', from: '0.6', to: '0.75' })).toBe(
      'Confianza: 60% → 75%',
    );
    expect(changeText(o, { field: 'reliability', from: 'C', to: null })).toMatch(/: C → —$/);
    const long = 'a'.repeat(200);
    expect(changeText(o, { field: 'rationale', from: 'corto', to: long })).toContain(
      `${'a'.repeat(160)}…`,
    );
  });

  it('lists only the steps after the version read (step n is version n)', () => {
    const history = [
      step('PROPOSED'),
      step('AMENDED', [{ field: 'confidence', from: '0.5', to: '0.6' }]),
      step('AMENDED', [
        { field: 'confidence', from: '0.6', to: '0.7' },
        { field: 'credibility', from: '3', to: '2' },
      ]),
    ];
    expect(changesSince(history, 2).map((c) => c.to)).toEqual(['0.7', '2']);
    expect(changesSince(history, 1)).toHaveLength(3);
    expect(changesSince(history, 3)).toEqual([]);
    expect(changesSince(undefined, 1)).toEqual([]);
  });
});
