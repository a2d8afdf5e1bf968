import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { formatApiError } from '../../../src/api/formatApiError';
import { GraphError, GraphUnavailableError } from '../../../src/graph/errors';
import { ArticleError } from '../../../src/ingest/parse';

const formatted = (message: string): GraphQLFormattedError => ({
  message,
  path: ['relations'],
  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: boom', '    at x (y.ts:1)'] },
});

/** As Apollo passes resolver errors: wrapped in a located GraphQLError. */
const located = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['relations'] });

describe('formatApiError', () => {
  it('maps an unreachable graph to SERVICE_UNAVAILABLE', () => {
    for (const error of [
      new GraphUnavailableError('Neo4j is unavailable: connect ECONNREFUSED 127.0.0.1:1'),
      new Neo4jError('Failed to connect', 'ServiceUnavailable', 'N/A', 'unavailable'),
    ]) {
      const result = formatApiError(formatted(error.message), located(error));
      expect(result.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(result.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    }
  });

  it('never shows Cypher from a graph error', () => {
    const cypher =
      'Neo4j error Neo.ClientError.Statement.SyntaxError: Invalid input MATCH (e:Entity';
    const result = formatApiError(formatted(cypher), located(new GraphError(cypher)));
    expect(result).toEqual({
      message: 'Internal error while querying the graph.',
      path: ['relations'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('maps a timed-out transaction to TIMEOUT', () => {
    const error = new GraphError('Neo4j transaction timed out', 'GRAPH_TIMEOUT');
    expect(formatApiError(formatted(error.message), located(error)).extensions).toEqual({
      code: 'TIMEOUT',
    });
  });

  it('maps a raw driver error by the table of graph/errors, the one place Neo4j codes are read', () => {
    const codes = [
      ['Neo.ClientError.Transaction.LockClientStopped', 'TIMEOUT'],
      ['Neo.TransientError.General.DatabaseUnavailable', 'SERVICE_UNAVAILABLE'],
      ['Neo.ClientError.Statement.SyntaxError', 'INTERNAL_SERVER_ERROR'],
    ];
    for (const [code, expected] of codes) {
      const error = new Neo4jError('boom', code as string, 'N/A', 'description');
      expect(formatApiError(formatted(error.message), located(error)).extensions).toEqual({
        code: expected,
      });
    }
  });

  it('reports a refused article as BAD_USER_INPUT with its reason', () => {
    const error = new ArticleError('NO_DATE', 'no publication date: add publishedAt');
    expect(formatApiError(formatted(error.message), located(error))).toEqual({
      message: 'no publication date: add publishedAt',
      path: ['relations'],
      extensions: { code: 'BAD_USER_INPUT', reason: 'NO_DATE' },
    });
  });

  it('keeps client errors and drops stack traces', () => {
    const error = new GraphQLError('`first` must be from 1 to 100.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const result = formatApiError(
      { ...formatted(error.message), extensions: { code: 'BAD_USER_INPUT', stacktrace: ['x'] } },
      error,
    );
    expect(result).toEqual({
      message: '`first` must be from 1 to 100.',
      path: ['relations'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
