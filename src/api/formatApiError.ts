// The one place that turns any error into what a client sees: a stable code
// in `extensions.code`, never Cypher text or a stack trace.
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Timeout: 'TIMEOUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

/** Neo4j driver errors carry these codes when the database cannot be reached. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

interface ThrownShape {
  code?: unknown;
  name?: unknown;
  message?: unknown;
}

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
  const original = unwrapResolverError(error) as ThrownShape | undefined;
  const code = typeof original?.code === 'string' ? original.code : undefined;
  const name = typeof original?.name === 'string' ? original.name : undefined;
  if (
    (code && UNAVAILABLE_CODES.has(code)) ||
    name === 'GraphUnavailableError' ||
    (name === 'GraphError' && code === 'SERVICE_UNAVAILABLE')
  ) {
    return replaced(
      formatted,
      ErrorCode.ServiceUnavailable,
      'The graph database is unavailable; try again shortly.',
    );
  }
  if (name === 'GraphError' && code === 'GRAPH_TIMEOUT') {
    return replaced(
      formatted,
      ErrorCode.Timeout,
      'The query took too long; narrow it down (fewer ids, a shorter date range, a smaller page).',
    );
  }
  if (name === 'GraphError' || code?.startsWith('Neo.')) {
    return replaced(formatted, ErrorCode.Internal, 'Internal error while querying the graph.');
  }
  // Article parsing errors are the client's input: their messages say what to fix.
  if (name === 'ArticleError' && typeof original?.message === 'string') {
    return replaced(formatted, ErrorCode.BadUserInput, original.message, { reason: code });
  }
  return withoutStack(formatted);
}
