import { describe, expect, it } from 'vitest';
import { enOversight, errorMessage, esOversight } from './i18n-oversight';

// The API's errors carry a code (api.ts's ApiError, which needs the browser's session).
class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const es = (err: unknown) => errorMessage(esOversight.errors, 'Error', err);

describe('API errors in the reader’s language', () => {
  it('names a known code in full', () => {
    expect(es(new ApiError('no entity x that you may see', 'NOT_FOUND'))).toBe(
      'No existe o no tiene acceso a ella.',
    );
    expect(errorMessage(enOversight.errors, 'Error', new ApiError('x', 'BAD_CURSOR'))).toMatch(
      /^The list changed/,
    );
  });

  it('follows a general name with the server’s words', () => {
    expect(es(new ApiError('from and to are the same entity', 'BAD_INPUT'))).toBe(
      'La solicitud lleva un dato no válido (from and to are the same entity).',
    );
  });

  it('says when the server cannot be reached, and shows an unknown code’s words', () => {
    expect(es(new ApiError('Failed to fetch', 'NETWORK'))).toMatch(
      /^No hay conexión con el servidor/,
    );
    // A bug elsewhere is not taken for a lost connection.
    expect(es(new TypeError("Cannot read properties of undefined (reading 'x')"))).toMatch(
      /^Error: /,
    );
    expect(es(new ApiError('something new', 'NEW_CODE'))).toBe('Error: something new');
  });

  it('has every code in both languages', () => {
    expect(Object.keys(enOversight.errors).sort()).toEqual(Object.keys(esOversight.errors).sort());
  });
});
