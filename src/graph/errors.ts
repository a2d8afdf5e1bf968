// The one place Neo4j driver errors become domain errors. Callers (the API,
// the CLI) see a typed error with a stable code, never a driver class.
import { Neo4jError } from 'neo4j-driver';

export type GraphErrorCode =
  'SERVICE_UNAVAILABLE' | 'GRAPH_TIMEOUT' | 'GRAPH_CONSTRAINT' | 'GRAPH_MIGRATION' | 'GRAPH_ERROR';

export class GraphError extends Error {
  constructor(
    message: string,
    readonly code: GraphErrorCode = 'GRAPH_ERROR',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GraphError';
  }
}

/** Neo4j cannot be reached (down, starting, wrong address): worth retrying later. */
export class GraphUnavailableError extends GraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'SERVICE_UNAVAILABLE', options);
    this.name = 'GraphUnavailableError';
  }
}

/** A migration file changed after it was applied, or failed to apply. */
export class MigrationError extends GraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'GRAPH_MIGRATION', options);
    this.name = 'MigrationError';
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Maps a thrown value to a GraphError when it comes from Neo4j; anything else passes unchanged. */
export function toGraphError(error: unknown): unknown {
  if (error instanceof GraphError || !(error instanceof Neo4jError)) return error;
  const code = error.code;
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return new GraphUnavailableError(`Neo4j is unavailable: ${error.message}`, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new GraphError(`Neo4j transaction timed out`, 'GRAPH_TIMEOUT', { cause: error });
  }
  // What a transaction that timed out while waiting for a lock reports (also
  // an operator's kill or a shutdown: either way, retry later).
  if (code === 'Neo.ClientError.Transaction.LockClientStopped') {
    return new GraphError(`Neo4j transaction timed out or was terminated`, 'GRAPH_TIMEOUT', {
      cause: error,
    });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphError(error.message, 'GRAPH_CONSTRAINT', { cause: error });
  }
  return new GraphError(`Neo4j error ${code}: ${error.message}`, 'GRAPH_ERROR', { cause: error });
}

/** Runs `work`, rethrowing Neo4j errors as GraphErrors. */
export async function withGraphErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toGraphError(error);
  }
}
