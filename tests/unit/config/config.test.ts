import { ConfigError, loadConfig } from '../../../src/config/config';

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.NODE_ENV).toBe('development');
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.DIPLOGRAPH_API_KEYS).toEqual([]);
    expect(config.DIPLOGRAPH_PROTECT_READS).toBe(false);
  });

  it('reads and converts values', () => {
    const config = loadConfig({
      PORT: '8080',
      NEO4J_URI: 'neo4j+s://example.databases.neo4j.io',
      DIPLOGRAPH_API_KEYS: ' key-one, key-two ,,',
      DIPLOGRAPH_PROTECT_READS: 'true',
      DIPLOGRAPH_INGEST_BODY_LIMIT: '2mb',
    });
    expect(config.PORT).toBe(8080);
    expect(config.NEO4J_URI).toBe('neo4j+s://example.databases.neo4j.io');
    expect(config.DIPLOGRAPH_API_KEYS).toEqual(['key-one', 'key-two']);
    expect(config.DIPLOGRAPH_PROTECT_READS).toBe(true);
    expect(config.DIPLOGRAPH_INGEST_BODY_LIMIT).toBe(2 * 1024 * 1024);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' }).PORT).toBe(4000);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['NEO4J_URI', 'http://localhost:7474'],
    ['NODE_ENV', 'staging'],
    ['DIPLOGRAPH_PROTECT_READS', 'maybe'],
    ['DIPLOGRAPH_QUERY_BODY_LIMIT', 'a lot'],
  ])('rejects %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}=`));
  });
});
