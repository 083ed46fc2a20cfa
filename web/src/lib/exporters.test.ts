import { describe, expect, it } from 'vitest';
import {
  csvCell,
  csvWords,
  entitiesCsv,
  exportName,
  graphJson,
  lineSummaries,
  linksCsv,
} from './exporters';
import type { Entity } from './api';
import { edge, entity, field, provenance } from './fixtures';
import { addSubgraph, emptyGraph } from './graph';
import { enDomain, esDomain } from './i18n-domain';
import { enOversight, esOversight } from './i18n-oversight';

describe('exports', () => {
  it('quotes CSV cells when needed and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });

  it('names a field column apart when its key is a fixed column: no two columns "type"', () => {
    const incident = entity('i1', {
      type: 'Incident',
      caption: 'C5-1: Riña',
      fields: [field('type', 'Riña'), field('folio', 'C5-1')],
    });
    const header = entitiesCsv([incident]).split('\r\n')[0]!.replace('\uFEFF', '');
    expect(header).toBe(
      'id,type,caption,source,sourceId,grade,classification,compartments,degree,field:type,folio',
    );
    expect(new Set(header.split(',')).size).toBe(header.split(',').length);
  });

  it("leaves out a field that only repeats the name column (an organisation's name)", () => {
    const org = (id: string, caption: string, name: string) =>
      entity(id, { type: 'Organization', caption, fields: [field('name', name)] });
    const words = csvWords(esDomain, esOversight, 'entities');
    const header = (rows: Entity[]) => entitiesCsv(rows, words).split('\r\n')[0]!;
    expect(header([org('o1', 'Los Tlacuaches', 'Los Tlacuaches')])).not.toMatch(/campo/);
    // Kept when one row says something else there.
    expect(
      header([org('o1', 'Los Tlacuaches', 'Los Tlacuaches'), org('o2', 'Célula', 'Célula Centro')]),
    ).toMatch(/,Nombre \(campo\)$/);
  });

  it("writes a table in the reader's language: headers, types, levels and coded values", () => {
    const rows = [
      entity('p1', {
        caption: 'Ana',
        degree: 3,
        fields: [
          field('birthDate', '1990-01-02'),
          field('caption', 'otra'),
          field('sex', 'M'),
          field('genderViolence', 'false', 'boolean'),
        ],
        provenance: provenance({ classification: 2, compartments: ['GV'] }),
      }),
    ];
    expect(entitiesCsv(rows, csvWords(esDomain, esOversight, 'entities'))).toBe(
      // Fields in the order the API gives them (QA: "Apellido materno" came before "paterno").
      '\uFEFFId,Tipo,Nombre,Institución,Registro,Calificación,Clasificación,Compartimentos,Vínculos,Nacimiento,caption (campo),Sexo,Violencia de género\r\n' +
        // A date stays as sent: a spreadsheet reads it as a date.
        'p1,Persona,Ana,FGJ,1,B2,Confidencial,GV,3,1990-01-02,otra,Mujer,No\r\n',
    );
    expect(
      linksCsv(
        [
          edge('e', 'p1', 'p2', {
            fields: [
              field('hypothesisType', 'MEMBER_OF'),
              field('status', 'REJECTED'),
              field('proposedByName', 'Ana Analista'),
            ],
          }),
        ],
        new Map(),
        csvWords(enDomain, enOversight, 'links'),
        (id) => ({ p1: 'Ana' })[id],
      ).split('\r\n'),
    ).toEqual([
      // No link id: the database's own means nothing to a reader.
      '\uFEFFType,From (id),From (name),To (id),To (name),Agency,Record,Grade,Classification,Compartments,Links of the line,First of the line (Mexico City time),Last of the line (Mexico City time),Hypothesis type,Status,Proposed by (name)',
      'Associate of,p1,Ana,p2,,SSC,1,B2,Public,,1,,,Member of,Rejected,Ana Analista',
      '',
    ]);
  });

  it('names coded values only by their names: a value "constructor" is itself', () => {
    const words = csvWords(esDomain, esOversight, 'links');
    expect(words.value(field('status', 'CONFIRMED'))).toBe('Confirmado');
    expect(words.value(field('status', 'WITHDRAWN'))).toBe('Retirada');
    expect(words.value(field('sex', 'constructor'))).toBe('constructor');
    expect(words.value(field('constructor', 'name'))).toBe('name');
  });

  it('writes one column per field, the grade, the marking and degree', () => {
    const csv = entitiesCsv([
      entity('p1', {
        caption: 'Ana',
        degree: 3,
        fields: [field('curp', 'X')],
        provenance: provenance({ classification: 2, compartments: ['GV', 'MIN'] }),
      }),
      entity('p2', {
        caption: 'Luis',
        provenance: provenance({ reliability: null, credibility: null }),
      }),
      entity('t1', { type: 'Phone', caption: '5512345678', degree: 1001 }),
    ]);
    expect(csv).toBe(
      '\uFEFFid,type,caption,source,sourceId,grade,classification,compartments,degree,curp\r\n' +
        'p1,Person,Ana,FGJ,1,B2,2,GV MIN,3,X\r\n' +
        'p2,Person,Luis,FGJ,1,,0,,,\r\n' +
        't1,Phone,5512345678,FGJ,1,B2,0,,1000+,\r\n',
    );
    expect(linksCsv([edge('e', 'p1', 'p2')])).toBe(
      '\uFEFFtype,source,sourceName,target,targetName,agency,sourceId,grade,classification,compartments,lineLinks,lineFirstAt (America/Mexico_City),lineLastAt (America/Mexico_City)\r\n' +
        'ASSOCIATE_OF,p1,,p2,,SSC,1,B2,0,,1,,\r\n',
    );
    expect(JSON.parse(graphJson([entity('a')], []))).toEqual({
      entities: [entity('a')],
      links: [],
      lines: [],
    });
    // Marked as a picture is: the highest level and every compartment held, who, when, what.
    const secret = edge('e2', 'a', 'b');
    secret.provenance = { ...secret.provenance, classification: 2, compartments: ['GV'] };
    const about = {
      markingText: 'CONFIDENCIAL · Violencia de género',
      investigation: 'Caso Norte',
      exportedBy: 'Ana Analista',
      exportedAt: '2026-12-05T13:00:00.000Z',
    };
    expect(
      JSON.parse(graphJson([entity('a'), entity('b')], [secret], new Map(), about)),
    ).toMatchObject({
      marking: { text: about.markingText, classification: 2, compartments: ['GV'] },
      investigation: 'Caso Norte',
      exportedBy: 'Ana Analista',
      exportedAt: about.exportedAt,
    });
  });

  it("says how many links each link's line stands for, and when, as counted by the API", () => {
    const call = edge('c1', 't1', 't2', { type: 'CALLED' });
    const g = addSubgraph(emptyGraph, {
      nodes: [
        entity('t1', { type: 'Phone' }),
        entity('t2', { type: 'Phone' }),
        entity('p1'),
        entity('p2'),
      ],
      edges: [call, edge('e', 'p1', 'p2')],
      bundles: [
        {
          source: 't1',
          target: 't2',
          type: 'CALLED',
          count: 35,
          capped: false,
          firstAt: '2024-04-23T10:00:00Z',
          lastAt: '2024-08-15T18:30:00Z',
        },
      ],
    });
    const lines = lineSummaries(g);
    const rows = linksCsv([call, edge('e', 'p1', 'p2')], lines).split('\r\n');
    // On Mexico City's clock, as every CSV writes a moment (the JSON keeps the API's).
    expect(rows[1]).toBe('CALLED,t1,,t2,,SSC,1,B2,0,,35,2024-04-23 04:00:00,2024-08-15 12:30:00');
    expect(rows[2]).toBe('ASSOCIATE_OF,p1,,p2,,SSC,1,B2,0,,1,,');
    expect(JSON.parse(graphJson([], [call], lines)).lines).toEqual([
      {
        type: 'CALLED',
        source: 't1',
        target: 't2',
        links: 35,
        capped: false,
        firstAt: '2024-04-23T10:00:00Z',
        lastAt: '2024-08-15T18:30:00Z',
      },
    ]);
  });

  it("writes every moment one way, on Mexico City's clock, and its column says so (QA: the timeline's 2023-09-16 18:02:00 beside the entities' 2023-03-15T16:23:00-06:00)", () => {
    const rows = [
      entity('i1', {
        type: 'Incident',
        caption: 'C5-1',
        fields: [
          field('occurredAt', '2023-03-15T16:23:00-06:00[America/Mexico_City]', 'datetime'),
          field('loadedAt', '2026-12-07T13:05:09.120Z', 'datetime'),
          field('day', '2023-03-15', 'date'),
        ],
      }),
      entity('i2', {
        type: 'Incident',
        caption: 'C5-2',
        // A summer before 2022: Mexico City's clock was UTC-5.
        fields: [field('occurredAt', '2021-07-01T12:00:00Z', 'datetime')],
      }),
    ];
    const es = entitiesCsv(rows, csvWords(esDomain, esOversight, 'entities')).split('\r\n');
    expect(es[0]).toMatch(
      /,Fecha del hecho \(hora de la Ciudad de México\),loadedAt \(hora de la Ciudad de México\),day$/,
    );
    expect(es[1]).toMatch(/,2023-03-15 16:23:00,2026-12-07 07:05:09,2023-03-15$/);
    expect(es[2]).toMatch(/,2021-07-01 07:00:00,,$/);
    expect(entitiesCsv(rows, csvWords(enDomain, enOversight, 'entities'))).toMatch(
      /\(Mexico City time\),[^,]+ \(Mexico City time\),/,
    );
    // Links' fields too, and a line's first and last.
    const link = edge('e', 'p1', 'p2', {
      fields: [field('since', '2023-03-15T16:23:00-06:00', 'datetime')],
    });
    const links = linksCsv([link], new Map(), csvWords(esDomain, esOversight, 'links'));
    expect(links).toMatch(/Primero de la línea \(hora de la Ciudad de México\)/);
    expect(links.split('\r\n')[1]).toMatch(/,2023-03-15 16:23:00$/);
  });

  it('names files after the investigation, without accents or odd characters', () => {
    // On the reader's clock: 7:05 p.m. of the 22nd (local), whatever the day in UTC.
    const now = new Date(2026, 10, 22, 19, 5);
    expect(exportName('Red Ibarra / Tepito ñ', 'png', now)).toBe(
      'red-ibarra-tepito-n-2026-11-22-1905.png',
    );
    expect(exportName(null, 'csv', now)).toBe('trama-2026-11-22-1905.csv');
    expect(exportName(null, 'entidades.csv', now)).toBe('trama-2026-11-22-1905-entidades.csv');
  });
});
