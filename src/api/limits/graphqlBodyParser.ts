// Two body limits on /graphql: DIPLOGRAPH_QUERY_BODY_LIMIT for every
// operation, the larger DIPLOGRAPH_INGEST_BODY_LIMIT only for a mutation
// whose root fields are all ingest mutations (articles are big, queries not).
// The body is read once up to the larger limit; a body past the small limit
// is then kept only when its document is an ingest mutation. Content-Length
// is not trusted (chunked bodies have none), the bytes read are.
import express from 'express';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { Kind, parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';

export const INGEST_FIELDS: ReadonlySet<string> = new Set(['ingestArticle', 'ingestArticles']);

export interface BodyLimits {
  /** Bytes any operation may send. */
  queryLimit: number;
  /** Bytes an ingest mutation may send. */
  ingestLimit: number;
  /** Token cap while peeking at the document (the API's own limit). */
  maxTokens?: number;
}

/** True when the body's operation is a mutation of ingest fields only. */
export function isIngestMutation(body: unknown, maxTokens = 2000): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query, { maxTokens, noLocation: true }).definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return false;
  }
  const operation =
    typeof operationName === 'string'
      ? operations.find((candidate) => candidate.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  if (!operation || operation.operation !== 'mutation') return false;
  const fields = operation.selectionSet.selections;
  return fields.every(
    (selection) =>
      selection.kind === Kind.FIELD &&
      (INGEST_FIELDS.has(selection.name.value) || selection.name.value === '__typename'),
  );
}

function tooLarge(limit: number) {
  return {
    errors: [
      {
        message: `The request body is larger than ${limit} bytes.`,
        extensions: { code: 'PAYLOAD_TOO_LARGE', limit },
      },
    ],
  };
}

const BYTES = Symbol('diplograph.bodyBytes');

/** express.json up to the ingest limit, then the query limit for anything but ingest. */
export function graphqlBodyParser(limits: BodyLimits): RequestHandler[] {
  const json = express.json({
    limit: limits.ingestLimit,
    verify: (req, _res, buffer) => {
      (req as unknown as Record<symbol, number>)[BYTES] = buffer.length;
    },
  });
  const small: RequestHandler = (req, res, next) => {
    const bytes = (req as unknown as Record<symbol, number | undefined>)[BYTES] ?? 0;
    if (bytes > limits.queryLimit && !isIngestMutation(req.body, limits.maxTokens)) {
      res.status(413).json(tooLarge(limits.queryLimit));
      return;
    }
    next();
  };
  return [json, small];
}

/** Body errors as GraphQL-shaped JSON: 413 past the ingest limit, 400 for broken JSON. */
export const bodyErrorHandler =
  (limits: BodyLimits): ErrorRequestHandler =>
  (error: { type?: string; status?: number }, _req, res, next) => {
    if (error.type === 'entity.too.large') {
      res.status(413).json(tooLarge(limits.ingestLimit));
      return;
    }
    if (error.type === 'entity.parse.failed') {
      res.status(400).json({
        errors: [
          { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } },
        ],
      });
      return;
    }
    next(error);
  };
