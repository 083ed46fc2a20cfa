import { describe, expect, it } from 'vitest';
import * as web from '../../../../web/src/lib/hypotheses/kinds.js';
import { endsFit, HYPOTHESIS_ENDS } from './kinds.js';

describe('the kinds of entity a hypothesis links', () => {
  it('are the same table in the API, which refuses, and in the web, which offers', () => {
    expect(web.HYPOTHESIS_ENDS).toEqual(HYPOTHESIS_ENDS);
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
