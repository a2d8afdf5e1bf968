import path from 'node:path';
import { loadConfig } from '../../../src/config/config';
import { DEFAULT_SAMPLES_DIR, samplesDir } from '../../../src/config/samplesDir';
import { DEFAULT_LOCAL_DATA_DIR, localDataDir } from '../../../src/neo4j/localDataDir';

describe('DIPLOGRAPH_SAMPLES_DIR', () => {
  const chosen = (env: NodeJS.ProcessEnv) => samplesDir(loadConfig(env).DIPLOGRAPH_SAMPLES_DIR);

  it('is data/samples of the package when unset', () => {
    expect(chosen({})).toBe(DEFAULT_SAMPLES_DIR);
    expect(DEFAULT_SAMPLES_DIR).toBe(path.resolve(__dirname, '../../../data/samples'));
  });

  it('turns the samples off when set to an empty value', () => {
    expect(chosen({ DIPLOGRAPH_SAMPLES_DIR: '' })).toBeUndefined();
    expect(chosen({ DIPLOGRAPH_SAMPLES_DIR: '  ' })).toBeUndefined();
  });

  it('is read relative to the current folder', () => {
    expect(chosen({ DIPLOGRAPH_SAMPLES_DIR: 'my/articles' })).toBe(path.resolve('my/articles'));
  });
});

describe('NEO4J_LOCAL_DATA_DIR', () => {
  it('is .neo4j/local of the package when unset, else relative to the current folder', () => {
    expect(localDataDir({})).toBe(DEFAULT_LOCAL_DATA_DIR);
    expect(DEFAULT_LOCAL_DATA_DIR).toBe(path.resolve(__dirname, '../../../.neo4j/local'));
    expect(localDataDir({ NEO4J_LOCAL_DATA_DIR: 'graphs/one' })).toBe(path.resolve('graphs/one'));
  });
});
