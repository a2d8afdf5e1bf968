import { Neo4jError } from 'neo4j-driver';
import {
  GraphError,
  GraphUnavailableError,
  toGraphError,
  withGraphErrors,
} from '../../../src/graph/errors';
import { toNative } from '../../../src/graph/toNative';
import neo4j from 'neo4j-driver';

const neo4jError = (code: string) => new Neo4jError('boom', code, 'gql', 'description');

describe('toGraphError', () => {
  it.each([
    ['ServiceUnavailable', 'SERVICE_UNAVAILABLE'],
    ['SessionExpired', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'SERVICE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'GRAPH_TIMEOUT'],
    ['Neo.ClientError.Transaction.LockClientStopped', 'GRAPH_TIMEOUT'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'GRAPH_CONSTRAINT'],
    ['Neo.ClientError.Statement.SyntaxError', 'GRAPH_ERROR'],
  ])('maps %s to %s', (code, expected) => {
    const mapped = toGraphError(neo4jError(code));
    expect(mapped).toBeInstanceOf(GraphError);
    expect((mapped as GraphError).code).toBe(expected);
    expect((mapped as GraphError).cause).toBeInstanceOf(Neo4jError);
  });

  it('makes an unreachable database a GraphUnavailableError (the API answers SERVICE_UNAVAILABLE)', () => {
    const mapped = toGraphError(neo4jError('ServiceUnavailable'));
    expect(mapped).toBeInstanceOf(GraphUnavailableError);
    expect((mapped as Error).name).toBe('GraphUnavailableError');
  });

  it('passes other errors through unchanged', async () => {
    const plain = new Error('not from Neo4j');
    expect(toGraphError(plain)).toBe(plain);
    await expect(withGraphErrors(async () => Promise.reject(plain))).rejects.toBe(plain);
    await expect(withGraphErrors(async () => 42)).resolves.toBe(42);
  });
});

describe('toNative', () => {
  it('turns Neo4j integers into numbers, deeply', () => {
    expect(toNative({ a: neo4j.int(2), b: [neo4j.int(3), 'x'], c: { d: neo4j.int(-1) } })).toEqual({
      a: 2,
      b: [3, 'x'],
      c: { d: -1 },
    });
  });
});
