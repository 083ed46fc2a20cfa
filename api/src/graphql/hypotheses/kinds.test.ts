import { describe, expect, it } from 'vitest';
import * as web from '../../../../web/src/lib/hypotheses/kinds.js';
import { ENTITY_LABELS } from '../../graph/model.js';
import { endsFit, HYPOTHESIS_ENDS, UNDIRECTED } from './kinds.js';

describe('the kinds of entity a hypothesis links', () => {
  it('are the same table in the API, which refuses, and in the web, which offers', () => {
    expect(web.HYPOTHESIS_ENDS).toEqual(HYPOTHESIS_ENDS);
    expect(web.UNDIRECTED).toEqual(UNDIRECTED);
    // And they answer alike for every type and pair of kinds.
    for (const type of Object.keys(HYPOTHESIS_ENDS) as (keyof typeof HYPOTHESIS_ENDS)[])
      for (const from of ENTITY_LABELS)
        for (const to of ENTITY_LABELS)
          expect(web.endsFit(type, from, to), `${type} ${from} ${to}`).toBe(
            endsFit(type, from, to),
          );
  });

  it('fit a direction where the type has one, and either way where it has none', () => {
    expect(endsFit('MEMBER_OF', 'Person', 'Organization')).toBe(true);
    expect(endsFit('MEMBER_OF', 'Organization', 'Person')).toBe(false);
    expect(endsFit('MEMBER_OF', 'Person', 'Person')).toBe(false);
    expect(endsFit('OWNS', 'Person', 'Vehicle')).toBe(true);
    expect(endsFit('OWNS', 'Vehicle', 'Person')).toBe(false);
    expect(endsFit('ASSOCIATE', 'Organization', 'Person')).toBe(true);
    expect(endsFit('SAME_PERSON', 'Person', 'Company')).toBe(false);
    expect(endsFit('UNKNOWN', 'Phone', 'Case')).toBe(true);
    expect(web.endsFit('OWNS', 'Person', 'Person')).toBe(false);
  });
});
