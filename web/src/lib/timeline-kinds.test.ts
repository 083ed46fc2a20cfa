import { describe, expect, it } from 'vitest';
import { TIMELINE_KINDS, kindsReached, timelineKindsFor, withoutMirrors } from './timeline-kinds';

describe('kinds of event a timeline offers', () => {
  it('offers no kind a reader outside its compartment could ever see', () => {
    expect(timelineKindsFor([])).toEqual([
      'Case',
      'Incident',
      'Arrest',
      'Custody',
      'Call',
      'Membership',
    ]);
    expect(timelineKindsFor(['GV'])).toContain('CjmCase');
    expect(timelineKindsFor(['GV'])).not.toContain('Transfer');
    expect(timelineKindsFor(['FIN'])).toEqual(
      expect.arrayContaining(['Transfer', 'FinancialReport']),
    );
    expect(timelineKindsFor(['FIN', 'GV', 'MIN', 'INF'])).toEqual(TIMELINE_KINDS);
  });
});

describe('kinds of event these entities can have', () => {
  const g = (relType: string, neighborType: string, count = 1) => ({
    relType,
    neighborType,
    count,
  });
  it('offers a phone its calls and reports, not case files it has no link to', () => {
    expect(
      [...kindsReached(['Phone'], [g('CALLED', 'Phone'), g('REPORTED_BY', 'Incident')])].sort(),
    ).toEqual(['Call', 'Incident']);
  });
  it("offers a person's linked events, her accounts' transfers and her phones' calls", () => {
    const kinds = kindsReached(
      ['Person'],
      [
        g('INVOLVED_IN', 'Case'),
        g('HOLDS_ACCOUNT', 'BankAccount'),
        g('USES_PHONE', 'Phone'),
        g('LIVES_AT', 'Address'),
        g('ARRESTED', 'Arrest', 0),
        g('MEMBER_OF', 'Organization'),
      ],
    );
    expect([...kinds].sort()).toEqual(['Call', 'Case', 'Membership', 'Transfer']);
  });
  it('offers an event entity its own kind (its own dates)', () => {
    expect([...kindsReached(['Case'], [])]).toEqual(['Case']);
  });
});

describe('a timeline of several entities', () => {
  const ev = (subject: string, other: string, via = 'JOINED', at = '2018-10-15') => ({
    subject,
    at,
    via,
    entity: { id: other },
  });
  it('says once an event between two of them, as the first of the two tells it, with the other', () => {
    const list = [
      ev('p:bryan', 'org:celula'),
      ev('org:celula', 'p:bryan'),
      ev('org:celula', 'p:luis'),
      ev('p:bryan', 'org:celula', 'LEFT'),
      ev('org:celula', 'p:bryan', 'JOINED', '2019-01-01'),
      { subject: 'phone:1', at: '2018-10-15', via: 'CALLED', entity: null, call: { id: 'c1' } },
      { subject: 'phone:2', at: '2018-10-15', via: 'CALLED', entity: null, call: { id: 'c1' } },
      { subject: 'phone:2', at: '2018-10-15', via: 'CALLED', entity: null, call: { id: 'c2' } },
    ];
    expect(withoutMirrors(list)).toEqual([
      { ...list[0], with: 'org:celula' },
      list[2],
      list[3],
      list[4],
      { ...list[5], with: 'phone:2' },
      list[7],
    ]);
    // A call back for two people (each by a phone of theirs) joins them; back for a phone and a
    // person, it may be the phone's own user: not said.
    const call = { id: 'c3', source: 'phone:1', target: 'phone:2' };
    const of = (subject: string) => ({ subject, at: '2019', via: 'CALLED', entity: null, call });
    expect(withoutMirrors([of('p:ana'), of('p:bea')])[0]!.with).toBe('p:bea');
    expect(withoutMirrors([of('p:ana'), of('phone:1')])[0]!.with).toBeUndefined();
  });
});
