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
      ...[
        ['phone:1', 'c1'],
        ['phone:2', 'c1'],
        ['phone:2', 'c2'],
      ].map(([subject, id]) => ({
        subject: subject!,
        at: '2018-10-15',
        via: 'CALLED',
        entity: null,
        call: { id: id! },
        through: [subject!],
      })),
    ];
    expect(withoutMirrors(list)).toEqual([
      { ...list[0], with: 'org:celula' },
      list[2],
      list[3],
      list[4],
      { ...list[5], with: 'phone:2' },
      list[7],
    ]);
    // A call back for two people, each by a phone at one end, joins them; back for a phone and
    // its user, or for two people who share the phone at one end, it does not (QA: a call from
    // elsewhere to a shared number read "Juan ↔ Juan Carlos").
    const call = { id: 'c3' };
    const of = (subject: string, ...through: string[]) => ({
      subject,
      at: '2019',
      via: 'CALLED',
      entity: null,
      call,
      through,
    });
    const joined = (a: ReturnType<typeof of>, b: ReturnType<typeof of>) =>
      withoutMirrors([a, b]).map((r) => [r.subject, r.with]);
    expect(joined(of('p:ana', 'phone:1'), of('p:bea', 'phone:2'))).toEqual([['p:ana', 'p:bea']]);
    expect(joined(of('p:ana', 'phone:2'), of('p:bea', 'phone:2'))).toEqual([['p:ana', undefined]]);
    expect(joined(of('p:ana', 'phone:1'), of('phone:1', 'phone:1'))).toEqual([
      ['p:ana', undefined],
    ]);
    // A phone and the user of the other end: known now, and said.
    expect(joined(of('phone:1', 'phone:1'), of('p:bea', 'phone:2'))).toEqual([
      ['phone:1', 'p:bea'],
    ]);
    // One who uses both ends is not the other end.
    expect(joined(of('p:ana', 'phone:1', 'phone:2'), of('p:bea', 'phone:2'))[0]![1]).toBe(
      undefined,
    );
    // Nothing known of the ends (an older API's answer): not said.
    expect(joined(of('p:ana'), of('p:bea'))[0]![1]).toBeUndefined();
  });
});
