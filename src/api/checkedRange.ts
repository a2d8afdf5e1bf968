import type { DateRange } from '../graph/queries/dateBounds';
import { isReversed } from '../graph/queries/dateBounds';
import { userInputError } from './userInputError';

/** A date filter as given, after checking that it does not end before it starts. */
export function checkedRange(
  from?: string | null,
  to?: string | null,
  asOf?: string | null,
  asKnownAt?: Date | null,
): DateRange {
  const range = {
    from: from ?? null,
    to: to ?? null,
    asOf: asOf ?? null,
    asKnownAt: asKnownAt ? asKnownAt.toISOString() : null,
  };
  if (isReversed(range)) {
    throw userInputError(`The date range ends (${to}) before it starts (${from}).`, 'from');
  }
  return range;
}
