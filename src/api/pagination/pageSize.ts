import { userInputError } from '../userInputError';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` checked: 1 to `max` (BAD_USER_INPUT otherwise). */
export function pageSize(first: number | null | undefined, max = MAX_PAGE_SIZE): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw userInputError(`\`first\` must be from 1 to ${max}.`, 'first');
  }
  return size;
}
