// Record values as plain JavaScript, whatever the driver's integer setting:
// a driver without `disableLosslessIntegers` returns Neo4j Integers, which
// neither compare nor serialise like numbers.
import neo4j from 'neo4j-driver';

export function toNative<T = unknown>(value: unknown): T {
  if (neo4j.isInt(value)) return value.toNumber() as T;
  if (Array.isArray(value)) return value.map((item) => toNative(item)) as T;
  if (value !== null && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, toNative(item)]),
    ) as T;
  }
  return value as T;
}
