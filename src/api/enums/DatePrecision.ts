import { registerEnumType } from 'type-graphql';
import type { DatePrecision as Precision } from '../../ingest/types';

export const DatePrecision = {
  YEAR: 'year',
  MONTH: 'month',
  DAY: 'day',
} as const satisfies Record<string, Precision>;

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precise a date is: `2025` is YEAR, `2025-04` MONTH, `2025-04-23` DAY.',
});
