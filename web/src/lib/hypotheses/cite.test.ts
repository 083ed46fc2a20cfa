import { describe, expect, it } from 'vitest';
import { citedRecords } from './cite';

describe('citedRecords', () => {
  it('takes records by commas, semicolons, lines or spaces', () => {
    expect(
      citedRecords('FGJ:persona:1, SSC:vinculo:INT-V-11;PEN:visita:9\nC5:incidente:C5/1'),
    ).toEqual({
      cited: ['FGJ:persona:1', 'SSC:vinculo:INT-V-11', 'PEN:visita:9', 'C5:incidente:C5/1'],
      malformed: [],
    });
    expect(citedRecords(' FGJ:persona:1  SSC:persona:2 ').cited).toEqual([
      'FGJ:persona:1',
      'SSC:persona:2',
    ]);
  });

  it('reads a record as the app shows it, agency and record apart, or in lower case', () => {
    expect(citedRecords('FGJ sabana:OFFGJ202100007:1432, ssc:vinculo:INT-V-11').cited).toEqual([
      'FGJ:sabana:OFFGJ202100007:1432',
      'SSC:vinculo:INT-V-11',
    ]);
    expect(citedRecords('FGJ sabana:OF:1 SSC:persona:2 pen visita:9').cited).toEqual([
      'FGJ:sabana:OF:1',
      'SSC:persona:2',
      'PEN:visita:9',
    ]);
  });

  it('says a piece that is not all records whole', () => {
    expect(citedRecords('basura sin formato, FGJ:persona:1')).toEqual({
      cited: ['FGJ:persona:1'],
      malformed: ['basura sin formato'],
    });
    expect(citedRecords('FGJ:persona:1 basura').malformed).toEqual(['FGJ:persona:1 basura']);
    expect(citedRecords('FGJ').malformed).toEqual(['FGJ']);
    expect(citedRecords(' , \n').cited).toEqual([]);
  });
});
