import { describe, expect, it } from 'vitest';
import { esOversight } from '../i18n-oversight';
import { auditCsv } from './csv';
import { WITHHELD } from './labels';

const record = {
  seq: 7,
  at: '2026-12-07T13:05:09.120Z',
  user: 'supervisora',
  action: 'query:hypothesisQueue',
  target: null,
  entities: ['p:ana', WITHHELD],
  entityNames: ['Ana López', null],
  details: '[{"name":"hypothesisQueue","args":{}}]',
  ip: '10.0.0.4',
  purpose: 'Caso Norte, 2026',
  outcome: 'OK',
  automatic: true,
  classification: 2,
  compartments: ['GV', 'MIN'] as ('GV' | 'MIN')[],
};

describe('the audit trail as a table', () => {
  it('has a row per record: words and codes, the automatic mark, withheld entities counted, its marking', () => {
    const lines = auditCsv([record], esOversight).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'N.º,Fecha y hora (hora de la Ciudad de México),Usuario,Acción,Código de la acción,Automática,Entidades,Propósito,Origen (IP),Resultado,Detalle,Clasificación,Compartimentos',
    );
    expect(lines[1]).toBe(
      // The trail's stamp in UTC, on Mexico City's clock as every CSV's moments.
      '7,2026-12-07 07:05:09,supervisora,Consulta: cola de hipótesis,query:hypothesisQueue,Sí,' +
        '"Ana López (p:ana), entidad fuera de su acceso","Caso Norte, 2026",10.0.0.4,Correcto,' +
        '"[{""name"":""hypothesisQueue"",""args"":{}}]",Confidencial,GV MIN',
    );
  });
  it('says withheld details and purposes as the screen does', () => {
    const csv = auditCsv(
      [{ ...record, automatic: false, purpose: WITHHELD, details: WITHHELD }],
      esOversight,
    );
    expect(csv).toContain(',No,');
    expect(csv).not.toContain(WITHHELD);
  });
});
