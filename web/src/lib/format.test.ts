import { describe, expect, it } from 'vitest';
import {
  dayStart,
  idPieces,
  formatDegree,
  formatDuration,
  formatField,
  formatLinkCount,
  formatTime,
  shownFields,
  spreadsheetTime,
} from './format';

describe('field values', () => {
  it('groups counts but not years or numbers that name something', () => {
    expect(formatField({ key: 'amount', value: '9500', type: 'number' }, 'es-MX')).toBe('9,500');
    expect(formatField({ key: 'year', value: '2019', type: 'number' }, 'es-MX')).toBe('2019');
    // Words a screen reader says in the UI's language, not ✓/✗.
    const yes = { key: 'genderViolence', value: 'true', type: 'boolean' };
    expect(formatField(yes, 'es-MX')).toBe('Sí');
    expect(formatField(yes, 'en')).toBe('Yes');
    expect(formatField({ ...yes, value: 'false' }, 'es-MX')).toBe('No');
    expect(formatField({ key: 'number', value: '1234', type: 'number' }, 'en')).toBe('1234');
  });

  it('shows a date as the calendar day it names', () => {
    expect(formatField({ key: 'birthDate', value: '1990-01-01', type: 'date' }, 'es-MX')).toMatch(
      /1 ene 1990/,
    );
  });

  it("shows an agency's date-time on the record's own clock, whatever the reader's", () => {
    // 23:39 in Mexico City is 05:39 the next day in UTC: the carpeta says the 11th, 23:39.
    const at = { key: 'occurredAt', value: '2024-08-11T23:39:26-06:00', type: 'datetime' };
    expect(formatField(at, 'es-MX')).toMatch(/^11 ago 2024, 11:39\sp\.\s?m\.$/);
    expect(formatTime('2024-08-11T23:39:26.120-06:00[America/Mexico_City]', 'en')).toMatch(
      /^Aug 11, 2024,? 11:39\sPM$/,
    );
    expect(formatTime(at.value, 'es-MX', false)).toBe('11 ago 2024');
    expect(formatTime('2024-08-11', 'es-MX')).toBe('11 ago 2024');
    expect(formatTime('2024-08-11T23:39:26', 'es-MX')).toMatch(/11:39\sp\.\s?m\.$/);
    expect(formatTime('sin fecha', 'es-MX')).toBeNull();
    // An admission's day, stored at midnight: the day, with no made-up time.
    expect(formatTime('2021-08-16T00:00:00-05:00', 'es-MX')).toBe('16 ago 2021');
  });

  it("shows a system's UTC stamp on the reader's clock; a day alone as written", () => {
    // A reader in Mexico City (the machine's own zone would hide the difference).
    const zone = process.env.TZ;
    process.env.TZ = 'America/Mexico_City';
    try {
      expect(formatTime('2026-12-05T02:57:14.729Z', 'es-MX')).toMatch(
        /^4 dic 2026, 8:57\sp\.\s?m\.$/,
      );
      // A date stored at UTC midnight is that day, not the evening before in Mexico.
      expect(formatTime('2024-02-01T00:00:00Z', 'es-MX', false)).toBe('1 feb 2024');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    // Not a day of the calendar: left for the caller to show as written.
    expect(formatTime('2024-02-31T10:00:00-06:00', 'es-MX')).toBeNull();
  });
});

describe('call lengths', () => {
  it('reads as seconds, minutes or hours', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(125)).toBe('2 min 05 s');
    // No zero part last (QA: "1 min 00 s").
    expect(formatDuration(60)).toBe('1 min');
    expect(formatDuration(7200)).toBe('2 h');
    expect(formatDuration(3720)).toBe('1 h 02 min');
    expect(formatDuration(3347)).toBe('55 min 47 s');
  });
});

describe('link counts', () => {
  it('says "more" once the API stopped counting', () => {
    expect(formatDegree(12, 'es-MX')).toBe('12');
    expect(formatDegree(1000, 'es-MX')).toBe('1,000');
    expect(formatDegree(1001, 'es-MX')).toBe('1,000+');
    expect(formatDegree(1001, 'en', true)).toBe('1K+');
    expect(formatDegree(250, 'en', true)).toBe('250');
    // A line's links: a lower bound when the API stopped counting the pair.
    expect(formatLinkCount(1200, false, 'es-MX')).toBe('1,000+');
    expect(formatLinkCount(700, true, 'es-MX')).toBe('700+');
    expect(formatLinkCount(700, false, 'es-MX')).toBe('700');
  });
});

