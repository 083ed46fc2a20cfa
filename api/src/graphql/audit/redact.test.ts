import { describe, expect, it } from 'vitest';
import type { ChainedRecord } from '../../audit/chain.js';
import { askedIn, redactRecord, WITHHELD, type Withheld } from './redact.js';

const record = (over: Partial<ChainedRecord>): ChainedRecord => ({
  seq: 7,
  at: '2026-12-05T10:00:00.000Z',
  user: 'supervisora',
  action: 'query:node',
  target: null,
  entities: [],
  details: '{}',
  ip: '127.0.0.1',
  purpose: null,
  outcome: 'OK',
  prevHash: 'p',
  hash: 'h',
  ...over,
});

const hiddenVictim: Withheld = {
  id: (id) => id === 'FGJ:persona:9' || id === 'h-oculta',
  hypothesis: (id) => id === 'h-oculta',
  record: (ref) => ref === 'CJM:caso:1',
};

describe('audit records redacted for their reader', () => {
  it('finds the ids, cited records and free text a record asks about', () => {
    const details = JSON.stringify([
      { name: 'auditRecords', args: { entity: 'FGJ:persona:9', first: 5 } },
      {
        name: 'saveInvestigation',
        args: { content: { links: [{ id: 'l1', source: 'a', target: 'b' }] } },
      },
      { name: 'proposeHypothesis', args: { input: { fromId: 'x', evidenceRecords: ['C5:1'] } } },
      { name: 'search', args: { query: 'Ana' } },
    ]);
    expect(askedIn(details)).toEqual({
      ids: ['FGJ:persona:9', 'l1', 'a', 'b', 'x'],
      records: ['C5:1'],
      freeText: true,
    });
    expect(askedIn('{}')).toEqual({ ids: [], records: [], freeText: false });
    expect(askedIn('not json').freeText).toBe(true);
  });

  it('withholds hidden ids and the details of a record naming one; who, when and what stay', () => {
    const r = record({
      target: 'FGJ:persona:9',
      entities: ['FGJ:persona:9', 'FGJ:persona:1'],
      details: JSON.stringify([{ name: 'expand', args: { ids: ['FGJ:persona:9'] } }]),
    });
    expect(redactRecord(r, askedIn(r.details), hiddenVictim, false)).toEqual({
      ...r,
      target: WITHHELD,
      entities: [WITHHELD, 'FGJ:persona:1'],
      details: WITHHELD,
    });
  });

  it("withholds a hidden hypothesis's ends with it, even ends the reader may see", () => {
    const r = record({
      action: 'mutation:decideHypothesis',
      target: 'h-oculta',
      entities: ['h-oculta', 'FGJ:persona:1', 'FGJ:persona:2'],
      details: JSON.stringify([{ name: 'decideHypothesis', args: { id: 'h-oculta' } }]),
    });
    expect(redactRecord(r, askedIn(r.details), hiddenVictim, true).entities).toEqual([
      WITHHELD,
      WITHHELD,
      WITHHELD,
    ]);
    const seen = record({ ...r, target: 'h-vista', entities: ['h-vista', 'FGJ:persona:1'] });
    expect(redactRecord(seen, askedIn(seen.details), hiddenVictim, true).entities).toEqual([
      'h-vista',
      'FGJ:persona:1',
    ]);
  });

  it('withholds details that cite a hidden record, or search text, but not from the fully cleared', () => {
    const cites = record({
      details: JSON.stringify([
        { name: 'proposeHypothesis', args: { input: { evidenceRecords: ['CJM:caso:1'] } } },
      ]),
    });
    expect(redactRecord(cites, askedIn(cites.details), hiddenVictim, true).details).toBe(WITHHELD);
    const search = record({
      details: JSON.stringify([{ name: 'search', args: { query: 'Ana' } }]),
    });
    expect(redactRecord(search, askedIn(search.details), hiddenVictim, false).details).toBe(
      WITHHELD,
    );
    expect(redactRecord(search, askedIn(search.details), hiddenVictim, true)).toEqual(search);
  });

  it('withholds what people wrote (names, reasons, the purpose) from those who may not read it', () => {
    const named = record({
      purpose: 'Feminicidio de Ana (inv-1)',
      details: JSON.stringify([
        { name: 'createInvestigation', args: { name: 'Feminicidio de Ana', canvas: '{}' } },
      ]),
    });
    expect(redactRecord(named, askedIn(named.details), hiddenVictim, false)).toMatchObject({
      purpose: WITHHELD,
      details: WITHHELD,
    });
    expect(redactRecord(named, askedIn(named.details), hiddenVictim, true)).toEqual(named);
    const decided = record({
      details: JSON.stringify([
        { name: 'decideHypothesis', args: { id: 'h1', decision: 'REJECT', reason: 'Otra Ana' } },
      ]),
    });
    expect(askedIn(decided.details).freeText).toBe(true);
  });
});
