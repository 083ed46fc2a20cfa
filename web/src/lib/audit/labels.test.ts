import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enOversight, esOversight } from '../i18n-oversight';
import {
  actionLabel,
  detailGist,
  entitiesLabel,
  exportMarking,
  outcomeLabel,
  WITHHELD,
} from './labels';

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

  it('names every operation of the API, in both languages', () => {
    const dir = path.join(import.meta.dirname, '../../../../api/src/graphql');
    const fields = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.graphql'))
      .flatMap((f) => parse(readFileSync(path.join(dir, f), 'utf8')).definitions)
      .flatMap((d) =>
        (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) &&
        ['Query', 'Mutation', 'Subscription'].includes(d.name.value)
          ? (d.fields ?? []).map((f) => f.name.value)
          : [],
      );
    expect(fields).toContain('confirmedLink');
    for (const o of [esOversight, enOversight])
      for (const f of fields) expect(o.auditOps[f], f).toBeTruthy();
  });

  it('counts a field asked for many times in one request once', () => {
    expect(actionLabel('query:node,node,node,search', esOversight)).toBe(
      'Consulta: ficha de entidad ×3, búsqueda',
    );
  });

  it('says how many entities were withheld, never which', () => {
    expect(entitiesLabel(['FGJ:persona:1', '[withheld]', '[withheld]'], esOversight)).toBe(
      'FGJ:persona:1, 2 entidades fuera de su acceso',
    );
    expect(entitiesLabel(['[withheld]'], enOversight)).toBe('withheld entity');
    expect(entitiesLabel([], esOversight)).toBe('');
    // A long list folds after `most`, still counting the withheld.
    const many = [...Array.from({ length: 800 }, (_, i) => `e${i}`), '[withheld]'];
    expect(entitiesLabel(many, esOversight, 2)).toBe(
      'e0, e1, y 798 más, entidad fuera de su acceso',
    );
  });

  it("says what a hypothesis's or an investigation's id is, by the action (QA: a bare UUID)", () => {
    const id = 'c3b94de2-0718-4e09-8427-8204dd119012';
    expect(
      entitiesLabel(
        [id, 'FGJ:persona:1'],
        esOversight,
        Infinity,
        [null, 'Ana'],
        'mutation:decideHypothesis',
      ),
    ).toBe(`hipótesis ${id}, Ana (FGJ:persona:1)`);
    expect(entitiesLabel([id], enOversight, Infinity, [], 'query:investigation')).toBe(
      `investigation ${id}`,
    );
    expect(entitiesLabel([id], esOversight, Infinity, [], 'query:node')).toBe(id);
  });

  it('names the entities the reader may see, their ids after', () => {
    expect(
      entitiesLabel(['SSC:persona:1', '[withheld]', 'phone:5512345678'], esOversight, Infinity, [
        'Juan Pérez',
        null,
        null,
      ]),
    ).toBe('Juan Pérez (SSC:persona:1), phone:5512345678, entidad fuera de su acceso');
  });
});

describe("an export's marking", () => {
  it('is read from the details the server keeps, and absent elsewhere', () => {
    const details = JSON.stringify([
      {
        name: 'recordExport',
        args: { format: 'png', entityIds: ['a'] },
        marking: { classification: 2, compartments: ['GV'] },
      },
    ]);
    expect(exportMarking(details)).toEqual({ classification: 2, compartments: ['GV'] });
    expect(exportMarking(JSON.stringify([{ name: 'recordExport', args: {} }]))).toBeNull();
    expect(exportMarking(JSON.stringify([{ name: 'search', args: { query: 'x' } }]))).toBeNull();
    expect(exportMarking(WITHHELD)).toBeNull();
    expect(exportMarking('{')).toBeNull();
  });

  it('says in a line what a record asked for: words searched, a decision and its reason', () => {
    const fields = (...args: Record<string, unknown>[]) =>
      JSON.stringify(args.map((a, i) => ({ name: `f${i}`, args: a })));
    expect(detailGist(fields({ query: 'ruben ochoa', limit: 20 }), esOversight)).toBe(
      '“ruben ochoa”',
    );
    expect(
      detailGist(
        fields({ id: 'b8d4', decision: 'APPROVE', reason: 'Mismo domicilio' }),
        esOversight,
      ),
    ).toBe('Aprobar · Motivo: Mismo domicilio');
    expect(detailGist(fields({ id: 'b8d4', decision: 'REJECT', reason: 'x' }), enOversight)).toBe(
      'Reject · Reason: x',
    );
    const long = 'a'.repeat(300);
    expect(detailGist(fields({ reason: long }), esOversight)).toBe(`Motivo: ${'a'.repeat(120)}…`);
    expect(detailGist(fields({ ids: ['p:1'] }), esOversight)).toBeNull();
    // The account an admin created, refused or not; the audit records taken away.
    expect(
      detailGist(
        fields({ input: { username: 'pedro.lopez', password: '[redacted]' } }),
        esOversight,
      ),
    ).toBe('Usuario: pedro.lopez');
    expect(detailGist(fields({ records: 12, user: 'analista' }), esOversight)).toBe('12 registros');
    // Counted as the page's status line counts them (QA: "1286 registros" beside "1,286").
    expect(detailGist(fields({ records: 1286 }), esOversight)).toBe('1,286 registros');
    expect(detailGist(fields({ records: 1286 }), enOversight)).toBe('1,286 records');
    // The accounts a user filter stood for, as the server kept them.
    const filtered = JSON.stringify([
      { name: 'recordAuditExport', args: { records: 3, user: 'ivan' }, users: ['ivan', 'ivana.r'] },
    ]);
    expect(detailGist(filtered, esOversight)).toBe(
      '3 registros · Usuarios buscados: ivan, ivana.r',
    );
    expect(detailGist(filtered, enOversight)).toMatch(/ivan, ivana\.r$/);
    expect(detailGist(WITHHELD, esOversight)).toBeNull();
    expect(detailGist('not json', esOversight)).toBeNull();
  });
});
