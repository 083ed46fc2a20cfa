import { describe, expect, it } from 'vitest';
import { enOversight, esOversight } from '../i18n-oversight';
import { actionLabel, entitiesLabel, outcomeLabel } from './labels';

describe('audit labels', () => {
  it('names actions and outcomes in the reader’s language, and keeps unknown codes', () => {
    expect(actionLabel('query:hypothesisQueue', esOversight)).toBe('Consulta: cola de hipótesis');
    expect(actionLabel('mutation:decideHypothesis', enOversight)).toBe('Change: decide hypothesis');
    expect(actionLabel('query:search,node', esOversight)).toBe(
      'Consulta: búsqueda, ficha de entidad',
    );
    expect(actionLabel('login-failed', esOversight)).toBe('Inicio de sesión fallido');
    expect(actionLabel('query:somethingNew', esOversight)).toBe('Consulta: somethingNew');
    expect(actionLabel('strange', esOversight)).toBe('strange');
    expect(outcomeLabel('BAD_CREDENTIALS', esOversight)).toBe('Credenciales incorrectas');
    expect(outcomeLabel('NEW_CODE', enOversight)).toBe('NEW_CODE');
  });

  it('names every error code the app knows as an outcome, in both languages', () => {
    for (const o of [esOversight, enOversight])
      for (const code of Object.keys(o.errors)) expect(o.auditOutcomes[code], code).toBeTruthy();
  });

  it('says how many entities were withheld, never which', () => {
    expect(entitiesLabel(['FGJ:persona:1', '[withheld]', '[withheld]'], esOversight)).toBe(
      'FGJ:persona:1, 2 entidades reservadas',
    );
    expect(entitiesLabel(['[withheld]'], enOversight)).toBe('withheld entity');
    expect(entitiesLabel([], esOversight)).toBe('');
  });
});
