import { GraphQLError, Kind } from 'graphql';
import { PartialDate, parsePartialDate } from '../../../src/api/scalars/PartialDate';

describe('PartialDate', () => {
  it.each(['2025', '2025-04', '2025-04-23', '2024-02-29'])('accepts %s', (value) => {
    expect(parsePartialDate(value)).toBe(value);
    expect(PartialDate.parseLiteral({ kind: Kind.STRING, value }, {})).toBe(value);
  });

  it.each(['25', '2025-4', '2025-13', '2025-02-30', '2025-04-23T10:00', '', 2025, null])(
    'refuses %j',
    (value) => {
      expect(() => parsePartialDate(value)).toThrow(GraphQLError);
    },
  );

  it('refuses a non-string literal', () => {
    expect(() => PartialDate.parseLiteral({ kind: Kind.INT, value: '2025' }, {})).toThrow(/string/);
  });
});
