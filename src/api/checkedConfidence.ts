import { userInputError } from './userInputError';

/** A minimum confidence, checked to lie in 0..1. */
export function checkedConfidence(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!(value >= 0 && value <= 1)) {
    throw userInputError('`minConfidence` must be from 0 to 1.', 'minConfidence');
  }
  return value;
}
