import { describe, expect, it } from 'vitest';
import { bareFolio, identifierKeys, partRange } from './identifiers.js';

const none = {
  curp: null,
  rfc: null,
  clabe: null,
  phones: [],
  plate: null,
  vin: null,
  folio: null,
  curpPrefix: null,
  folioTail: null,
  recordIds: [],
};

describe('identifier recognition', () => {
  it('recognises a CURP in any case and spacing', () => {
    expect(identifierKeys('gaph 850101 hdfrrn 09').curp).toBe('GAPH850101HDFRRN09');
  });

  it('reads a record id as the side panel shows it, or whole with its agency', () => {
    expect(identifierKeys('SSC:persona:INT-000349').recordIds).toEqual(['SSC:persona:INT-000349']);
    expect(identifierKeys('ssc:PERSONA:int-000349').recordIds).toEqual([
      'SSC:PERSONA:int-000349',
      'SSC:persona:INT-000349',
    ]);
    const shown = identifierKeys(' persona:INT-000349 ').recordIds;
    expect(shown).toContain('SSC:persona:INT-000349');
    expect(shown).toContain('PEN:persona:INT-000349');
    // A record number alone, under every kind of record, as typed and upper-cased.
    const alone = identifierKeys(' int-000349 ').recordIds;
    expect(alone).toContain('SSC:persona:INT-000349');
    expect(alone).toContain('UIF:sujeto:int-000349');
    expect(identifierKeys('INT').recordIds).toEqual([]);
    expect(identifierKeys('INT 000349').recordIds).toEqual([]);
    expect(identifierKeys('Juan Pérez').recordIds).toEqual([]);
    expect(identifierKeys('calle 5: esquina').recordIds).toEqual([]);
  });

  it('recognises person and company RFCs', () => {
    expect(identifierKeys('GAPH-850101-AB1').rfc).toBe('GAPH850101AB1');
    expect(identifierKeys('abc 010203 xy9').rfc).toBe('ABC010203XY9');
  });

  it('recognises CLABEs and phones with the usual punctuation', () => {
    expect(identifierKeys('012 180 00123456789 1').clabe).toBe('012180001234567891');
    expect(identifierKeys('55 1234-5678').phones).toEqual(['5512345678']);
    expect(identifierKeys('+52 (55) 1234 5678').phones).toEqual(['5512345678']);
    // The prefixes people still write: +52 1 for mobiles (until 2019), 044/045, 01, 0052.
    for (const typed of [
      '+52 1 55 1234 5678',
      '521 5512345678',
      '044 55 1234 5678',
      '045 (55) 1234-5678',
      '01 55 1234 5678',
      '0052 55 1234 5678',
      '00 52 1 55 1234 5678',
    ])
      expect(identifierKeys(typed).phones, typed).toEqual(['5512345678']);
    // A 10-digit number that starts like a prefix is not cut.
    expect(identifierKeys('5212345678').phones).toEqual(['5212345678']);
    expect(identifierKeys('0445512345').phones).toEqual(['0445512345']);
    expect(identifierKeys('(55) 1234 5678').clabe).toBeNull();
  });

  it('recognises plates and folios, and nothing in plain names', () => {
    expect(identifierKeys('abc-12-34').plate).toBe('ABC1234');
    expect(identifierKeys('CI-FIZC/IZC-2/UI-1 S/D/00123/01-2024').folio).toBe(
      'CIFIZCIZC2UI1SD00123012024',
    );
    expect(identifierKeys('C5/20240101/00042').folio).toBe('C52024010100042');
    expect(identifierKeys('María de los Ángeles')).toEqual(none);
  });

  it('reads a folio by its letters and digits, whatever separates them', () => {
    const stored = bareFolio('CI-FIZP/IZP-3/UI-1 C/D/00123/01-2024');
    expect(stored).toBe('CIFIZPIZP3UI1CD00123012024');
    for (const typed of [
      'CI FIZP IZP 3 UI 1 C D 00123 01 2024',
      'ci.fizp.izp.3.ui.1.c.d.00123.01.2024',
      'CIFIZP/IZP3/UI1C/D/00123/012024',
      'cifizpizp3ui1cd00123012024',
    ]) {
      expect(identifierKeys(typed).folio, typed).toBe(stored);
    }
    expect(identifierKeys('CI FIZP IZP 3 UI 1 C D 00124 01 2024').folio).not.toBe(stored);
  });

  it('reads the start of a CURP, a CDMX number without its 55, a NIV and a folio tail', () => {
    expect(identifierKeys('gaph 8501').curpPrefix).toBe('GAPH8501');
    expect(identifierKeys('GAPH850101HDFRRN09').curpPrefix).toBe('GAPH850101HDFRRN0');
    expect(identifierKeys('gaph').curpPrefix).toBeNull();
    expect(identifierKeys('5336-7092').phones).toEqual(['5553367092', '5653367092']);
    expect(identifierKeys('3n1ab7ap5kl123456').vin).toBe('3N1AB7AP5KL123456');
    expect(identifierKeys('3N1AB7AP5KL12345I').vin).toBeNull();
    expect(identifierKeys('00123/01-2024').folioTail).toBe('00123012024');
    expect(identifierKeys('0123').folioTail).toBeNull();
  });

  it('lights up the part of the written identifier that was typed', () => {
    const written = 'CI-FIZP/IZP-3/UI-1 C/D/00123/01-2024';
    const [from, to] = partRange('folio', written, identifierKeys('00123 01 2024'));
    expect(written.slice(from, to)).toBe('00123/01-2024');
    expect(partRange('curp', 'GAPH850101HDFRRN09', identifierKeys('GAPH 85'))).toEqual([0, 6]);
  });
});
