// Opaque cursors: base64url of a small JSON object a client should not read.
// Four kinds: a position in a list (offset, for full-text results, whose
// scores are not stable keys), and keysets for the relations, articles and
// changes connections (stable when facts are added between pages).
import { z } from 'zod';
import { RELATION_ORDERS } from '../../graph/queries/relationQueries';
import { userInputError } from '../userInputError';

const cursorSchema = z.discriminatedUnion('k', [
  z.object({ k: z.literal('offset'), n: z.number().int().min(0) }),
  z.object({
    k: z.literal('relation'),
    order: z.enum(RELATION_ORDERS),
    value: z.union([z.string(), z.number()]),
    key: z.string(),
  }),
  z.object({ k: z.literal('article'), publishedAt: z.string(), id: z.string() }),
  z.object({ k: z.literal('change'), at: z.string(), id: z.string() }),
]);

export type Cursor = z.infer<typeof cursorSchema>;
export type CursorKind = Cursor['k'];

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** The cursor in `text`, or undefined when it is not one. */
export function decodeCursor(text: string): Cursor | undefined {
  try {
    const parsed = cursorSchema.safeParse(
      JSON.parse(Buffer.from(text, 'base64url').toString('utf8')),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The `after` argument as a cursor of `kind`, null when absent; BAD_USER_INPUT otherwise. */
export function afterCursor<K extends CursorKind>(
  after: string | null | undefined,
  kind: K,
): Extract<Cursor, { k: K }> | null {
  if (after === null || after === undefined) return null;
  const cursor = decodeCursor(after);
  if (cursor === undefined || cursor.k !== kind) {
    throw userInputError(
      '`after` is not a cursor of this list; use an endCursor it returned.',
      'after',
    );
  }
  return cursor as Extract<Cursor, { k: K }>;
}