describe('fields shown to a reader', () => {
  it("shows a person's name where both it and the username are kept, under the username's key", () => {
    const f = (key: string, value: string) => ({ key, value, type: 'string' });
    expect(
      shownFields([
        f('confirmedBy', 'supervisora'),
        f('confirmedByName', 'Sofía Supervisora'),
        f('proposedBy', 'analista'),
        f('status', 'CONFIRMED'),
      ]),
    ).toEqual([
      f('confirmedBy', 'Sofía Supervisora'),
      f('proposedBy', 'analista'),
      f('status', 'CONFIRMED'),
    ]);
  });
});

describe('idPieces', () => {
  it('ends each piece after its separators, keeping every character', () => {
    expect(idPieces('FGJ:carpeta:CI-FIDAMPU/UI-1 C/D/00123/08-2024')).toEqual([
      'FGJ:',
      'carpeta:',
      'CI-',
      'FIDAMPU/',
      'UI-',
      '1 C/',
      'D/',
      '00123/',
      '08-',
      '2024',
    ]);
    expect(idPieces('x')).toEqual(['x']);
    expect(idPieces('')).toEqual(['']);
  });
});

describe('moments for a spreadsheet', () => {
  it("writes a moment as a spreadsheet reads it, on Mexico City's clock whatever the reader's", () => {
    // A system's stamp in UTC: on Mexico City's clock (UTC-6 since 2022), not the reader's.
    expect(spreadsheetTime('2024-03-05T22:10:00Z')).toBe('2024-03-05 16:10:00');
    expect(spreadsheetTime('2026-12-07T13:05:09.120Z')).toBe('2026-12-07 07:05:09');
    // Past midnight in UTC is still the day before in Mexico City.
    expect(spreadsheetTime('2024-03-05T00:00:00Z')).toBe('2024-03-04 18:00:00');
    // A summer before 2022 was UTC-5 there.
    expect(spreadsheetTime('2021-07-01T12:00:00Z')).toBe('2021-07-01 07:00:00');
    // An agency's record (an offset, and a zone's name): as written, which is that clock.
    expect(spreadsheetTime('2024-08-15T17:55:51-06:00[America/Mexico_City]')).toBe(
      '2024-08-15 17:55:51',
    );
    expect(spreadsheetTime('2021-07-01T07:00:00-05:00[America/Mexico_City]')).toBe(
      '2021-07-01 07:00:00',
    );
    // Another offset is put on Mexico City's clock too: one clock per file.
    expect(spreadsheetTime('2024-03-05T10:00:00-08:00')).toBe('2024-03-05 12:00:00');
    // Written without an offset: as written.
    expect(spreadsheetTime('2024-03-05T10:00')).toBe('2024-03-05 10:00:00');
    // A day alone, or an agency's day stored at midnight: the day.
    expect(spreadsheetTime('2019-06-16T00:00:00-06:00[America/Mexico_City]')).toBe('2019-06-16');
    expect(spreadsheetTime('1990-01-02')).toBe('1990-01-02');
    expect(spreadsheetTime('otra cosa')).toBe('otra cosa');
  });

  it("does not depend on the reader's zone", () => {
    const was = process.env.TZ;
    try {
      for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        expect(spreadsheetTime('2024-03-05T22:10:00Z')).toBe('2024-03-05 16:10:00');
      }
    } finally {
      if (was === undefined) delete process.env.TZ;
      else process.env.TZ = was;
    }
  });
});

describe('typed days', () => {
  it("starts a typed day, or the day after it, at midnight on the reader's clock", () => {
    const start = dayStart('2024-03-05')!;
    const d = new Date(start);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([
      2024, 2, 5, 0, 0,
    ]);
    expect(new Date(dayStart('2024-02-29', true)!).getDate()).toBe(1);
    expect(new Date(dayStart('0002-01-01')!).getFullYear()).toBe(2);
    expect(dayStart('2024-3-5')).toBeNull();
  });
});
