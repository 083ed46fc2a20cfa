import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('applies defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 8080,
      HOST: '127.0.0.1',
      NEO4J_DATABASE: 'neo4j',
      TRAMA_DB_HEAP: '1g',
      TRAMA_SEED: 'demo',
    });
    expect(c.NEO4J_URI).toBeUndefined();
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/Invalid configuration: .*PORT/);
    expect(() => loadConfig({ TRAMA_DB_HEAP: 'lots' })).toThrow(/TRAMA_DB_HEAP/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI/);
  });

  it('requires a password with a server URI, including routing URIs', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j://db:7687' })).toThrow(
      /NEO4J_PASSWORD is required/,
    );
    expect(
      loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 'p' }).NEO4J_URI,
    ).toBe('neo4j+s://x.databases.neo4j.io');
  });

  it('marks the session cookie Secure when served to the network, unless told otherwise', () => {
    // On loopback, as the request came (a proxy on the same machine may serve HTTPS).
    expect(loadConfig({}).TRAMA_COOKIE_SECURE).toBe('auto');
    expect(loadConfig({ HOST: 'localhost' }).TRAMA_COOKIE_SECURE).toBe('auto');
    expect(loadConfig({ HOST: '0.0.0.0' }).TRAMA_COOKIE_SECURE).toBe(true);
    expect(loadConfig({ HOST: '10.0.0.5' }).TRAMA_COOKIE_SECURE).toBe(true);
    expect(loadConfig({ HOST: '0.0.0.0', TRAMA_COOKIE_SECURE: 'false' }).TRAMA_COOKIE_SECURE).toBe(
      false,
    );
    expect(loadConfig({ TRAMA_COOKIE_SECURE: 'true' }).TRAMA_COOKIE_SECURE).toBe(true);
    expect(() => loadConfig({ TRAMA_COOKIE_SECURE: 'maybe' })).toThrow(/TRAMA_COOKIE_SECURE/);
  });

  it('trusts a proxy only when told, by address if given', () => {
    expect(loadConfig({}).TRAMA_TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRAMA_TRUST_PROXY: 'true' }).TRAMA_TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRAMA_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).TRAMA_TRUST_PROXY).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
    ]);
  });
});
