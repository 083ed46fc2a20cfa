import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './api';
import { edge, entity, provenance } from './fixtures';
import { auditCsv } from './audit/csv';
import { entitiesCsv } from './exporters';
import { esOversight } from './i18n-oversight';
import { timelineCsv, timelineExported, writtenFolio } from './timeline-csv';

const kase = entity('FGJ:carpeta:1', {
  type: 'Case',
  caption: 'CI-FCH/1-2024: ROBO',
  fields: [{ key: 'folio', value: 'CIFCH/12024', type: 'string' }],
  provenance: provenance({
    source: 'FGJ',
    sourceId: 'carpeta:1',
    classification: 1,
    reliability: 'C',
    credibility: 3,
  }),
});
const call = edge('5:x:9', 'phone:5511', 'phone:5522', {
  type: 'CALLED',
  provenance: provenance({
    source: 'C5',
    sourceId: 'llamada:9',
    compartments: ['INF'],
    reliability: null,
    credibility: null,
  }),
});
// The cell is marked higher than the membership: the row names both, and is marked as the cell.
const cell = entity('SSC:organizacion:ORG-1', {
  type: 'Organization',
  caption: 'Célula Centro',
  provenance: provenance({
    source: 'SSC',
    sourceId: 'organizacion:ORG-1',
    reliability: 'C',
    classification: 2,
    compartments: ['INF'],
  }),
});
const membership = edge('5:x:7', 'p:ana', 'SSC:organizacion:ORG-1', {
  type: 'MEMBER_OF',
  provenance: provenance({
    source: 'SSC',
    sourceId: 'integrante:INT-M-3',
    reliability: 'F',
    credibility: 3,
    classification: 1,
  }),
});
const events: (TimelineEvent & { with?: string })[] = [
  {
    subject: 'p:ana',
    at: '2024-03-05T16:10:00-06:00[America/Mexico_City]',
    kind: 'Case',
    via: 'INVOLVED_IN',
    role: 'VICTIM',
    entity: kase,
    call: null,
    through: null,
    link: null,
  },
  {
    subject: 'p:ana',
    with: 'p:bea',
    at: '2024-03-06T08:00:00-06:00',
    kind: 'Call',
    via: 'CALLED',
    role: null,
    entity: null,
    call,
    through: ['phone:5511'],
    link: null,
  },
  // A membership's first day: the membership's record and grade, not the cell's.
  {
    subject: 'p:ana',
    at: '2019-01-01T00:00:00-06:00[America/Mexico_City]',
    kind: 'Membership',
    via: 'JOINED',
    role: null,
    entity: cell,
    call: null,
    through: null,
    link: membership,
  },
];
const words = {
  header: [
    'Fecha',
    'De quién',
    'Qué',
    'Cómo',
    'Id',
    'Folio',
    'Registro',
    'Calificación',
    'Clasificación',
    'Compartimentos',
  ],
  whose: (ev: TimelineEvent & { with?: string }) =>
    [ev.subject, ev.with].filter(Boolean).join(' ↔ '),
  what: (ev: TimelineEvent) => ev.entity?.caption ?? `${ev.call!.source} → ${ev.call!.target}`,
  how: (ev: TimelineEvent) => ev.role ?? ev.via,
  level: (n: number) => ['Público', 'Reservado', 'Confidencial'][n] ?? String(n),
};

describe('a timeline as a table', () => {
  it('has a row per event: its moment as the panel reads it, whose, what, how, record, grade and marking', () => {
    const lines = timelineCsv(events, words).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toEqual([
      'Fecha,De quién,Qué,Cómo,Id,Folio,Registro,Calificación,Clasificación,Compartimentos',
      '2024-03-05 16:10:00,p:ana,CI-FCH/1-2024: ROBO,VICTIM,FGJ:carpeta:1,CI-FCH/1-2024,FGJ carpeta:1,C3,Reservado,',
      '2024-03-06 08:00:00,p:ana ↔ p:bea,phone:5511 → phone:5522,CALLED,,,C5 llamada:9,,Público,INF',
      '2019-01-01,p:ana,Célula Centro,JOINED,SSC:organizacion:ORG-1,,SSC integrante:INT-M-3,F3,Confidencial,INF',
    ]);
  });
  it('writes a moment as the canvas tables and the audit trail do: one way in every CSV', () => {
    const at = '2023-03-15T16:23:00-06:00[America/Mexico_City]';
    const timeline = timelineCsv([{ ...events[0]!, at }], words).split('\r\n')[1]!;
    const table = entitiesCsv([
      entity('i1', { fields: [{ key: 'occurredAt', value: at, type: 'datetime' }] }),
    ]).split('\r\n')[1]!;
    const audit = auditCsv(
      [
        {
          seq: 1,
          at: '2023-03-15T22:23:00Z',
          user: 'a',
          action: 'query:x',
          target: null,
          entities: [],
          entityNames: [],
          details: '',
          ip: null,
          purpose: null,
          outcome: 'OK',
          automatic: false,
          classification: 0,
          compartments: [],
        },
      ],
      esOversight,
    ).split('\r\n')[1]!;
    expect(timeline.split(',')[0]).toBe('2023-03-15 16:23:00');
    expect(table.split(',').at(-1)).toBe('2023-03-15 16:23:00');
    expect(audit.split(',')[1]).toBe('2023-03-15 16:23:00');
  });
  it('names for the audit every entity of the rows, the phones of the calls, and the calls', () => {
    expect(timelineExported(events)).toEqual({
      entityIds: [
        'p:ana',
        'FGJ:carpeta:1',
        'p:bea',
        'phone:5511',
        'phone:5522',
        'SSC:organizacion:ORG-1',
      ],
      linkIds: ['5:x:9', '5:x:7'],
    });
  });
});

describe('writtenFolio', () => {
  it("is the caption's folio when it is the folio field's, else the field", () => {
    const folio = (value: string) => [{ key: 'folio', value, type: 'string' }];
    expect(
      writtenFolio({ caption: 'C5/190615/00001: Riña', fields: folio('C5/190615/00001') }),
    ).toBe('C5/190615/00001');
    expect(writtenFolio({ caption: 'Robo a transeúnte', fields: folio('CIFAO/AO1/2020') })).toBe(
      'CIFAO/AO1/2020',
    );
    expect(writtenFolio({ caption: 'Ana', fields: [] })).toBe('');
  });
});
