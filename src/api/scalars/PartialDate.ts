// Dates at the precision their source supports, as ISO 8601 strings: `2025`,
// `2025-04` or `2025-04-23`. Inputs are checked (a real month, a real day).
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate } from '../../graph/model/mergeDates';

function isRealDay(value: string): boolean {
  if (value.length < 10) return true;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

export function parsePartialDate(value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value) || !isRealDay(value)) {
    throw new GraphQLError(
      `A PartialDate is YYYY, YYYY-MM or YYYY-MM-DD (a real date), not ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

export const PartialDate = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  description:
    'A date at the precision its source supports (ISO 8601): `2025`, `2025-04` or `2025-04-23`. ' +
    'As a filter bound it stands for the whole period: `to: "2025"` includes 31 December 2025.',
  serialize: (value) => String(value),
  parseValue: parsePartialDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('A PartialDate is written as a string.');
    return parsePartialDate(ast.value);
  },
});
