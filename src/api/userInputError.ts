import { GraphQLError } from 'graphql';
import { ErrorCode } from './formatApiError';

/** An error the client can fix: bad id, date range, cursor or argument (code BAD_USER_INPUT). */
export function userInputError(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BadUserInput, ...(argument ? { argument } : {}) },
  });
}
