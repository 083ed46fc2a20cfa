import { describe, expect, it } from 'vitest';
import { endsFirst } from './kinds';

describe('the ends a proposal starts from', () => {
  const types: Record<string, string> = {
    p1: 'Person',
    p2: 'Person',
    o1: 'Organization',
    ph: 'Phone',
    ad: 'Address',
  };
  const typeOf = (id: string) => types[id];
  it('takes the two chosen, in the order chosen', () => {
    expect(endsFirst(['ph', 'p1'], typeOf)).toEqual(['ph', 'p1']);
    expect(endsFirst(['p1'], typeOf)).toEqual(['p1']);
  });
  it('takes the two parties of a wider selection, the rest as evidence', () => {
    expect(endsFirst(['ad', 'p2', 'ph', 'p1'], typeOf)).toEqual(['p2', 'p1', 'ad', 'ph']);
  });
  it('leaves the ends to the user when a wider selection holds more or fewer parties', () => {
    expect(endsFirst(['ad', 'p2', 'o1', 'p1'], typeOf)).toEqual(['', '', 'ad', 'p2', 'o1', 'p1']);
    expect(endsFirst(['ad', 'ph', 'p1'], typeOf)).toEqual(['', '', 'ad', 'ph', 'p1']);
  });
});
