import { describe, expect, it } from 'vitest';
import { folioForms, identifierKeys } from './identifiers.js';

const none = { curp: null, rfc: null, clabe: null, phone: null, plate: null, folios: null };

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
    expect(identifierKeys('CI-FIZC/IZC-2/UI-1 S/D/00123/01-2024').folios).toContain(
      'CIFIZC/IZC2/UI1S/D/00123/012024',
    );
    expect(identifierKeys('C5/20240101/00042').folios).toContain('C5/20240101/00042');
    expect(identifierKeys('María de los Ángeles')).toEqual(none);
  });

  it('tries each separator typed in a folio as a slash or as nothing', () => {
    const stored = 'CIFIZP/IZP3/UI1C/D/00123/012024';
    for (const typed of [
      'CI-FIZP/IZP-3/UI-1 C/D/00123/01-2024',
      'CI FIZP IZP 3 UI 1 C D 00123 01 2024',
      'ci.fizp.izp.3.ui.1.c.d.00123.01.2024',
      'CIFIZP/IZP3/UI1C/D/00123/012024',
    ]) {
      expect(identifierKeys(typed).folios, typed).toContain(stored);
    }
    expect(folioForms('C5 240101 00042')).toEqual([
      'C524010100042',
      'C5240101/00042',
      'C5/24010100042',
      'C5/240101/00042',
    ]);
    expect(folioForms('CI FIZP IZP 3 UI 1 C D 00123 01 2024')).toHaveLength(1024);
    // Every form keeps the letters and digits as typed, so no other folio can match.
    expect(folioForms('C5 240101 00043')).not.toContain('C5/240101/00042');
  });

  it('keeps to the loader rule when there are too many separators to try', () => {
    expect(folioForms('A 1 B 2 C 3 D 4 E 5 F 6')).toEqual(['A1B2C3D4E5F6']);
    expect(folioForms('a-1 b/2 c 3 d 4 e 5 f 6')).toEqual(['A1B/2C3D4E5F6']);
  });
});
