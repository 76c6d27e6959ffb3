import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, bodyLimit: 1024 * 1024, logLevel: 'info', demo: true });
    expect(config.dataDir).toMatch(/data$/);
    expect(config.passwordHashCost).toBe(10);
    expect(loadConfig({ PASSWORD_HASH_COST: '12' }).passwordHashCost).toBe(12);
    // Unset, the store keeps two connections per core.
    expect(config.databasePoolSize).toBeUndefined();
    expect(loadConfig({ DATABASE_POOL_SIZE: '6' }).databasePoolSize).toBe(6);
    expect(config.validationWorkers).toBe(1);
    expect(loadConfig({ VALIDATION_WORKERS: '2' }).validationWorkers).toBe(2);
  });

  it('reads sizes with units', () => {
    expect(loadConfig({ BODY_LIMIT: '512kb' }).bodyLimit).toBe(512 * 1024);
    expect(loadConfig({ BODY_LIMIT: '2mb' }).bodyLimit).toBe(2 * 1024 * 1024);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://root@localhost/db'],
    ['DATABASE_URL', 'not a url'],
    ['BODY_LIMIT', 'lots'],
    ['LOG_LEVEL', 'loud'],
    ['DEMO', 'maybe'],
    ['PASSWORD_HASH_COST', '3'],
    ['PASSWORD_HASH_COST', '31'],
    ['DATABASE_POOL_SIZE', '1'],
    ['DATABASE_POOL_SIZE', 'many'],
    ['VALIDATION_WORKERS', '0'],
    ['VALIDATION_WORKERS', '9'],
  ])('refuses %s=%s with an error naming the setting', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^${name}: `));
  });
});
