// The one place that turns any error into what a client sees: a stable code
// in `extensions.code`, never Cypher text or a stack trace. Errors are matched
// by class: Neo4j's codes are mapped once, in src/graph/errors.ts (a driver
// error that reaches here unmapped goes through the same toGraphError).
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphError, toGraphError } from '../graph/errors';
import { ArticleError } from '../ingest/parse';

export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Timeout: 'TIMEOUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

function replaced(
  formatted: GraphQLFormattedError,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLFormattedError {
  return { message, path: formatted.path, extensions: { code, ...extra } };
}

/** Stack traces stay in the logs, whatever Apollo was told to include. */
function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.stacktrace === undefined) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

export function formatApiError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = toGraphError(unwrapResolverError(error));
  if (original instanceof GraphError) {
    switch (original.code) {
      case 'SERVICE_UNAVAILABLE':
        return replaced(
          formatted,
          ErrorCode.ServiceUnavailable,
          'The graph database is unavailable; try again shortly.',
        );
      case 'GRAPH_TIMEOUT':
        return replaced(
          formatted,
          ErrorCode.Timeout,
          'The query took too long; narrow it down (fewer ids, a shorter date range, a smaller page).',
        );
      default:
        return replaced(formatted, ErrorCode.Internal, 'Internal error while querying the graph.');
    }
  }
  // Article parsing errors are the client's input: their messages say what to fix.
  if (original instanceof ArticleError) {
    return replaced(formatted, ErrorCode.BadUserInput, original.message, {
      reason: original.code,
    });
  }
  return withoutStack(formatted);
}
