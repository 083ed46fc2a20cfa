import { describe, expect, it } from 'vitest';
import { phone, Reject } from './fields.js';

describe('phone fields', () => {
  it('keeps the 10 national digits, whatever prefix the agency wrote', () => {
    for (const v of ['55 1234 5678', '+52 55 1234 5678', '+52 1 55 1234 5678', '044 55 1234 5678'])
      expect(phone({ tel: v }, 'tel'), v).toBe('5512345678');
    expect(phone({ tel: '' }, 'tel')).toBeNull();
  });

  it('rejects a number that is not 10 digits, naming the column and the value', () => {
    expect(() => phone({ tel: '55 1234' }, 'tel')).toThrow(Reject);
    expect(() => phone({ tel: '55 1234' }, 'tel')).toThrow('invalid phone in tel (55 1234)');
  });
});
