// Partial dates (`2025`, `2025-04`, `2025-04-23`) as periods that sort: each
// end becomes a 10-character string, the lower end padded with `-00`, the
// upper with `-99` (no real month or day is 00 or 99, so padded ends never
// collide with days).

/** The first "day" of a partial date: `2025` → `2025-00-00`. */
export function lowerBound(date: string): string {
  return date + '-00-00'.slice(date.length - 4);
}

/** The last "day" of a partial date: `2025-04` → `2025-04-99`. */
export function upperBound(date: string): string {
  return date + '-99-99'.slice(date.length - 4);
}
