import { describe, expect, it } from 'vitest';
import { identifierKeys } from './identifiers.js';

const none = { curp: null, rfc: null, clabe: null, phone: null, plate: null, folio: null };

describe('identifier recognition', () => {
  it('recognises a CURP in any case and spacing', () => {
    expect(identifierKeys('gaph 850101 hdfrrn 09').curp).toBe('GAPH850101HDFRRN09');
  });

  it('recognises person and company RFCs', () => {
    expect(identifierKeys('GAPH-850101-AB1').rfc).toBe('GAPH850101AB1');
    expect(identifierKeys('abc 010203 xy9').rfc).toBe('ABC010203XY9');
  });

  it('recognises CLABEs and phones with the usual punctuation', () => {
    expect(identifierKeys('012 180 00123456789 1').clabe).toBe('012180001234567891');
    expect(identifierKeys('55 1234-5678').phone).toBe('5512345678');
    expect(identifierKeys('+52 (55) 1234 5678').phone).toBe('5512345678');
    expect(identifierKeys('(55) 1234 5678').clabe).toBeNull();
  });

  it('recognises plates and folios, and nothing in plain names', () => {
    expect(identifierKeys('abc-12-34').plate).toBe('ABC1234');
    expect(identifierKeys('CI-FIZC/IZC-2/UI-1 S/D/00123/01-2024').folio).toBe(
      'CIFIZC/IZC2/UI1S/D/00123/012024',
    );
    expect(identifierKeys('C5/20240101/00042').folio).toBe('C5/20240101/00042');
    expect(identifierKeys('María de los Ángeles')).toEqual(none);
  });
});
