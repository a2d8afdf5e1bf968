// The one place that turns any error into what a client sees: a stable code
// in `extensions.code`, never Cypher text or a stack trace from the graph.
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

/** Neo4j driver errors carry these codes when the database cannot be reached. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function formatApiError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error) as { code?: unknown; name?: unknown } | undefined;
  const neo4jCode = typeof original?.code === 'string' ? original.code : undefined;
  if (
    neo4jCode &&
    (UNAVAILABLE_CODES.has(neo4jCode) || original?.name === 'GraphUnavailableError')
  ) {
    return {
      message: 'The graph database is unavailable; try again shortly.',
      path: formatted.path,
      extensions: { code: ErrorCode.ServiceUnavailable },
    };
  }
  if (neo4jCode?.startsWith('Neo.')) {
    return {
      message: 'Internal error while querying the graph.',
      path: formatted.path,
      extensions: { code: ErrorCode.Internal },
    };
  }
  return formatted;
}
